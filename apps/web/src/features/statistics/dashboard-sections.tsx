import { useTranslation } from 'react-i18next';
import {
  caseOutcomes,
  countForChart,
  helpLevels,
  statsRoutes,
  type ProtectedCount,
  type ReferralTarget,
  type StatsFilterQuery,
} from '@digihjaelp/contract';
import { ColumnChart, RowChart, type ChartSeries } from './charts/bar-chart';
import { useFormat } from './format';
import { heatMapShade } from './heat-map-shade';
import { StatsSection, StatsTableView } from './stats-section';
import type { FilterOptions } from './use-filter-options';
import { useGuideTitle } from '../guides/use-guide-titles';

interface SectionProps {
  query: StatsFilterQuery;
  options: FilterOptions;
}

/** The cell with the most visits; hidden cells ("<3") never win. */
function peakOf<T>(rows: readonly T[], visits: (row: T) => ProtectedCount): T | undefined {
  return rows.reduce<T | undefined>(
    (best, row) => (best === undefined || countForChart(visits(row)) > countForChart(visits(best)) ? row : best),
    undefined,
  );
}

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

const total = (counts: readonly ProtectedCount[]) =>
  counts.reduce<number>((sum, count) => sum + countForChart(count), 0);

/** A bucket's name, with "(delvis)" when it is not a whole one. */
function usePartialLabel() {
  const { t } = useTranslation();
  return (label: string, partial: boolean) => (partial ? t('statistics.partial', { label }) : label);
}

/** A single series of visits, in the primary colour. */
const visitSeries = (name: string): ChartSeries[] => [{ name, colour: 'var(--color-primary)' }];

/** Visits as horizontal bars, one per named row (a referral target, a branch). */
function VisitBars({ label, bars }: { label: string; bars: { key: string; name: string; visits: ProtectedCount }[] }) {
  const format = useFormat();
  return (
    <RowChart
      bars={bars.map((bar) => ({ key: bar.key, label: bar.name, values: [countForChart(bar.visits)] }))}
      series={visitSeries(label)}
      value={{ title: label, format: format.number }}
    />
  );
}

export function VisitsOverTimeSection({ query }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const partialLabel = usePartialLabel();
  const label = (bucket: string, row: { start: string; partial: boolean }) =>
    partialLabel(bucket === 'month' ? format.shortMonth(row.start) : format.day(row.start), row.partial);
  return (
    <StatsSection
      endpoint={statsRoutes.visitsOverTime}
      query={query}
      table="visits-over-time"
      title={t('statistics.visitsOverTime.title')}
      isEmpty={(data) => total(data.data.map((row) => row.visits)) === 0}
      summary={(data) => {
        const peak = peakOf(data.data, (row) => row.visits);
        return (
          peak &&
          t('statistics.visitsOverTime.summary', {
            peak: label(data.bucket, peak),
            peakVisits: format.count(peak.visits),
          })
        );
      }}
      chart={(data) => (
        <ColumnChart
          bars={data.data.map((row) => ({
            key: row.start,
            label: data.bucket === 'month' ? format.shortMonth(row.start) : format.shortDay(row.start),
            name: label(data.bucket, row),
            values: [countForChart(row.visits)],
            partial: row.partial,
          }))}
          series={visitSeries(t('statistics.visitsOverTime.visits'))}
          value={{ title: t('statistics.visitsOverTime.visits'), format: format.number }}
          timeTitle={t(`statistics.visitsOverTime.${data.bucket}`)}
        />
      )}
    >
      {(data) => (
        <StatsTableView
          caption={t('statistics.visitsOverTime.title')}
          head={[t(`statistics.visitsOverTime.${data.bucket}`), t('statistics.visitsOverTime.visits')]}
          rows={data.data.map((row) => [label(data.bucket, row), format.count(row.visits)])}
        />
      )}
    </StatsSection>
  );
}

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** The hours from the earliest to the latest that had visits. */
function hourRangeOf(hours: readonly number[]): number[] {
  if (hours.length === 0) return [];
  const first = Math.min(...hours);
  return Array.from({ length: Math.max(...hours) - first + 1 }, (_, index) => first + index);
}

