import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RevisionHistory } from '../features/guides/revision-history';
import { useGuide } from '../features/guides/use-guide';
import { Loading } from '../ui/loading';
import { NoticePage } from '../ui/notice-page';
import { PageHeader } from '../ui/page-header';
import { pathTo } from '../routes';

export function GuideHistoryPage() {
  const { t } = useTranslation();
  const guide = useGuide();
  if (guide.error) return <NoticePage title={t('notFound.title')}>{guide.error.message}</NoticePage>;
  if (!guide.data) return <Loading />;
  const { data } = guide;
  return (
    <>
      <p className="breadcrumb">
        <Link to={pathTo('guide', { slug: data.slug })}>{data.title}</Link>
      </p>
      <PageHeader title={t('guides.revisions.title', { title: data.title })}>{t('guides.revisions.intro')}</PageHeader>
      <RevisionHistory guide={data} />
    </>
  );
}
