import type { EntityManager } from 'typeorm';
import {
  addMonths,
  bucketFor,
  bucketStart,
  bucketStarts,
  danishToday,
  daysInRange,
  DEFAULT_PERIOD,
  isPartialBucket,
  isPartialRange,
  presetRange,
  previousRange,
  protectCount,
  protectShare,
  type BranchComparisonResponse,
  type CategoriesResponse,
  type DateRange,
  type GuidesResponse,
  type HeatMapResponse,
  type KeyFiguresResponse,
  type LevelMixResponse,
  type RecommendationResponse,
  type ReferralsResponse,
  type StatsFilter,
  type StatsFilterOptionsResponse,
  type VisitsOverTimeResponse,
} from '@digihjaelp/contract';
import { AppError } from '../../kernel/app-error';
import { compare, protectedMedian } from './stats-figures';
import type { StatsSlice } from './stats-slice';
import {
  filterValueExists,
  readCategories,
  readDeviationReasons,
  readGuides,
  readListNames,
  readMinutes,
  readReferrals,
  readStaffNames,
  readTotals,
  readTotalsByBranch,
  readVisitsByPeriod,
  readWeekdayHours,
  type Totals,
} from './stats.queries';

/** Closed branches, channels and categories stay: their old cases still count. */
export async function filterOptions(manager: EntityManager): Promise<StatsFilterOptionsResponse> {
  const [branches, channels, categories, staff] = await Promise.all([
    readListNames(manager, 'branches'),
    readListNames(manager, 'channels'),
    readListNames(manager, 'categories'),
    readStaffNames(manager),
  ]);
  return { branches, channels, categories, staff };
}

export interface ResolvedFilter extends StatsSlice {
  previous: DateRange;
  /** The same days a year before. */
  lastYear: DateRange;
  /** Today in Denmark, by the server's clock: what is partial is judged against it. */
  today: string;
}

const unknownValue = (field: string, message: string) =>
  new AppError('validation', `Ukendt værdi i ${field}`, { fields: [{ path: field, message }] });

/** Every filter value must name something that exists (closed branches too: old cases keep them). */
async function assertFilterValuesExist(manager: EntityManager, filter: StatsFilter): Promise<void> {
  const checks = [
    ['branchKey', 'Ukendt filial'],
    ['channelKey', 'Ukendt kanal'],
    ['categoryKey', 'Ukendt kategori'],
    ['staffId', 'Ukendt medarbejder'],
  ] as const;
  for (const [field, message] of checks) {
    const value = filter[field];
    if (value && !(await filterValueExists(manager, field, value))) throw unknownValue(field, message);
  }
}

/** The range (a preset, by default the last complete month, or the custom days) and the periods to compare with. */
export async function resolveFilter(
  manager: EntityManager,
  filter: StatsFilter,
  today = danishToday(),
): Promise<ResolvedFilter> {
  await assertFilterValuesExist(manager, filter);
  const preset = filter.period === 'custom' || filter.from ? undefined : (filter.period ?? DEFAULT_PERIOD);
  const range = preset ? presetRange(preset, today) : { from: filter.from as string, to: filter.to as string };
  return {
    range,
    previous: previousRange(range, preset),
    lastYear: { from: addMonths(range.from, -12), to: addMonths(range.to, -12) },
    today,
    branchKey: filter.branchKey,
    channelKey: filter.channelKey,
    categoryKey: filter.categoryKey,
    staffId: filter.staffId,
  };
}

const periodOf = ({ range, today }: ResolvedFilter) => ({
  ...range,
  days: daysInRange(range),
  partial: isPartialRange(range, today),
});

const solvedLowLevelShare = (totals: Pick<Totals, 'visits' | 'solvedLowLevel'>) =>
  protectShare(totals.solvedLowLevel, totals.visits);

async function figuresOf(manager: EntityManager, slice: StatsSlice) {
  const [totals, minutes] = await Promise.all([readTotals(manager, slice), readMinutes(manager, slice)]);
  return {
    visits: protectCount(totals.visits),
    solvedLowLevelShare: solvedLowLevelShare(totals),
    medianMinutes: protectedMedian(minutes, totals.visits),
    repeatVisitShare: protectShare(totals.repeatVisits, totals.visits),
    referralShare: protectShare(totals.outcomes.referred, totals.visits),
    notPermitted: protectCount(totals.outcomes.refused_not_permitted),
  };
}

export async function keyFigures(manager: EntityManager, filter: ResolvedFilter): Promise<KeyFiguresResponse> {
  const [current, previous, lastYear] = await Promise.all([
    figuresOf(manager, filter),
    figuresOf(manager, { ...filter, range: filter.previous }),
    figuresOf(manager, { ...filter, range: filter.lastYear }),
  ]);
  const names = Object.keys(current) as (keyof typeof current)[];
  return {
    period: periodOf(filter),
    previousPeriod: filter.previous,
    lastYearPeriod: filter.lastYear,
    figures: Object.fromEntries(
      names.map((name) => [name, compare(current[name], previous[name], lastYear[name])]),
    ) as KeyFiguresResponse['figures'],
  };
}

