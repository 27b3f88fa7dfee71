import { useTranslation } from 'react-i18next';
import { FlowEditor } from '../features/triage/editor/flow-editor';
import { PageHeader } from '../ui/page-header';

export function FlowEditorPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('tasks.flows.label')}>{t('flowEditor.intro')}</PageHeader>
      <FlowEditor />
    </>
  );
}
