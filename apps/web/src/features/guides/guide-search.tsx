import { guideRoutes, may, type GuideSummary, type QueryOf } from '@digihjaelp/contract';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { freshFor } from '../../queries/query-client';
import { useCategories } from '../../queries/reference-data';
import { useApiQuery } from '../../queries/use-api-query';
import { useLocale } from '../../i18n/use-locale';
import { pathTo } from '../../routes';
import { useSignedInUser } from '../auth/auth-context';
import { LoadError } from '../../ui/loaded';
import { Loading } from '../../ui/loading';
import { Pagination } from '../../ui/pagination';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { NeedsReviewBadge, StatusBadge } from './guide-badges';
import { ReviewQueue } from './review-queue';
import './guides.css';
import { RenderedHtml } from './rendered-html';

const views = ['published', 'in_review', 'needsReview', 'draft', 'archived'] as const;
type View = (typeof views)[number];
const leadViews: readonly View[] = views;
const counterViews: readonly View[] = ['published', 'draft', 'in_review'];

const TYPING_PAUSE_MS = 150;

function queryFor(view: View, q: string, category: string, page: number): QueryOf<typeof guideRoutes.list> {
  return {
    q: q || undefined,
    category: category || undefined,
    page,
    pageSize: 20,
    ...(view === 'needsReview' ? { status: 'published', needsReview: 'true' } : { status: view }),
  };
}

/** Arrow keys move between the result links; Escape goes back to the search field. */
function moveFocus(event: KeyboardEvent<HTMLElement>, searchField: HTMLInputElement | null) {
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('.guide-result__link')];
  const focused = document.activeElement;
  const index = focused instanceof HTMLAnchorElement ? links.indexOf(focused) : -1;
  const next = links[index + 1];
  const previous = index > 0 ? links[index - 1] : undefined;
  if (event.key === 'ArrowDown' && next) next.focus();
  else if (event.key === 'ArrowUp' && previous) previous.focus();
  else if (event.key === 'ArrowUp' || event.key === 'Escape') searchField?.focus();
  else return;
  event.preventDefault();
}

export function GuideSearch() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const searchField = useRef<HTMLInputElement>(null);
  const resultList = useRef<HTMLOListElement>(null);
  const locale = useLocale();
  const categories = useCategories().data ?? [];
  const nameOf = (key: string) => locale.nameOf(categories, key);

  const q = params.get('q') ?? '';
  const category = params.get('kategori') ?? '';
  const view = (views.find((candidate) => candidate === params.get('vis')) ?? 'published') as View;
  const page = Number(params.get('side') ?? '1') || 1;

  const update = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('side' in changes)) next.delete('side');
        return next;
      },
      { replace: true },
    );

  // Search while typing, after a short pause so every keystroke does not start a request.
  useEffect(() => {
    if (typed === q) return;
    const timer = setTimeout(() => update({ q: typed }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  });

  const results = useApiQuery(
    guideRoutes.list,
    { query: queryFor(view, q, category, page) },
    { staleTime: freshFor.guideList, keepPrevious: true },
  );
  const reviews = may(user, 'reviewGuides');
  const allowedViews = reviews ? leadViews : counterViews;

  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: the search landmark is the form itself; a <search> element around it would add a wrapper for the same role */}
      <form className="guide-search" role="search" onSubmit={(event) => event.preventDefault()}>
        <TextField
          ref={searchField}
          type="search"
          label={t('guides.search')}
          hint={t('guides.searchHint')}
          value={typed}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowDown') return;
            event.preventDefault();
            resultList.current?.querySelector<HTMLAnchorElement>('.guide-result__link')?.focus();
          }}
        />
        <div className="guide-search__filters">
          <SelectField
            label={t('guides.category')}
            value={category}
            onChange={(event) => update({ kategori: event.target.value })}
            options={[
              { value: '', label: t('guides.allCategories') },
              ...categories.map((item) => ({ value: item.key, label: locale.name(item) })),
            ]}
          />
          <SelectField
            label={t('guides.show')}
            value={view}
            onChange={(event) => update({ vis: event.target.value === 'published' ? '' : event.target.value })}
            options={allowedViews.map((option) => ({ value: option, label: t(`guides.views.${option}`) }))}
          />
        </div>
      </form>
      <p className="button-row">
        <Link className="button button--secondary" to={pathTo('newGuide')}>
          {t('guides.newGuide')}
        </Link>
        {reviews && <Link to={pathTo('reading')}>{t('guides.reading.link')}</Link>}
        {reviews && <Link to={pathTo('citizenCards')}>{t('translations.cards.editLink')}</Link>}
      </p>
      {reviews && view === 'in_review' && <ReviewQueue />}
      {results.error && <LoadError error={results.error} onRetry={results.refetch} />}
      <p role="status" className="guide-search__count">
        {results.data &&
          t(results.data.page.capped ? 'guides.resultsMoreThan' : 'guides.results', { count: results.data.page.total })}
      </p>
      {results.data ? (
        results.data.data.length === 0 ? (
          <p>{t('guides.noResults')}</p>
        ) : (
          <ol className="guide-results" ref={resultList} onKeyDown={(event) => moveFocus(event, searchField.current)}>
            {results.data.data.map((guide) => (
              <GuideResult key={guide.id} guide={guide} categoryName={nameOf(guide.categoryKey)} />
            ))}
          </ol>
        )
      ) : (
        results.isFetching && <Loading />
      )}
      {results.data && <Pagination {...results.data.page} onChange={(next) => update({ side: String(next) })} />}
    </>
  );
}

function GuideResult({ guide, categoryName }: { guide: GuideSummary; categoryName: string }) {
  const { t } = useTranslation();
  return (
    <li className="guide-result">
      <Link className="guide-result__link" to={pathTo('guide', { slug: guide.slug })}>
        {guide.title}
      </Link>{' '}
      {guide.needsReview && <NeedsReviewBadge />} <StatusBadge status={guide.status} />{' '}
      {guide.audience === 'citizen' && <span className="badge">{t('guides.forCitizens')}</span>}
      <p className="guide-result__category">{categoryName}</p>
      {guide.snippet ? (
        // The server escapes the guide text; the only markup in a snippet is <mark> around the search words.
        <RenderedHtml as="p" className="guide-result__snippet" html={guide.snippet} />
      ) : (
        <p className="guide-result__snippet">{guide.summary}</p>
      )}
    </li>
  );
}
