import { useTranslation } from 'react-i18next';
import { GuideEditor } from '../features/guides/guide-editor';
import { useGuide } from '../features/guides/use-guide';
import { Loading } from '../ui/loading';
import { NoticePage } from '../ui/notice-page';
import { PageHeader } from '../ui/page-header';

export function NewGuidePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('guides.editor.newTitle')} />
      <GuideEditor />
    </>
  );
}

export function EditGuidePage() {
  const { t } = useTranslation();
  const guide = useGuide();
  if (guide.error) return <NoticePage title={t('notFound.title')}>{guide.error.message}</NoticePage>;
  if (!guide.data) return <Loading />;
  return (
    <>
      <PageHeader title={t('guides.editor.editTitle', { title: guide.data.title })} />
      <GuideEditor key={guide.data.version} guide={guide.data} />
    </>
  );
}