export async function visitsOverTime(manager: EntityManager, filter: ResolvedFilter): Promise<VisitsOverTimeResponse> {
  const bucket = bucketFor(filter.range);
  const rows = await readVisitsByPeriod(manager, filter, bucket === 'month' ? 'mixed' : 'days');
  const visits = new Map(bucketStarts(filter.range, bucket).map((start) => [start, 0]));
  for (const row of rows) {
    const start = bucketStart(row.period, bucket);
    visits.set(start, (visits.get(start) ?? 0) + row.visits);
  }
  return {
    period: periodOf(filter),
    bucket,
    data: [...visits].map(([start, count]) => ({
      start,
      visits: protectCount(count),
      partial: isPartialBucket(start, bucket, filter.range, filter.today),
    })),
  };
}

export async function heatMap(manager: EntityManager, filter: ResolvedFilter): Promise<HeatMapResponse> {
  const cells = await readWeekdayHours(manager, filter);
  return {
    period: periodOf(filter),
    data: cells
      .filter((cell) => cell.visits > 0)
      .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour)
      .map((cell) => ({ ...cell, visits: protectCount(cell.visits) })),
  };
}

export async function categories(manager: EntityManager, filter: ResolvedFilter): Promise<CategoriesResponse> {
  const rows = await readCategories(manager, filter);
  return {
    period: periodOf(filter),
    data: rows.map((row) => ({
      categoryKey: row.categoryKey,
      visits: protectCount(row.visits),
      levels: row.levels.map(protectCount),
      outcomes: Object.fromEntries(
        Object.entries(row.outcomes).map(([outcome, count]) => [outcome, protectCount(count)]),
      ) as CategoriesResponse['data'][number]['outcomes'],
    })),
  };
}

export async function levelMix(manager: EntityManager, filter: ResolvedFilter): Promise<LevelMixResponse> {
  const rows = await readVisitsByPeriod(manager, filter, 'mixed');
  const months = new Map(
    bucketStarts(filter.range, 'month').map((month) => [
      month,
      { visits: 0, solvedLowLevel: 0, levels: [0, 0, 0, 0, 0] },
    ]),
  );
  for (const row of rows) {
    const month = months.get(bucketStart(row.period, 'month'));
    if (!month) continue;
    month.visits += row.visits;
    month.solvedLowLevel += row.solvedLowLevel;
    month.levels = month.levels.map((count, index) => count + (row.levels[index] ?? 0));
  }
  return {
    period: periodOf(filter),
    data: [...months].map(([month, totals]) => ({
      month,
      visits: protectCount(totals.visits),
      levels: totals.levels.map(protectCount),
      solvedLowLevelShare: solvedLowLevelShare(totals),
      partial: isPartialBucket(month, 'month', filter.range, filter.today),
    })),
  };
}

/** Reasons shown beside the agreement figures. */
const REASONS_SHOWN = 20;

export async function recommendation(manager: EntityManager, filter: ResolvedFilter): Promise<RecommendationResponse> {
  const [totals, reasons] = await Promise.all([
    readTotals(manager, filter),
    readDeviationReasons(manager, filter, REASONS_SHOWN),
  ]);
  const compared = totals.recommendation.reduce((sum, cell) => sum + cell.visits, 0);
  const agreed = totals.recommendation
    .filter((cell) => cell.recommended === cell.given)
    .reduce((sum, cell) => sum + cell.visits, 0);
  return {
    period: periodOf(filter),
    compared: protectCount(compared),
    agreed: protectCount(agreed),
    agreementShare: protectShare(agreed, compared),
    matrix: totals.recommendation
      .filter((cell) => cell.visits > 0)
      .map((cell) => ({
        recommended: cell.recommended,
        given: cell.given,
        visits: protectCount(cell.visits),
      })),
    reasons,
  };
}

export async function referrals(manager: EntityManager, filter: ResolvedFilter): Promise<ReferralsResponse> {
  const [totals, rows] = await Promise.all([readTotals(manager, filter), readReferrals(manager, filter)]);
  return {
    period: periodOf(filter),
    referred: protectCount(totals.outcomes.referred),
    data: rows.map((row) => ({ target: row.target, visits: protectCount(row.visits) })),
  };
}

const GUIDES_SHOWN = 20;

export async function guides(manager: EntityManager, filter: ResolvedFilter): Promise<GuidesResponse> {
  const rows = await readGuides(manager, filter, GUIDES_SHOWN);
  return {
    period: periodOf(filter),
    data: rows.map((row) => ({
      guideSlug: row.guideSlug,
      solvedVisits: protectCount(row.solvedVisits),
      visits: protectCount(row.visits),
    })),
  };
}

export async function branchComparison(
  manager: EntityManager,
  filter: ResolvedFilter,
): Promise<BranchComparisonResponse> {
  const [rows, minutes, branches] = await Promise.all([
    readTotalsByBranch(manager, filter),
    readMinutes(manager, filter, true),
    readListNames(manager, 'branches'),
  ]);
  const byBranch = new Map(rows.map((row) => [row.branchKey, row]));
  return {
    period: periodOf(filter),
    data: branches.flatMap(({ key }) => {
      const totals = byBranch.get(key);
      if (!totals || totals.visits === 0) return [];
      return [
        {
          branchKey: key,
          visits: protectCount(totals.visits),
          solvedLowLevelShare: solvedLowLevelShare(totals),
          medianMinutes: protectedMedian(
            minutes.filter((bin) => bin.branchKey === key),
            totals.visits,
          ),
          repeatVisitShare: protectShare(totals.repeatVisits, totals.visits),
          referralShare: protectShare(totals.outcomes.referred, totals.visits),
        },
      ];
    }),
  };
}
