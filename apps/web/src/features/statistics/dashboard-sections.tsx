import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import {
  caseOutcomes,
  countForChart,
  helpLevels,
  statsEndpoints,
  type ProtectedCount,
  type ReferralTarget,
  type StatsFilterQuery,
} from '@digihjaelp/contract';
import { useFormat } from './format';
import { StatsSection, StatsTableView } from './stats-section';
import type { FilterOptions } from './use-filter-options';
import { useStats } from './use-stats';

/** Help levels 1–5 from light to dark blue, then amber and red: apart for colour-blind readers too. */
export const levelColours = ['#9cc3e6', '#4a90c8', '#004993', '#c98a00', '#b51d09'];
const barColour = '#004993';

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

const total = (counts: readonly ProtectedCount[]) =>
  counts.reduce<number>((sum, count) => sum + countForChart(count), 0);

function Chart({ height = 280, children }: { height?: number; children: ReactElement }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      {children}
    </ResponsiveContainer>
  );
}

/** Visits as horizontal bars, one per named row (a referral target, a branch). */
function VisitBars({ label, bars }: { label: string; bars: { name: string; visits: ProtectedCount }[] }) {
  return (
    <Chart height={Math.max(160, bars.length * 38 + 40)}>
      <BarChart layout="vertical" data={bars.map((bar) => ({ name: bar.name, visits: countForChart(bar.visits) }))}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={260} tick={{ fontSize: 13 }} />
        <Tooltip />
        <Bar dataKey="visits" name={label} fill={barColour} isAnimationActive={false} />
      </BarChart>
    </Chart>
  );
}

export function VisitsOverTimeSection({ query }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useStats(statsEndpoints.visitsOverTime, query);
  const label = (start: string) => (data?.bucket === 'month' ? format.shortMonth(start) : format.day(start));
  const peak = data && peakOf(data.data, (row) => row.visits);
  return (
    <StatsSection
      title={t('statistics.visitsOverTime.title')}
      table="visits-over-time"
      query={query}
      loading={loading}
      error={error}
      empty={!data || total(data.data.map((row) => row.visits)) === 0}
      summary={
        peak &&
        t('statistics.visitsOverTime.summary', { peak: label(peak.start), peakVisits: format.count(peak.visits) })
      }
      chart={
        data && (
          <Chart>
            <BarChart data={data.data.map((row) => ({ label: label(row.start), visits: countForChart(row.visits) }))}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" interval="preserveStartEnd" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar
                dataKey="visits"
                name={t('statistics.visitsOverTime.visits')}
                fill={barColour}
                isAnimationActive={false}
              />
            </BarChart>
          </Chart>
        )
      }
    >
      {data && (
        <StatsTableView
          caption={t('statistics.visitsOverTime.title')}
          head={[t(`statistics.visitsOverTime.${data.bucket}`), t('statistics.visitsOverTime.visits')]}
          rows={data.data.map((row) => [label(row.start), format.count(row.visits)])}
        />
      )}
    </StatsSection>
  );
}

