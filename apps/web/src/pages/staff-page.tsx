import { useTranslation } from 'react-i18next';
import { StaffAdministration } from '../features/staff/staff-administration';
import { PageHeader } from '../ui/page-header';

export function StaffPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('staff.title')}>{t('staff.intro')}</PageHeader>
      <StaffAdministration />
    </>
  );
}
