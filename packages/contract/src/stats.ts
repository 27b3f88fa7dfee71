import { z } from './zod';
import { listKeySchema } from './branches';
import { caseOutcomes } from './case-choices';
import { categoryKeySchema } from './categories';
import {
  calendarDateSchema,
  idParamsSchema,
  okResponseSchema,
  staffRefSchema,
  textSchema,
  helpLevelSchema,
  referralTargetSchema,
} from './common';
import { endpoint, type Access, type Endpoint } from './endpoint';
import { routeTable } from './routes';
import { type ProtectedCount, suppressedCount } from './small-numbers';
import { goalMeasures, type GoalMeasure, keyFigureNames, type KeyFigureName, shareTargetProblem } from './stats-names';
import { MAX_RANGE_YEARS, periodPresets, rangeTooLong } from './stats-period';

const protectedCountSchema: z.ZodType<ProtectedCount> = z.union([z.number().int().min(0), z.literal(suppressedCount)]);

/** Statistics are for team leads (and admins); counter staff get 403. */
const statsAccess = 'readStatistics' satisfies Access;

const localDate = calendarDateSchema();

/**
 * The filters every statistics endpoint takes. A preset period (default: `DEFAULT_PERIOD`, the last
 * complete month) or a custom
 * range `from`–`to` (Danish calendar days, both included, at most five years).
 */
export const statsFilterQuerySchema = z
  .object({
    period: z.enum([...periodPresets, 'custom'], 'Ukendt periode').optional(),
    from: localDate.optional().describe('First day, inclusive (custom period)'),
    to: localDate.optional().describe('Last day, inclusive (custom period)'),
    branchKey: listKeySchema.optional(),
    channelKey: listKeySchema.optional(),
    categoryKey: categoryKeySchema.optional(),
    staffId: z.uuid('Ukendt medarbejder').optional(),
  })
  .superRefine((query, context) => {
    const custom = query.period === 'custom' || (query.period === undefined && (query.from || query.to));
    if (!custom) {
      if (query.from || query.to) {
        context.addIssue({
          code: 'custom',
          path: ['period'],
          message: 'Fra- og til-dato hører til en selvvalgt periode',
        });
      }
      return;
    }
    if (!query.from) context.addIssue({ code: 'custom', path: ['from'], message: 'Angiv startdato' });
    if (!query.to) context.addIssue({ code: 'custom', path: ['to'], message: 'Angiv slutdato' });
    if (!query.from || !query.to) return;
    // Zod runs this refinement even when a day failed its own check; that day is reported already.
    if (!localDate.safeParse(query.from).success || !localDate.safeParse(query.to).success) return;
    if (query.from > query.to) {
      context.addIssue({ code: 'custom', path: ['from'], message: 'Startdatoen ligger efter slutdatoen' });
    } else if (rangeTooLong({ from: query.from, to: query.to })) {
      context.addIssue({ code: 'custom', path: ['to'], message: `Perioden må højst være ${MAX_RANGE_YEARS} år` });
    }
  });
export type StatsFilterQuery = z.input<typeof statsFilterQuerySchema>;
export type StatsFilter = z.output<typeof statsFilterQuerySchema>;

export const dateRangeSchema = z.object({ from: z.iso.date(), to: z.iso.date() });

/**
 * Every statistics response says which days it covers, and whether the last of them is not over
 * yet (`partial`): figures of a running period will still grow and are not a trend.
 */
const periodFields = { period: dateRangeSchema.extend({ days: z.number().int(), partial: z.boolean() }) };

/** A bucket of a trend that is not a whole one (cut by the range, or still running): never compared. */
const partialBucketField = {
  partial: z.boolean().describe('The bucket is cut off by the range or not over yet'),
};

/** A count, a share (0–1), minutes — or "<3" for a hidden small count, null when there is nothing to measure. */
export const statValueSchema = z.union([z.number(), z.literal('<3'), z.null()]);
export type StatValue = z.infer<typeof statValueSchema>;

export const keyFigureSchema = z.object({
  current: statValueSchema,
  previous: statValueSchema,
  /** current − previous in the figure's own unit (visits, share points, minutes); null if either is hidden. */
  change: z.number().nullable(),
  /** The same days a year before, and current − that. */
  lastYear: statValueSchema,
  changeFromLastYear: z.number().nullable(),
});
export type KeyFigure = z.infer<typeof keyFigureSchema>;