export function HeatMapSection({ query }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useStats(statsEndpoints.heatMap, query);
  const cells = data?.data ?? [];
  const hours = cells.map((cell) => cell.hour);
  const hourRange = hours.length
    ? Array.from({ length: Math.max(...hours) - Math.min(...hours) + 1 }, (_, i) => Math.min(...hours) + i)
    : [];
  const weekdays = [1, 2, 3, 4, 5, 6, 7];
  const max = Math.max(1, ...cells.map((cell) => countForChart(cell.visits)));
  const visitsAt = (weekday: number, hour: number) =>
    cells.find((cell) => cell.weekday === weekday && cell.hour === hour)?.visits ?? 0;
  const peak = peakOf(cells, (cell) => cell.visits);
  const weekdayName = (weekday: number) =>
    t(`statistics.heatMap.weekdays.${weekday}` as 'statistics.heatMap.weekdays.1');
  return (
    <StatsSection
      title={t('statistics.heatMap.title')}
      intro={t('statistics.heatMap.intro')}
      table="heat-map"
      query={query}
      loading={loading}
      error={error}
      empty={!data || cells.length === 0}
      summary={
        peak &&
        t('statistics.heatMap.summary', {
          weekday: weekdayName(peak.weekday),
          hour: String(peak.hour).padStart(2, '0'),
          visits: format.count(peak.visits),
        })
      }
    >
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
                  const intensity = countForChart(visits) / max;
                  return (
                    <td
                      key={hour}
                      className={intensity > 0.55 ? 'heat-map__cell heat-map__cell--dark' : 'heat-map__cell'}
                      style={{ backgroundColor: `rgba(0, 73, 147, ${visits === 0 ? 0 : 0.08 + intensity * 0.92})` }}
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
    </StatsSection>
  );
}

/** Legend texts in the text colour: the light level colours are too faint for text. */
function useLevelLegend() {
  const { t } = useTranslation();
  return (value: string) => (
    <span className="stats-legend">{t(`statistics.levels.${value}` as 'statistics.levels.1')}</span>
  );
}

/** One stacked bar per help level; the legend turns the level number into its name. */
function levelBars() {
  return helpLevels.map((level) => (
    <Bar
      key={level}
      dataKey={`level${level}`}
      stackId="levels"
      name={`${level}`}
      fill={levelColours[level - 1]}
      isAnimationActive={false}
    />
  ));
}

export function CategoriesSection({ query, options }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useStats(statsEndpoints.categories, query);
  const levelLegend = useLevelLegend();
  const rows = data?.data ?? [];
  const levelNames = helpLevels.map((level) => t(`statistics.levels.${level}`));
  const top = rows[0];
  return (
    <StatsSection
      title={t('statistics.categories.title')}
      intro={t('statistics.categories.intro')}
      table="categories"
      query={query}
      loading={loading}
      error={error}
      empty={!data || rows.length === 0}
      summary={
        top &&
        t('statistics.categories.summary', {
          category: options.categoryName(top.categoryKey),
          visits: format.count(top.visits),
        })
      }
      chart={
        <Chart height={Math.max(200, rows.length * 46 + 60)}>
          <BarChart
            layout="vertical"
            data={rows.map((row) => ({
              name: options.categoryName(row.categoryKey),
              ...Object.fromEntries(row.levels.map((count, index) => [`level${index + 1}`, countForChart(count)])),
            }))}
            margin={{ left: 16 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={280} tick={{ fontSize: 13 }} />
            <Tooltip />
            <Legend formatter={levelLegend} />
            {levelBars()}
          </BarChart>
        </Chart>
      }
    >
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
        head={[t('statistics.categories.category'), ...caseOutcomes.map((outcome) => t(`cases.outcome.${outcome}`))]}
        rows={rows.map((row) => [
          options.categoryName(row.categoryKey),
          ...caseOutcomes.map((outcome) => format.count(row.outcomes[outcome])),
        ])}
      />
    </StatsSection>
  );
}

export function LevelMixSection({ query }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useStats(statsEndpoints.levelMix, query);
  const levelLegend = useLevelLegend();
  const rows = data?.data ?? [];
  const levelNames = helpLevels.map((level) => t(`statistics.levels.${level}`));
  const measured = rows.filter((row) => row.solvedLowLevelShare !== null);
  const first = measured[0];
  const last = measured[measured.length - 1];
  return (
    <StatsSection
      title={t('statistics.levelMix.title')}
      intro={t('statistics.levelMix.intro')}
      table="level-mix"
      query={query}
      loading={loading}
      error={error}
      empty={!data || total(rows.map((row) => row.visits)) === 0}
      summary={
        first &&
        last &&
        t('statistics.levelMix.summary', {
          first: format.share(first.solvedLowLevelShare),
          firstMonth: format.month(first.month),
          last: format.share(last.solvedLowLevelShare),
          lastMonth: format.month(last.month),
        })
      }
      chart={
        <Chart>
          <BarChart
            stackOffset="expand"
            data={rows.map((row) => ({
              month: format.shortMonth(row.month),
              ...Object.fromEntries(row.levels.map((count, index) => [`level${index + 1}`, countForChart(count)])),
            }))}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" />
            <YAxis tickFormatter={(value: number) => format.share(value)} />
            <Tooltip />
            <Legend formatter={levelLegend} />
            {levelBars()}
          </BarChart>
        </Chart>
      }
    >
      <StatsTableView
        caption={t('statistics.levelMix.title')}
        head={[
          t('statistics.levelMix.month'),
          t('statistics.categories.visits'),
          ...levelNames,
          t('statistics.levelMix.share'),
        ]}
        rows={rows.map((row) => [
          format.month(row.month),
          format.count(row.visits),
          ...row.levels.map(format.count),
          format.share(row.solvedLowLevelShare),
        ])}
      />
    </StatsSection>
  );
}

export function RecommendationSection({ query }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useStats(statsEndpoints.recommendation, query);
  const visits = (recommended: number, given: number) =>
    data?.matrix.find((cell) => cell.recommended === recommended && cell.given === given)?.visits ?? 0;
  return (
    <StatsSection
      title={t('statistics.recommendation.title')}
      intro={t('statistics.recommendation.intro')}
      table="recommendation"
      query={query}
      loading={loading}
      error={error}
      empty={!data || data.compared === 0}
      summary={
        data &&
        t('statistics.recommendation.agreement', {
          share: format.share(data.agreementShare),
          compared: format.count(data.compared),
        })
      }
    >
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
      {data && data.reasons.length > 0 ? (
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
    </StatsSection>
  );
}

export function ReferralsSection({ query }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useStats(statsEndpoints.referrals, query);
  const rows = data?.data ?? [];
  // The case log's names for referral targets, so both pages say the same.
  const name = (target: ReferralTarget) => t(`cases.referral.${target}`);
  const top = rows[0];
  return (
    <StatsSection
      title={t('statistics.referrals.title')}
      table="referrals"
      query={query}
      loading={loading}
      error={error}
      empty={!data || rows.length === 0}
      summary={top && t('statistics.referrals.summary', { target: name(top.target), visits: format.count(top.visits) })}
      chart={
        <VisitBars
          label={t('statistics.referrals.visits')}
          bars={rows.map((row) => ({ name: name(row.target), visits: row.visits }))}
        />
      }
    >
      <StatsTableView
        caption={t('statistics.referrals.title')}
        head={[t('statistics.referrals.target'), t('statistics.referrals.visits')]}
        rows={rows.map((row) => [name(row.target), format.count(row.visits)])}
      />
    </StatsSection>
  );
}

export function GuidesSection({ query }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useStats(statsEndpoints.guides, query);
  const rows = data?.data ?? [];
  const top = rows[0];
  return (
    <StatsSection
      title={t('statistics.guides.title')}
      table="guides"
      query={query}
      loading={loading}
      error={error}
      empty={!data || rows.length === 0}
      summary={top && t('statistics.guides.summary', { guide: top.guideSlug, visits: format.count(top.solvedVisits) })}
    >
      <StatsTableView
        caption={t('statistics.guides.title')}
        head={[t('statistics.guides.guide'), t('statistics.guides.solvedVisits'), t('statistics.guides.visits')]}
        rows={rows.map((row) => [row.guideSlug, format.count(row.solvedVisits), format.count(row.visits)])}
      />
    </StatsSection>
  );
}

export function BranchesSection({ query, options }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useStats(statsEndpoints.branches, query);
  const rows = data?.data ?? [];
  const top = peakOf(rows, (row) => row.visits);
  return (
    <StatsSection
      title={t('statistics.branches.title')}
      table="branches"
      query={query}
      loading={loading}
      error={error}
      empty={!data || rows.length === 0}
      summary={
        top &&
        t('statistics.branches.summary', {
          branch: options.branchName(top.branchKey),
          visits: format.count(top.visits),
        })
      }
      chart={
        <VisitBars
          label={t('statistics.branches.visits')}
          bars={rows.map((row) => ({ name: options.branchName(row.branchKey), visits: row.visits }))}
        />
      }
    >
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
    </StatsSection>
  );
}
