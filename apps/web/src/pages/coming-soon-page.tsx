import { useTranslation } from 'react-i18next';
import type { TaskId } from '../features/tasks/tasks';
import { NoticePage } from '../ui/notice-page';

/** Placeholder for a task whose feature is not built yet; replace its route when it is. */
export function ComingSoonPage({ task }: { task: TaskId }) {
  const { t } = useTranslation();
  return <NoticePage title={t(`tasks.${task}.label`)}>{t('comingSoon.body')}</NoticePage>;
}