export const keyFiguresResponseSchema = z.object({
  ...periodFields,
  previousPeriod: dateRangeSchema,
  lastYearPeriod: dateRangeSchema,
  figures: z.object(
    Object.fromEntries(keyFigureNames.map((name) => [name, keyFigureSchema])) as Record<
      KeyFigureName,
      typeof keyFigureSchema
    >,
  ),
});
export type KeyFiguresResponse = z.infer<typeof keyFiguresResponseSchema>;

export const timeBucketSchema = z.enum(['day', 'week', 'month']);

export const visitsOverTimeResponseSchema = z.object({
  ...periodFields,
  bucket: timeBucketSchema,
  data: z.array(
    z.object({
      start: z.iso.date().describe('First day of the bucket'),
      visits: protectedCountSchema,
      ...partialBucketField,
    }),
  ),
});
export type VisitsOverTimeResponse = z.infer<typeof visitsOverTimeResponseSchema>;

export const heatMapResponseSchema = z.object({
  ...periodFields,
  /** Only cells with visits; every other weekday × hour had none. */
  data: z.array(
    z.object({
      weekday: z.number().int().min(1).max(7).describe('1 = Monday … 7 = Sunday'),
      hour: z.number().int().min(0).max(23),
      visits: protectedCountSchema,
    }),
  ),
});
export type HeatMapResponse = z.infer<typeof heatMapResponseSchema>;

/** Counts per help level given, level 1 first. */
const levelCountsSchema = z.array(protectedCountSchema).length(5);
const outcomeCountsSchema = z.object(
  Object.fromEntries(caseOutcomes.map((outcome) => [outcome, protectedCountSchema])) as Record<
    (typeof caseOutcomes)[number],
    typeof protectedCountSchema
  >,
);

export const categoriesResponseSchema = z.object({
  ...periodFields,
  /** A visit with two categories counts under both. */
  data: z.array(
    z.object({
      categoryKey: z.string(),
      visits: protectedCountSchema,
      levels: levelCountsSchema,
      outcomes: outcomeCountsSchema,
    }),
  ),
});
export type CategoriesResponse = z.infer<typeof categoriesResponseSchema>;

export const levelMixResponseSchema = z.object({
  ...periodFields,
  data: z.array(
    z.object({
      month: z.iso.date().describe('First day of the month'),
      visits: protectedCountSchema,
      levels: levelCountsSchema,
      solvedLowLevelShare: z.number().nullable(),
      ...partialBucketField,
    }),
  ),
});
export type LevelMixResponse = z.infer<typeof levelMixResponseSchema>;

export const recommendationResponseSchema = z.object({
  ...periodFields,
  /** Visits whose triage recommended a level on the ladder. */
  compared: protectedCountSchema,
  agreed: protectedCountSchema,
  agreementShare: z.number().nullable(),
  /** Recommended × given, every pair with visits. */
  matrix: z.array(z.object({ recommended: helpLevelSchema, given: helpLevelSchema, visits: protectedCountSchema })),
  /** The latest reasons staff gave for deviating (never older notes than retention keeps). */
  reasons: z.array(
    z.object({ date: z.iso.date(), recommended: helpLevelSchema, given: helpLevelSchema, reason: z.string() }),
  ),
});
export type RecommendationResponse = z.infer<typeof recommendationResponseSchema>;

export const referralsResponseSchema = z.object({
  ...periodFields,
  referred: protectedCountSchema,
  data: z.array(z.object({ target: referralTargetSchema, visits: protectedCountSchema })),
});
export type ReferralsResponse = z.infer<typeof referralsResponseSchema>;

export const guidesResponseSchema = z.object({
  ...periodFields,
  /** Most used in solved visits first; at most 20. */
  data: z.array(z.object({ guideSlug: z.string(), solvedVisits: protectedCountSchema, visits: protectedCountSchema })),
});
export type GuidesResponse = z.infer<typeof guidesResponseSchema>;

export const branchComparisonResponseSchema = z.object({
  ...periodFields,
  data: z.array(
    z.object({
      branchKey: z.string(),
      visits: protectedCountSchema,
      solvedLowLevelShare: z.number().nullable(),
      medianMinutes: z.number().nullable(),
      repeatVisitShare: z.number().nullable(),
      referralShare: z.number().nullable(),
    }),
  ),
});
export type BranchComparisonResponse = z.infer<typeof branchComparisonResponseSchema>;

// ---- Goals (målindsatser) ----

export const goalMeasureSchema = z.enum(Object.keys(goalMeasures) as [GoalMeasure, ...GoalMeasure[]], 'Ukendt måling');

