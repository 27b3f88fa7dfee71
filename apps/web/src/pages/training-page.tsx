import { useTranslation } from 'react-i18next';
import { TrainingScreen } from '../features/triage/training-screen';
import { PageHeader } from '../ui/page-header';

export function TrainingPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('tasks.training.label')}>{t('training.intro')}</PageHeader>
      <TrainingScreen />
    </>
  );
}
