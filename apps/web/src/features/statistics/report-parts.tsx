import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  helpLevels,
  reportRoutes,
  statsRoutes,
  type KeyFigure,
  type KeyFigureName,
  type MonthlyReportResponse,
  type StatsFilterQuery,
} from '@digihjaelp/contract';
import { request } from '../../api';
import { useLocale } from '../../i18n/use-locale';
import { Button } from '../../ui/button';
import { FormError, Status } from '../../ui/messages';
import { TextAreaField } from '../../ui/text-area-field';
import { useSubmission } from '../../ui/use-submission';
import { useFormat } from './format';
import { StatsSection, StatsTableView } from './stats-section';

/** The five figures a head of department reads first; refusals stay in the appendix's tables. */
const reportFigures = [
  'visits',
  'solvedLowLevelShare',
  'medianMinutes',
  'repeatVisitShare',
  'referralShare',
] as const satisfies readonly KeyFigureName[];
const shares = new Set<KeyFigureName>(['solvedLowLevelShare', 'repeatVisitShare', 'referralShare']);

function useFigureText() {
  const { t } = useTranslation();
  const format = useFormat();
  const value = (name: KeyFigureName, figure: KeyFigure['current']) =>
    shares.has(name)
      ? format.share(figure)
      : name === 'medianMinutes' && typeof figure === 'number'
        ? t('statistics.figures.minutes', { value: format.number(figure) })
        : format.count(figure);
  /** A signed change ("+3,2 procentpoint", "−4 min."), or "–" when either side is hidden. */
  const change = (name: KeyFigureName, amount: number | null) => {
    if (amount === null) return '–';
    const sign = amount > 0 ? '+' : amount < 0 ? '−' : '±';
    const size = Math.abs(amount);
    const text = shares.has(name)
      ? t('statistics.figures.points', { value: format.number(Math.round(size * 1000) / 10) })
      : name === 'medianMinutes'
        ? t('statistics.figures.minutes', { value: format.number(size) })
        : format.number(size);
    return `${sign}${text}`;
  };
  return { value, change };
}

/** The month's five figures against the month before and the same month last year, as one table. */
export function ReportFigures({ query, month }: { query: StatsFilterQuery; month: string }) {
  const { t } = useTranslation();
  const { value, change } = useFigureText();
  return (
    <StatsSection
      endpoint={statsRoutes.keyFigures}
      query={query}
      table="key-figures"
      title={t('statistics.report.figuresTitle')}
      intro={t('statistics.report.figuresIntro', { month })}
      isEmpty={() => false}
    >
      {(data) => (
        <>
          {data.period.partial && <p className="stats-note">{t('statistics.report.partialMonth')}</p>}
          <StatsTableView
            caption={t('statistics.report.figuresTitle')}
            head={[
              t('statistics.report.figure'),
              t('statistics.report.thisMonth'),
              t('statistics.report.previousMonth'),
              t('statistics.report.change'),
              t('statistics.report.lastYear'),
              t('statistics.report.change'),
            ]}
            rows={reportFigures.map((name) => {
              const figure = data.figures[name];
              return [
                t(`statistics.figures.${name}`),
                value(name, figure.current),
                value(name, figure.previous),
                change(name, figure.change),
                value(name, figure.lastYear),
                change(name, figure.changeFromLastYear),
              ];
            })}
          />
        </>
      )}
    </StatsSection>
  );
}

/**
 * The lead's comment: written on screen before printing and saved with the month; on paper only
 * the text (the field and its button are not printed).
 */
export function ReportComment({ report }: { report: MonthlyReportResponse['data'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [draft, setDraft] = useState(report.comment ?? '');
  const [saved, setSaved] = useState<string>();
  const { pending, error, onSubmit } = useSubmission();
  const save = onSubmit(async () => {
    await request(reportRoutes.saveComment, { params: { month: report.month }, body: { comment: draft } });
    setSaved(t('statistics.report.commentSaved'));
  });
  return (
    <section className="stats-section report-comment" aria-labelledby="report-comment-title">
      <h2 id="report-comment-title">{t('statistics.report.commentTitle')}</h2>
      <div className="report-comment__printed">
        {report.comment ? (
          <>
            <p className="report-comment__text">{report.comment}</p>
            {report.commentBy && report.commentAt && (
              <p className="stats-note">
                {t('statistics.report.commentBy', {
                  name: report.commentBy.displayName,
                  when: locale.dateTime(report.commentAt),
                })}
              </p>
            )}
          </>
        ) : (
          <p>{t('statistics.report.noComment')}</p>
        )}
      </div>
      <form className="report-comment__form" onSubmit={save}>
        <TextAreaField
          label={t('statistics.report.commentLabel')}
          hint={t('statistics.report.commentHint')}
          value={draft}
          rows={4}
          maxLength={1500}
          error={error?.fieldMessage('comment')}
          onChange={(event) => {
            setDraft(event.target.value);
            setSaved(undefined);
          }}
        />
        <FormError error={error} />
        <Status message={saved} />
        <Button type="submit" variant="secondary" pending={pending}>
          {t('statistics.report.saveComment')}
        </Button>
      </form>
    </section>
  );
}

/** Recommended against given level: the agreement in a sentence and the 5 × 5 table, without the reasons. */
export function ReportRecommendation({ query }: { query: StatsFilterQuery }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <StatsSection
      endpoint={statsRoutes.recommendation}
      query={query}
      table="recommendation"
      title={t('statistics.recommendation.title')}
      isEmpty={(data) => data.compared === 0}
    >
      {(data) => {
        const visits = (recommended: number, given: number) =>
          data.matrix.find((cell) => cell.recommended === recommended && cell.given === given)?.visits ?? 0;
        return (
          <>
            <p className="stats-section__summary">
              {t('statistics.report.recommendationSummary', {
                share: format.share(data.agreementShare),
                compared: format.count(data.compared),
              })}
            </p>
            <StatsTableView
              caption={t('statistics.recommendation.title')}
              head={[
                `${t('statistics.recommendation.recommended')} \\ ${t('statistics.recommendation.given')}`,
                ...helpLevels.map(String),
              ]}
              rows={helpLevels.map((recommended) => [
                t(`statistics.levels.${recommended}`),
                ...helpLevels.map((given) => format.count(visits(recommended, given))),
              ])}
            />
          </>
        );
      }}
    </StatsSection>
  );
}