const goalYearSchema = z.coerce
  .number('Angiv et årstal')
  .int()
  .min(2020, 'Årstal fra 2020')
  .max(2100, 'Årstal til 2100');

const goalFields = {
  measure: goalMeasureSchema,
  /** Shares as 0–1, minutes, or a number of visits for the year. */
  target: z.number('Angiv et mål').min(0, 'Målet kan ikke være negativt').max(1_000_000),
  title: textSchema().trim().min(1, 'Skriv en titel').max(120, 'Højst 120 tegn'),
  /** A goal for one branch; none = the whole organisation. */
  branchKey: listKeySchema.nullable().optional(),
};

function shareTargetIssue(goal: { measure: GoalMeasure; target: number }, context: z.RefinementCtx) {
  const message = shareTargetProblem(goal.measure, goal.target);
  if (message) context.addIssue({ code: 'custom', path: ['target'], message });
}

export const createGoalRequestSchema = z.object({ year: goalYearSchema, ...goalFields }).superRefine(shareTargetIssue);
export type CreateGoalRequest = z.input<typeof createGoalRequestSchema>;

export const updateGoalRequestSchema = z
  .object({ target: goalFields.target, title: goalFields.title, branchKey: goalFields.branchKey })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Angiv mindst ét felt');
export type UpdateGoalRequest = z.input<typeof updateGoalRequestSchema>;

export const goalSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  measure: goalMeasureSchema,
  target: z.number(),
  title: z.string(),
  branchKey: z.string().nullable(),
  progress: z.object({
    /** Measured from 1 January to today (or the day asked for, or the year's end). */
    measuredTo: z.iso.date(),
    value: statValueSchema,
    /** For visits: the target scaled to the share of the year gone. */
    expectedByNow: z.number(),
    onTrack: z.boolean().nullable().describe('null while there is nothing to measure yet'),
  }),
});
export type Goal = z.infer<typeof goalSchema>;

export const goalListResponseSchema = z.object({ data: z.array(goalSchema) });
export const goalResponseSchema = z.object({ data: goalSchema });

// ---- Exports ----

export const statsTables = [
  'key-figures',
  'visits-over-time',
  'heat-map',
  'categories',
  'level-mix',
  'recommendation',
  'referrals',
  'guides',
  'branches',
  'cases',
] as const;
export type StatsTable = (typeof statsTables)[number];
export const statsTableSchema = z.enum(statsTables, 'Ukendt tabel');

/** One dashboard figure: its path is the name of its CSV export. */
function statsEndpoint<R extends z.ZodType>(
  route: { method: 'get'; path: `/api/stats/${Exclude<StatsTable, 'cases'>}` },
  summary: string,
  response: R,
) {
  return endpoint({
    ...route,
    summary,
    tag: 'statistics',
    access: statsAccess,
    query: statsFilterQuerySchema,
    response,
  });
}

const namedOptionSchema = z.object({ key: z.string(), nameDa: z.string(), nameEn: z.string() });

export const statsFilterOptionsResponseSchema = z.object({
  branches: z.array(namedOptionSchema),
  channels: z.array(namedOptionSchema),
  categories: z.array(namedOptionSchema),
  /** Everyone who has logged cases or still may. */
  staff: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
});
export type StatsFilterOptionsResponse = z.infer<typeof statsFilterOptionsResponseSchema>;

export const statsEndpoints = {
  filterOptions: endpoint({
    ...routeTable.stats.filterOptions,
    summary: 'What the dashboard filters offer: branches, channels, categories and staff (closed ones included)',
    tag: 'statistics',
    access: statsAccess,
    response: statsFilterOptionsResponseSchema,
  }),
  keyFigures: statsEndpoint(
    routeTable.stats.keyFigures,
    'Key figures with the change against the previous period',
    keyFiguresResponseSchema,
  ),
  visitsOverTime: statsEndpoint(
    routeTable.stats.visitsOverTime,
    'Visits per day, week or month, as the range suits',
    visitsOverTimeResponseSchema,
  ),
  heatMap: statsEndpoint(
    routeTable.stats.heatMap,
    'Visits per weekday × hour (staffing the counter)',
    heatMapResponseSchema,
  ),
  categories: statsEndpoint(
    routeTable.stats.categories,
    'Per category: help levels given and outcomes',
    categoriesResponseSchema,
  ),
  levelMix: statsEndpoint(routeTable.stats.levelMix, 'Help-level mix month by month', levelMixResponseSchema),
  recommendation: statsEndpoint(
    routeTable.stats.recommendation,
    'Recommended vs given level: agreement, deviations and the reasons given',
    recommendationResponseSchema,
  ),
  referrals: statsEndpoint(routeTable.stats.referrals, 'Referrals by target', referralsResponseSchema),
  guides: statsEndpoint(routeTable.stats.guides, 'Guides used most in solved visits', guidesResponseSchema),
  branches: statsEndpoint(routeTable.stats.branches, 'Branches compared', branchComparisonResponseSchema),
  export: endpoint({
    ...routeTable.stats.export,
    params: z.object({ table: statsTableSchema }),
    summary:
      'CSV (UTF-8 with BOM, ";" separators, for Danish Excel) of one dashboard table, or of the filtered cases without notes',
    tag: 'statistics',
    access: statsAccess,
    query: statsFilterQuerySchema,
    response: z.string().describe('CSV document'),
    responseContentType: 'text/csv',
  }),
};

