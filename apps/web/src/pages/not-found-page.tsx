import { useTranslation } from 'react-i18next';
import { NoticePage } from '../ui/notice-page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <NoticePage title={t('notFound.title')}>{t('notFound.body')}</NoticePage>;
}