export function HeatMapSection({ query }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const weekdayName = (weekday: number) =>
    t(`statistics.heatMap.weekdays.${weekday}` as 'statistics.heatMap.weekdays.1');
  return (
    <StatsSection
      endpoint={statsRoutes.heatMap}
      query={query}
      table="heat-map"
      title={t('statistics.heatMap.title')}
      intro={t('statistics.heatMap.intro')}
      isEmpty={(data) => data.data.length === 0}
      summary={(data) => {
        const peak = peakOf(data.data, (cell) => cell.visits);
        return (
          peak &&
          t('statistics.heatMap.summary', {
            weekday: weekdayName(peak.weekday),
            hour: String(peak.hour).padStart(2, '0'),
            visits: format.count(peak.visits),
          })
        );
      }}
    >
      {({ data: cells }) => {
        const hourRange = hourRangeOf(cells.map((cell) => cell.hour));
        const max = Math.max(1, ...cells.map((cell) => countForChart(cell.visits)));
        const visitsAt = (weekday: number, hour: number) =>
          cells.find((cell) => cell.weekday === weekday && cell.hour === hour)?.visits ?? 0;
        return (
          <div className="table-scroll">
            <table className="table heat-map">
              <caption className="visually-hidden">{t('statistics.heatMap.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('statistics.heatMap.weekday')}</th>
                  {hourRange.map((hour) => (
                    <th scope="col" key={hour}>
                      {t('statistics.heatMap.hour', { hour: String(hour).padStart(2, '0') })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {weekdays.map((weekday) => (
                  <tr key={weekday}>
                    <th scope="row">{weekdayName(weekday)}</th>
                    {hourRange.map((hour) => {
                      const visits = visitsAt(weekday, hour);
                      const { tint, whiteText } = heatMapShade(countForChart(visits) / max);
                      return (
                        <td
                          key={hour}
                          className={whiteText ? 'heat-map__cell heat-map__cell--dark' : 'heat-map__cell'}
                          style={{
                            backgroundColor: `color-mix(in srgb, var(--color-primary) ${tint}%, transparent)`,
                          }}
                        >
                          {format.count(visits)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      }}
    </StatsSection>
  );
}

/** The help levels as a chart's series, light to dark blue, then amber and red (the design tokens). */
function useLevelSeries(): ChartSeries[] {
  const { t } = useTranslation();
  return helpLevels.map((level) => ({
    name: t(`statistics.levels.${level}`),
    colour: `var(--color-level-${level})`,
  }));
}

/** Counts per help level, in level order, as a stacked bar's values. */
const levelValues = (levels: readonly ProtectedCount[]) => levels.map(countForChart);

export function CategoriesSection({ query, options }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const levelSeries = useLevelSeries();
  const levelNames = levelSeries.map((level) => level.name);
  return (
    <StatsSection
      endpoint={statsRoutes.categories}
      query={query}
      table="categories"
      title={t('statistics.categories.title')}
      intro={t('statistics.categories.intro')}
      isEmpty={(data) => data.data.length === 0}
      summary={({ data: [top] }) =>
        top &&
        t('statistics.categories.summary', {
          category: options.categoryName(top.categoryKey),
          visits: format.count(top.visits),
        })
      }
      chart={({ data: rows }) => (
        <RowChart
          bars={rows.map((row) => ({
            key: row.categoryKey,
            label: options.categoryName(row.categoryKey),
            values: levelValues(row.levels),
          }))}
          series={levelSeries}
          value={{ title: t('statistics.categories.visits'), format: format.number }}
        />
      )}
    >
      {({ data: rows }) => (
        <>
          <StatsTableView
            caption={t('statistics.categories.title')}
            head={[t('statistics.categories.category'), t('statistics.categories.visits'), ...levelNames]}
            rows={rows.map((row) => [
              options.categoryName(row.categoryKey),
              format.count(row.visits),
              ...row.levels.map(format.count),
            ])}
          />
          <h3>{t('statistics.categories.outcomesTitle')}</h3>
          <StatsTableView
            caption={t('statistics.categories.outcomesTitle')}
            head={[
              t('statistics.categories.category'),
              ...caseOutcomes.map((outcome) => t(`cases.outcome.${outcome}`)),
            ]}
            rows={rows.map((row) => [
              options.categoryName(row.categoryKey),
              ...caseOutcomes.map((outcome) => format.count(row.outcomes[outcome])),
            ])}
          />
        </>
      )}
    </StatsSection>
  );
}

export function LevelMixSection({ query }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const partialLabel = usePartialLabel();
  const levelSeries = useLevelSeries();
  const levelNames = levelSeries.map((level) => level.name);
  return (
    <StatsSection
      endpoint={statsRoutes.levelMix}
      query={query}
      table="level-mix"
      title={t('statistics.levelMix.title')}
      intro={t('statistics.levelMix.intro')}
      isEmpty={(data) => total(data.data.map((row) => row.visits)) === 0}
      summary={({ data: rows }) => {
        // A trend compares whole months only: a running or cut-off month is named, never compared.
        const measured = rows.filter((row) => !row.partial && row.solvedLowLevelShare !== null);
        const first = measured.at(0);
        const last = measured.at(-1);
        const partial = rows.filter((row) => row.partial && row.visits !== 0);
        const trend =
          first &&
          last &&
          first !== last &&
          t('statistics.levelMix.summary', {
            first: format.share(first.solvedLowLevelShare),
            firstMonth: format.month(first.month),
            last: format.share(last.solvedLowLevelShare),
            lastMonth: format.month(last.month),
          });
        const notCompared = partial.map((row) =>
          t('statistics.partialBucket', { label: upperFirst(format.month(row.month)) }),
        );
        return [trend, ...notCompared].filter(Boolean).join(' ') || undefined;
      }}
      chart={({ data: rows }) => (
        <ColumnChart
          bars={rows.map((row) => ({
            key: row.month,
            label: format.shortMonth(row.month),
            name: partialLabel(format.month(row.month), row.partial),
            values: levelValues(row.levels),
            partial: row.partial,
          }))}
          series={levelSeries}
          value={{ title: t('statistics.levelMix.shareOfVisits'), format: format.share, share: true }}
          timeTitle={t('statistics.levelMix.month')}
        />
      )}
    >
      {({ data: rows }) => (
        <StatsTableView
          caption={t('statistics.levelMix.title')}
          head={[
            t('statistics.levelMix.month'),
            t('statistics.categories.visits'),
            ...levelNames,
            t('statistics.levelMix.share'),
          ]}
          rows={rows.map((row) => [
            partialLabel(format.month(row.month), row.partial),
            format.count(row.visits),
            ...row.levels.map(format.count),
            format.share(row.solvedLowLevelShare),
          ])}
        />
      )}
    </StatsSection>
  );
}

export function RecommendationSection({ query }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <StatsSection
      endpoint={statsRoutes.recommendation}
      query={query}
      table="recommendation"
      title={t('statistics.recommendation.title')}
      intro={t('statistics.recommendation.intro')}
      isEmpty={(data) => data.compared === 0}
      summary={(data) =>
        t('statistics.recommendation.agreement', {
          share: format.share(data.agreementShare),
          compared: format.count(data.compared),
        })
      }
    >
      {(data) => {
        const visits = (recommended: number, given: number) =>
          data.matrix.find((cell) => cell.recommended === recommended && cell.given === given)?.visits ?? 0;
        return (
          <>
            <div className="table-scroll">
              <table className="table table--numbers recommendation-matrix">
                <caption className="visually-hidden">{t('statistics.recommendation.title')}</caption>
                <thead>
                  <tr>
                    <td />
                    <th scope="colgroup" colSpan={5}>
                      {t('statistics.recommendation.given')}
                    </th>
                  </tr>
                  <tr>
                    <th scope="col">{t('statistics.recommendation.recommended')}</th>
                    {helpLevels.map((level) => (
                      <th scope="col" key={level}>
                        {level}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {helpLevels.map((recommended) => (
                    <tr key={recommended}>
                      <th scope="row">{t(`statistics.levels.${recommended}`)}</th>
                      {helpLevels.map((given) => (
                        <td key={given} className={given === recommended ? 'recommendation-matrix__agreed' : undefined}>
                          {format.count(visits(recommended, given))}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3>{t('statistics.recommendation.reasonsTitle')}</h3>
            {data.reasons.length > 0 ? (
              <StatsTableView
                caption={t('statistics.recommendation.reasonsTitle')}
                head={[
                  t('statistics.recommendation.date'),
                  t('statistics.recommendation.recommended'),
                  t('statistics.recommendation.given'),
                  t('statistics.recommendation.reason'),
                ]}
                rows={data.reasons.map((reason) => [
                  format.day(reason.date),
                  reason.recommended,
                  reason.given,
                  reason.reason,
                ])}
              />
            ) : (
              <p>{t('statistics.recommendation.noReasons')}</p>
            )}
          </>
        );
      }}
    </StatsSection>
  );
}

export function ReferralsSection({ query }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // The case log's names for referral targets, so both pages say the same.
  const name = (target: ReferralTarget) => t(`cases.referral.${target}`);
  return (
    <StatsSection
      endpoint={statsRoutes.referrals}
      query={query}
      table="referrals"
      title={t('statistics.referrals.title')}
      isEmpty={(data) => data.data.length === 0}
      summary={({ data: [top] }) =>
        top && t('statistics.referrals.summary', { target: name(top.target), visits: format.count(top.visits) })
      }
      chart={({ data: rows }) => (
        <VisitBars
          label={t('statistics.referrals.visits')}
          bars={rows.map((row) => ({ key: row.target, name: name(row.target), visits: row.visits }))}
        />
      )}
    >
      {({ data: rows }) => (
        <StatsTableView
          caption={t('statistics.referrals.title')}
          head={[t('statistics.referrals.target'), t('statistics.referrals.visits')]}
          rows={rows.map((row) => [name(row.target), format.count(row.visits)])}
        />
      )}
    </StatsSection>
  );
}

export function GuidesSection({ query }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const guideTitle = useGuideTitle();
  return (
    <StatsSection
      endpoint={statsRoutes.guides}
      query={query}
      table="guides"
      title={t('statistics.guides.title')}
      isEmpty={(data) => data.data.length === 0}
      summary={({ data: [top] }) =>
        top &&
        t('statistics.guides.summary', { guide: guideTitle(top.guideSlug), visits: format.count(top.solvedVisits) })
      }
    >
      {({ data: rows }) => (
        <StatsTableView
          caption={t('statistics.guides.title')}
          head={[t('statistics.guides.guide'), t('statistics.guides.solvedVisits'), t('statistics.guides.visits')]}
          rows={rows.map((row) => [
            guideTitle(row.guideSlug),
            format.count(row.solvedVisits),
            format.count(row.visits),
          ])}
        />
      )}
    </StatsSection>
  );
}

export function BranchesSection({ query, options }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <StatsSection
      endpoint={statsRoutes.branches}
      query={query}
      table="branches"
      title={t('statistics.branches.title')}
      isEmpty={(data) => data.data.length === 0}
      summary={({ data: rows }) => {
        const top = peakOf(rows, (row) => row.visits);
        return (
          top &&
          t('statistics.branches.summary', {
            branch: options.branchName(top.branchKey),
            visits: format.count(top.visits),
          })
        );
      }}
      chart={({ data: rows }) => (
        <VisitBars
          label={t('statistics.branches.visits')}
          bars={rows.map((row) => ({
            key: row.branchKey,
            name: options.branchName(row.branchKey),
            visits: row.visits,
          }))}
        />
      )}
    >
      {({ data: rows }) => (
        <StatsTableView
          caption={t('statistics.branches.title')}
          head={[
            t('statistics.branches.branch'),
            t('statistics.branches.visits'),
            t('statistics.branches.solvedLowLevelShare'),
            t('statistics.branches.medianMinutes'),
            t('statistics.branches.repeatVisitShare'),
            t('statistics.branches.referralShare'),
          ]}
          rows={rows.map((row) => [
            options.branchName(row.branchKey),
            format.count(row.visits),
            format.share(row.solvedLowLevelShare),
            format.count(row.medianMinutes),
            format.share(row.repeatVisitShare),
            format.share(row.referralShare),
          ])}
        />
      )}
    </StatsSection>
  );
}