export const goalEndpoints = {
  list: endpoint({
    ...routeTable.goals.list,
    summary: "A year's goals (målindsatser) with their progress",
    tag: 'statistics',
    access: statsAccess,
    query: z.object({
      year: goalYearSchema,
      to: localDate.optional().describe("Measure up to this day (a report's month end) instead of today"),
    }),
    response: goalListResponseSchema,
  }),
  create: endpoint({
    ...routeTable.goals.create,
    summary: 'Set a yearly goal',
    tag: 'statistics',
    access: statsAccess,
    body: createGoalRequestSchema,
    response: goalResponseSchema,
    successStatus: 201,
  }),
  update: endpoint({
    ...routeTable.goals.update,
    summary: "Change a goal's target, title or branch",
    tag: 'statistics',
    access: statsAccess,
    params: idParamsSchema,
    body: updateGoalRequestSchema,
    response: goalResponseSchema,
  }),
  delete: endpoint({
    ...routeTable.goals.delete,
    summary: 'Remove a goal',
    tag: 'statistics',
    access: statsAccess,
    params: idParamsSchema,
    response: okResponseSchema,
  }),
};

// ---- The monthly report ----

/** `/api/stats/reports/:month`, e.g. 2026-11. */
export const reportMonthParamsSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Angiv en måned som ÅÅÅÅ-MM'),
});

export const MAX_REPORT_COMMENT_LENGTH = 1500;

export const reportCommentRequestSchema = z.object({
  /** Empty removes the comment. */
  comment: z.string().trim().max(MAX_REPORT_COMMENT_LENGTH, `Højst ${MAX_REPORT_COMMENT_LENGTH} tegn`),
});
export type ReportCommentRequest = z.infer<typeof reportCommentRequestSchema>;

export const monthlyReportResponseSchema = z.object({
  data: z.object({
    month: z.string().describe('YYYY-MM'),
    /** The library and citizen service centre whose report it is (configured: ORGANISATION_NAME). */
    organisationName: z.string(),
    /** The team lead's comment for the month, printed with it; null until one is written. */
    comment: z.string().nullable(),
    commentBy: staffRefSchema.nullable(),
    commentAt: z.iso.datetime().nullable(),
  }),
});
export type MonthlyReportResponse = z.infer<typeof monthlyReportResponseSchema>;

export const reportEndpoints = {
  get: endpoint({
    ...routeTable.reports.get,
    summary: "A month's report: whose it is and the team lead's comment",
    tag: 'statistics',
    access: statsAccess,
    params: reportMonthParamsSchema,
    response: monthlyReportResponseSchema,
  }),
  saveComment: endpoint({
    ...routeTable.reports.saveComment,
    summary: "Write (or, empty, remove) the team lead's comment on a month's report (no personal data)",
    tag: 'statistics',
    access: statsAccess,
    params: reportMonthParamsSchema,
    body: reportCommentRequestSchema,
    response: monthlyReportResponseSchema,
  }),
};

/** The endpoints one dashboard view calls, for the benchmark and the web app. */
export const dashboardEndpoints: readonly Endpoint[] = [
  statsEndpoints.keyFigures,
  statsEndpoints.visitsOverTime,
  statsEndpoints.heatMap,
  statsEndpoints.categories,
  statsEndpoints.levelMix,
  statsEndpoints.recommendation,
  statsEndpoints.referrals,
  statsEndpoints.guides,
  statsEndpoints.branches,
];
