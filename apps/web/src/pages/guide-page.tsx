import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GuideArticle } from '../features/guides/guide-article';
import { useCategories } from '../features/guides/use-categories';
import { useGuide } from '../features/guides/use-guide';
import { Loading } from '../ui/loading';
import { NoticePage } from '../ui/notice-page';
import { PageHeader } from '../ui/page-header';

export function GuidePage() {
  const { t } = useTranslation();
  const guide = useGuide();
  const { nameOf } = useCategories();
  if (guide.error) return <NoticePage title={t('notFound.title')}>{guide.error.message}</NoticePage>;
  if (!guide.data) return <Loading />;
  const { data } = guide.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/vejledninger">{t('guides.title')}</Link>
      </p>
      <PageHeader title={data.title} />
      <GuideArticle key={data.slug} guide={data} categoryName={nameOf(data.categoryKey)} onChanged={guide.reload} />
    </>
  );
}
