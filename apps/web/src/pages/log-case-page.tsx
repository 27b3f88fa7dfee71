import { useTranslation } from 'react-i18next';
import { CaseLogForm } from '../features/cases';
import { PageHeader } from '../ui/page-header';

/** Logging a visit directly, without triage. */
export function LogCasePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('cases.logTitle')}>{t('cases.logIntro')}</PageHeader>
      <CaseLogForm />
    </>
  );
}
