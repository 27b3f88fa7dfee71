import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { translationRoutes } from '@digihjaelp/contract';
import { useGuide } from '../features/guides/use-guide';
import { TranslationEditor } from '../features/translations/translation-editor';
import { useTranslationOverview } from '../features/translations/use-translations';
import { dataOf, useApiQuery } from '../queries/use-api-query';
import { pathTo } from '../routes';
import { Loading } from '../ui/loading';
import { NoticePage } from '../ui/notice-page';
import { PageHeader } from '../ui/page-header';

/** Writing or revising one language's translation of a guide's citizen text. */
export function GuideTranslationPage() {
  const { t } = useTranslation();
  const { slug = '', language: code = '' } = useParams();
  const guide = useGuide();
  const overview = useTranslationOverview();
  const list = useApiQuery(translationRoutes.list, { params: { slug } }, { select: dataOf });
  const exists = list.data?.translations.some((translation) => translation.language === code);
  const translation = useApiQuery(
    translationRoutes.get,
    { params: { slug, language: code } },
    { select: dataOf, enabled: exists === true },
  );
  const failed = guide.error ?? list.error ?? overview.error ?? translation.error;
  if (failed) return <NoticePage title={t('notFound.title')}>{failed.message}</NoticePage>;
  const language = overview.data?.languages.find((candidate) => candidate.code === code);
  if (!guide.data || !list.data || !overview.data || (exists && !translation.data)) return <Loading />;
  if (!language || !list.data.danish)
    return <NoticePage title={t('notFound.title')}>{t('translations.none')}</NoticePage>;
  return (
    <>
      <p className="breadcrumb">
        <Link to={pathTo('guide', { slug })}>{guide.data.title}</Link>
      </p>
      <PageHeader title={t('translations.editorTitle', { language: language.nameDa, guide: guide.data.title })} />
      <TranslationEditor
        // A new version from the server starts the form again from it.
        key={translation.data?.version ?? 0}
        guide={guide.data}
        language={language}
        translation={translation.data}
        danish={list.data.danish}
      />
    </>
  );
}
