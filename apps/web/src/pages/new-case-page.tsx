import { useTranslation } from 'react-i18next';
import { CounterScreen } from '../features/triage/counter-screen';
import { PageHeader } from '../ui/page-header';

export function NewCasePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('tasks.newCase.label')}>{t('triage.intro')}</PageHeader>
      <CounterScreen />
    </>
  );
}
