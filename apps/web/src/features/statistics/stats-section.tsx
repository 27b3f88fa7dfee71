import { use, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsFilterQuery, StatsTable } from '@digihjaelp/contract';
import type { ApiError } from '../../api';
import { Loading } from '../../ui/loading';
import { StatsLayoutContext } from './stats-layout';
import { csvUrl } from './stats-query';

interface StatsSectionProps {
  title: string;
  intro?: string;
  /** The figure in one or two plain sentences: what a screen-reader user hears instead of the chart. */
  summary?: string;
  table: StatsTable;
  query: StatsFilterQuery;
  loading: boolean;
  error?: ApiError;
  empty?: boolean;
  /** Drawn for sighted readers; hidden from screen readers, which get the summary and the table. */
  chart?: ReactNode;
  /** The same figures as a table: behind a disclosure under a chart, or shown as they are. */
  children: ReactNode;
}

/** One dashboard figure: heading, summary, chart, its table alternative and a CSV download. */
export function StatsSection({
  title,
  intro,
  summary,
  table,
  query,
  loading,
  error,
  empty,
  chart,
  children,
}: StatsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const report = use(StatsLayoutContext) === 'report';
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
        <p className="message message--error">{t('statistics.loadError', { message: error.message })}</p>
      ) : loading && empty !== false ? (
        <Loading />
      ) : empty ? (
        <p>{t('statistics.noVisits')}</p>
      ) : (
        <>
          {summary && <p className="stats-section__summary">{summary}</p>}
          {chart ? (
            <>
              <div className="stats-chart" aria-hidden="true">
                {chart}
              </div>
              {report ? (
                children
              ) : (
                <details className="stats-section__table">
                  <summary>{t('statistics.showTable')}</summary>
                  {children}
                </details>
              )}
            </>
          ) : (
            children
          )}
        </>
      )}
    </section>
  );
}

/** A plain table with a header row; the first cell of each row names it. */
export function StatsTableView({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <div className="table-scroll">
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
            <tr key={index}>
              <th scope="row">{first}</th>
              {rest.map((cell, cellIndex) => (
                <td key={cellIndex}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
