import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useCategories } from '../queries/reference-data';
import { GuideArticle } from '../features/guides/guide-article';
import { useGuide } from '../features/guides/use-guide';
import { useLocale } from '../i18n/use-locale';
import { pathTo } from '../routes';
import { Loading } from '../ui/loading';
import { NoticePage } from '../ui/notice-page';
import { Status } from '../ui/messages';
import { PageHeader } from '../ui/page-header';

export function GuidePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const guide = useGuide();
  const categories = useCategories();
  // The editor sends a counter worker here after a proposal: confirm it went to a lead.
  const proposalSent = (useLocation().state as { proposalSent?: boolean } | null)?.proposalSent;
  if (guide.error) return <NoticePage title={t('notFound.title')}>{guide.error.message}</NoticePage>;
  if (!guide.data) return <Loading />;
  const { data } = guide;
  return (
    <>
      <p className="breadcrumb">
        <Link to={pathTo('guides')}>{t('guides.title')}</Link>
      </p>
      <PageHeader title={data.title} />
      <Status message={proposalSent ? t('guides.proposals.sent') : undefined} />
      <GuideArticle
        key={data.slug}
        guide={data}
        categoryName={locale.nameOf(categories.data ?? [], data.categoryKey)}
      />
    </>
  );
}
