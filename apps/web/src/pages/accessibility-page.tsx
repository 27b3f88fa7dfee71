import { useTranslation } from 'react-i18next';
import { AccessibilityStatement } from '../features/accessibility/accessibility-statement';
import { PageHeader } from '../ui/page-header';

export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('accessibility.title')}>{t('accessibility.intro')}</PageHeader>
      <AccessibilityStatement />
    </>
  );
}
