import { use, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf, StatsFilterQuery, StatsTable } from '@digihjaelp/contract';
import { Button } from '../../ui/button';
import { Loading } from '../../ui/loading';
import { StatsLayoutContext } from './stats-layout';
import { csvUrl } from './stats-query';
import { useStats, type StatsEndpoint } from './use-stats';

interface StatsSectionProps<E extends StatsEndpoint> {
  /** Where the figure comes from, read with the dashboard's filters. */
  endpoint: E;
  query: StatsFilterQuery;
  /** The CSV export of the same figures. */
  table: StatsTable;
  title: string;
  intro?: string;
  /** Whether the answer has nothing to show ("no visits in the period"). */
  isEmpty: (data: ResponseOf<E>) => boolean;
  /** The figure in one or two plain sentences: what a screen-reader user hears instead of the chart. */
  summary?: (data: ResponseOf<E>) => string | undefined;
  /** Drawn for sighted readers; hidden from screen readers, which get the summary and the table. */
  chart?: (data: ResponseOf<E>) => ReactNode;
  /** The same figures as a table: behind a disclosure under a chart, or shown as they are. */
  children: (data: ResponseOf<E>) => ReactNode;
}

/**
 * One dashboard figure from one endpoint: heading, summary, chart, its table alternative and a CSV
 * download — or, while it loads, fails or has no visits, the words for that.
 */
export function StatsSection<E extends StatsEndpoint>({
  endpoint,
  query,
  table,
  title,
  intro,
  isEmpty,
  summary,
  chart,
  children,
}: StatsSectionProps<E>) {
  const { t } = useTranslation();
  const headingId = useId();
  const layout = use(StatsLayoutContext);
  const { data, isFetching, error, refetch } = useStats(endpoint, query);
  const shown = data !== undefined && !isEmpty(data) ? data : undefined;
  const summaryText = layout !== 'appendix' && shown && summary?.(shown);
  const drawn = layout !== 'appendix' && shown && chart?.(shown);
  return (
    <section className="stats-section" aria-labelledby={headingId}>
      <div className="stats-section__header">
        <h2 id={headingId}>{title}</h2>
        <a className="stats-section__csv" href={csvUrl(table, query)} download>
          {t('statistics.downloadCsv')}
          <span className="visually-hidden"> – {t('statistics.downloadCsvNamed', { name: title })}</span>
        </a>
      </div>
      {intro && <p className="stats-section__intro">{intro}</p>}
      {error ? (
        <div className="message message--error">
          <p>{t('statistics.loadError', { message: error.message })}</p>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('app.retry')}
          </Button>
        </div>
      ) : !shown ? (
        isFetching ? (
          <Loading />
        ) : (
          <p>{t('statistics.noVisits')}</p>
        )
      ) : (
        <>
          {summaryText && <p className="stats-section__summary">{summaryText}</p>}
          {drawn ? (
            <>
              {/* The table below is the accessible alternative: the chart stays out of the tab order
                  (its charts have no accessibility layer) as well as hidden from screen readers. */}
              <div className="stats-chart" aria-hidden="true">
                {drawn}
              </div>
              {layout === 'report' ? null : (
                <details className="stats-section__table">
                  <summary>{t('statistics.showTable')}</summary>
                  {children(shown)}
                </details>
              )}
            </>
          ) : (
            children(shown)
          )}
        </>
      )}
    </section>
  );
}

/** A plain table with a header row; the first cell of each row names it. */
export function StatsTableView({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls sideways; the region takes focus so a keyboard can scroll it (WCAG 2.1.1)
    <section className="table-scroll" aria-label={caption} tabIndex={0}>
      <table className="table table--numbers">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head.map((cell) => (
              <th scope="col" key={cell}>
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([first, ...rest], index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a table row has no identity beyond its place; rows are never reordered in place
            <tr key={index}>
              <th scope="row">{first}</th>
              {rest.map((cell, cellIndex) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a cell is known by its column, which is its place
                <td key={cellIndex}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
