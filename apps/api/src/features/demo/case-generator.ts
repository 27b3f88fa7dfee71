import {
  danishWallClockToDate,
  type AgeBand,
  type CaseOutcome,
  type CaseRecommendation,
  type HelpLevel,
  type ReferralTarget,
  type TriageAnswers,
} from '@digihjaelp/contract';
import type { SeededCategoryKey } from '@digihjaelp/triage';

/**
 * Deterministic, realistic visits for demo mode and benchmarks: the same seed, end date and
 * catalogue give the same cases. The shapes are our best picture of a Danish library's digital
 * help desk: a busy main library and small village branches, Monday peaks and closed Sundays,
 * tax season in March–May and November, a quiet July, and more guided self-help as the year goes on.
 *
 * Which branches, channels, categories and guides exist comes from the caller (the database, see
 * demo-cases.ts); the weights below only say how the seeded ones are used, and anything an admin
 * added gets an even share.
 */

/** What there is to log visits with: the active entries, in display order. */
export interface CaseCatalogue {
  /** The first is the main library, the others village branches. */
  branches: readonly string[];
  channels: readonly string[];
  categories: readonly string[];
  /** Published guide slugs per category key. */
  guides: ReadonlyMap<string, readonly string[]>;
}

export interface GeneratedCase {
  createdAt: Date;
  staffId: string;
  branchKey: string;
  channelKey: string;
  categoryKeys: string[];
  triage: { flowVersion: number; answers: TriageAnswers; recommended: CaseRecommendation } | null;
  /** Null for a refusal: no step on the ladder. */
  levelGiven: HelpLevel | null;
  outcome: CaseOutcome;
  referralTarget: ReferralTarget | null;
  minutes: number;
  guideSlugs: string[];
  repeatVisit: boolean;
  ageBand: AgeBand | null;
  note: string | null;
}

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Weighted<T> = readonly (readonly [T, number])[];

function pick<T>(random: () => number, options: Weighted<T>): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = options.at(-1);
  if (!last) throw new Error('pick needs at least one option');
  return last[0];
}

const oneOf = <T>(random: () => number, values: readonly T[]): T | undefined =>
  values[Math.floor(random() * values.length)];

/** How citizens come, at the main library and in the villages, by the seeded channels' keys. */
const channelProfiles: Record<string, { main: number; village: number; minutesFactor: number }> = {
  'walk-in': { main: 58, village: 64, minutesFactor: 1 },
  appointment: { main: 25, village: 10, minutesFactor: 1.4 },
  phone: { main: 14, village: 15, minutesFactor: 0.7 },
  outreach: { main: 3, village: 11, minutesFactor: 1 },
};
const otherChannel = { main: 5, village: 5, minutesFactor: 1 };

type Hours = Partial<Record<number, [open: number, close: number]>>;

/** Visits on a typical staffed day and staffed hours per weekday (0 = Sunday), by a branch's place in the list. */
interface BranchProfile {
  visitsPerDay: number;
  hours: Hours;
  main: boolean;
}
const mainLibrary: BranchProfile = {
  visitsPerDay: 26,
  hours: { 1: [10, 18], 2: [10, 18], 3: [10, 18], 4: [10, 18], 5: [10, 16], 6: [10, 14] },
  main: true,
};
/** Village branches take these in turn. */
const villages: readonly BranchProfile[] = [
  { visitsPerDay: 7, hours: { 1: [13, 17], 2: [10, 13], 4: [13, 18] }, main: false },
  { visitsPerDay: 6, hours: { 2: [13, 17], 3: [10, 13], 5: [10, 13] }, main: false },
  { visitsPerDay: 5, hours: { 1: [10, 13], 4: [13, 17] }, main: false },
  { visitsPerDay: 6, hours: { 2: [10, 14], 4: [13, 18] }, main: false },
];

interface Branch extends BranchProfile {
  key: string;
  channels: Weighted<string>;
}

function branchesOf(catalogue: CaseCatalogue): Branch[] {
  return catalogue.branches.map((key, index) => {
    const profile = index === 0 ? mainLibrary : (villages[(index - 1) % villages.length] ?? mainLibrary);
    const channels = catalogue.channels.map((channel) => {
      const weights = channelProfiles[channel] ?? otherChannel;
      return [channel, profile.main ? weights.main : weights.village] as const;
    });
    return { ...profile, key, channels };
  });
}

/** Index = month (0 = January): tax season, summer holiday, Christmas. */
const monthWeight = [1.15, 1.05, 1.3, 1.25, 1.15, 0.95, 0.55, 0.85, 1.0, 1.0, 1.2, 0.8];
const weekdayWeight: Partial<Record<number, number>> = { 1: 1.3, 2: 1.05, 3: 1.0, 4: 1.0, 5: 0.8, 6: 0.6 };
/** Morning and early-afternoon peaks; quieter at opening, lunch and closing. */
const hourWeight: Weighted<number> = [
  [10, 1.2],
  [11, 1.4],
  [12, 0.9],
  [13, 1.2],
  [14, 1.1],
  [15, 0.9],
  [16, 0.7],
  [17, 0.5],
];

/** How often each seeded category comes up; a category an admin added gets `otherCategoryWeight`. */
const categoryWeights: Record<SeededCategoryKey, number> = {
  'mitid-login': 18,
  'digital-post': 13,
  'device-basics': 10,
  'borgerdk-selfservice': 9,
  'mitid-setup': 8,
  tax: 6,
  health: 6,
  banking: 6,
  'power-of-attorney': 4,
  'booking-passport': 4,
  fraud: 3,
  'mitid-alternatives': 2,
  exemptions: 2,
  'social-media': 2,
  'other-services': 3,
  'source-criticism': 1,
  other: 2,
};
const otherCategoryWeight = 2;

/** A profile of the seeded categories, to look up by any key: a category an admin added has none. */
function bySeededCategory<T>(profile: Partial<Record<SeededCategoryKey, T>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(profile).flatMap(([key, value]) => (value === undefined ? [] : [[key, value]])));
}
const weightByCategory = bySeededCategory(categoryWeights);
const weightOf = (category: string) => weightByCategory.get(category) ?? otherCategoryWeight;

/** Extra tax visits while the annual statement is out (March–May) and for the preliminary one (November–December). */
const taxSeason = [1, 1, 4, 4, 2.5, 1, 0.5, 0.7, 1, 1, 2.5, 2];
const taxCategory: SeededCategoryKey = 'tax';

/** How much help each kind of problem takes, at the start of the year; level 2 grows over it. */
const levelsByCategory = bySeededCategory<Weighted<HelpLevel>>({
  'power-of-attorney': [
    [1, 8],
    [2, 17],
    [3, 20],
    [4, 50],
    [5, 5],
  ],
  exemptions: [
    [1, 10],
    [2, 10],
    [3, 10],
    [4, 15],
    [5, 55],
  ],
  'booking-passport': [
    [1, 60],
    [2, 25],
    [3, 15],
    [4, 0],
    [5, 0],
  ],
  'mitid-alternatives': [
    [1, 10],
    [2, 30],
    [3, 25],
    [4, 30],
    [5, 5],
  ],
  fraud: [
    [1, 30],
    [2, 30],
    [3, 35],
    [4, 5],
    [5, 0],
  ],
  other: [
    [1, 70],
    [2, 20],
    [3, 10],
    [4, 0],
    [5, 0],
  ],
});
const usualLevels: Weighted<HelpLevel> = [
  [1, 16],
  [2, 38],
  [3, 36],
  [4, 6],
  [5, 4],
];

const referralsByCategory = bySeededCategory<{ share: number; targets: Weighted<ReferralTarget> }>({
  fraud: {
    share: 0.35,
    targets: [
      ['mitid-support', 50],
      ['bank', 35],
      ['police', 15],
    ],
  },
  'booking-passport': { share: 0.4, targets: [['borgerservice', 1]] },
  'mitid-setup': { share: 0.12, targets: [['borgerservice', 1]] },
  tax: { share: 0.1, targets: [['tax-authority', 1]] },
  other: {
    share: 0.5,
    targets: [
      ['other-authority', 70],
      ['volunteer-it-help', 30],
    ],
  },
  'device-basics': {
    share: 0.08,
    targets: [
      ['library-course', 60],
      ['volunteer-it-help', 40],
    ],
  },
  banking: { share: 0.12, targets: [['bank', 1]] },
});

/** Typical minutes per level (median); the spread is log-normal. */
const medianMinutes: Record<HelpLevel, number> = { 1: 4, 2: 12, 3: 18, 4: 30, 5: 22 };
const ageBands: Weighted<AgeBand> = [
  ['15-24', 5],
  ['25-44', 12],
  ['45-64', 23],
  ['65-79', 38],
  ['80+', 22],
];
/** Short notes of the kind staff write; never anything about who the citizen is. */
const notes = [
  'Kom igen efter kurset',
  'Borgeren vil øve sig hjemme og komme igen',
  'Printede vejledningen til borgeren',
  'Aftalt ny tid i næste uge',
  'Borgeren havde ikke sin telefon med',
  'Henviste også til bibliotekets IT-café',
  'Borgeren bad om hjælp på engelsk',
];

const DAY_MS = 24 * 3_600_000;

interface OpenDay {
  /** The day at 00:00 UTC (its calendar date is the Danish one). */
  date: Date;
  branch: Branch;
  expected: number;
  /** How far through the period, 0 to 1. */
  progress: number;
}

function* openDays(end: Date, days: number, branches: readonly Branch[]): Generator<OpenDay> {
  const lastDay = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate());
  for (let dayIndex = 0; dayIndex < days; dayIndex += 1) {
    const date = new Date(lastDay - (days - 1 - dayIndex) * DAY_MS);
    const progress = days > 1 ? dayIndex / (days - 1) : 1;
    const weekday = date.getUTCDay();
    // Closed 24–26 December and 1 January.
    if (
      (date.getUTCMonth() === 11 && [24, 25, 26].includes(date.getUTCDate())) ||
      (date.getUTCMonth() === 0 && date.getUTCDate() === 1)
    )
      continue;
    for (const branch of branches) {
      if (!branch.hours[weekday]) continue;
      yield {
        date,
        branch,
        progress,
        expected: branch.visitsPerDay * (monthWeight[date.getUTCMonth()] ?? 1) * (weekdayWeight[weekday] ?? 1),
      };
    }
  }
}

export interface GenerateOptions {
  seed: number;
  /** The last day (UTC date) to generate visits for. */
  end: Date;
  /** How many days back from `end`; 365 by default. */
  days?: number;
  staffIds: readonly string[];
  catalogue: CaseCatalogue;
  /** Scale to about this many cases; unset = the natural volume (about 12,000 a year with five branches). */
  count?: number;
}

interface Picked {
  categories: Weighted<string>;
  staffIds: readonly string[];
  guides: CaseCatalogue['guides'];
}

function generateVisit(random: () => number, day: OpenDay, picked: Picked): GeneratedCase {
  const { date, branch, progress } = day;
  const [open, close] = branch.hours[date.getUTCDay()] ?? [10, 18];
  const hour = pick(
    random,
    hourWeight.filter(([h]) => h >= open && h < close),
  );
  const createdAt = danishWallClockToDate(date.toISOString().slice(0, 10), hour, Math.floor(random() * 60));

  const month = date.getUTCMonth();
  const seasonal = picked.categories.map(
    ([key, weight]) => [key, key === taxCategory ? weight * (taxSeason[month] ?? 1) : weight] as const,
  );
  const category = pick(random, seasonal);
  const categoryKeys = random() < 0.14 ? [...new Set([category, pick(random, seasonal)])] : [category];

  // Guided self-help grows and side-by-side help shrinks over the year (the strategy's goal).
  const shift = 12 * progress;
  const levels = (levelsByCategory.get(category) ?? usualLevels).map(
    ([level, weight]) =>
      [level, level === 2 ? weight + shift : level === 3 ? Math.max(1, weight - shift) : weight] as const,
  );
  let levelGiven = pick(random, levels);
  let outcome: CaseOutcome = pick(random, [
    ['solved', 72 + 8 * progress],
    ['partly_solved', 18],
    ['not_solved', 6],
  ]);
  let referralTarget: ReferralTarget | null = null;
  const referral = referralsByCategory.get(category);
  if (referral && random() < referral.share) {
    outcome = 'referred';
    referralTarget = pick(random, referral.targets);
    levelGiven = 1;
  } else if (random() < 0.012) {
    outcome = 'refused_not_permitted';
    levelGiven = 1;
  }

  const triageShare = 0.5 + 0.35 * progress;
  let triage: GeneratedCase['triage'] = null;
  if (random() < triageShare) {
    const agrees = random() < 0.78;
    const recommendedLevel = (
      agrees ? levelGiven : Math.min(5, Math.max(1, levelGiven + (random() < 0.5 ? -1 : 1)))
    ) as HelpLevel;
    const recommended: CaseRecommendation =
      outcome === 'referred' && referralTarget && random() < 0.7
        ? { referral: referralTarget }
        : outcome === 'refused_not_permitted'
          ? { notPermitted: true }
          : { level: recommendedLevel };
    triage = {
      flowVersion: progress < 0.5 ? 1 : 2,
      answers: {
        'has-mitid': random() < 0.85,
        'own-device': random() < 0.8,
        'deadline-soon': random() < 0.15,
        skills: pick(random, [
          ['low', 40],
          ['some', 45],
          ['good', 15],
        ]),
      },
      recommended,
    };
  }

  const channel = pick(random, branch.channels);
  const channelFactor = (channelProfiles[channel] ?? otherChannel).minutesFactor;
  // Log-normal around the level's median (Box–Muller), rounded the way people log time.
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const rawMinutes = medianMinutes[levelGiven] * channelFactor * Math.exp(0.45 * normal);
  const minutes = Math.min(120, Math.max(1, rawMinutes < 10 ? Math.round(rawMinutes) : Math.round(rawMinutes / 5) * 5));

  const guides = picked.guides.get(category) ?? [];
  const guide = levelGiven <= 3 && random() < 0.35 + 0.3 * progress ? oneOf(random, guides) : undefined;
  const staffId = oneOf(random, picked.staffIds);
  if (!staffId) throw new Error('generateCases needs at least one staff account');

  return {
    createdAt,
    staffId,
    branchKey: branch.key,
    channelKey: channel,
    categoryKeys,
    triage,
    levelGiven: outcome === 'refused_not_permitted' ? null : levelGiven,
    outcome,
    referralTarget,
    minutes,
    guideSlugs: guide ? [guide] : [],
    repeatVisit: random() < (levelGiven >= 3 ? 0.38 : 0.26),
    ageBand: random() < 0.7 ? pick(random, ageBands) : null,
    note: random() < 0.04 ? (oneOf(random, notes) ?? null) : null,
  };
}

/** Yields cases oldest first. */
export function* generateCases(options: GenerateOptions): Generator<GeneratedCase> {
  const { catalogue } = options;
  if (options.staffIds.length === 0) throw new Error('generateCases needs at least one staff account');
  if (catalogue.branches.length === 0 || catalogue.channels.length === 0 || catalogue.categories.length === 0)
    throw new Error('generateCases needs at least one active branch, channel and category');
  const picked: Picked = {
    categories: catalogue.categories.map((key) => [key, weightOf(key)] as const),
    staffIds: options.staffIds,
    guides: catalogue.guides,
  };
  const branches = branchesOf(catalogue);
  const days = options.days ?? 365;
  const random = seededRandom(options.seed);
  let naturalTotal = 0;
  for (const day of openDays(options.end, days, branches)) naturalTotal += day.expected;
  const scale = options.count === undefined ? 1 : options.count / naturalTotal;
  const oldestFirst = (a: GeneratedCase, b: GeneratedCase) => a.createdAt.getTime() - b.createdAt.getTime();
  // Branches open on the same date are sorted together, so the whole stream is oldest first.
  let sameDate: GeneratedCase[] = [];
  let currentDate: number | undefined;
  for (const day of openDays(options.end, days, branches)) {
    if (day.date.getTime() !== currentDate) {
      yield* sameDate.sort(oldestFirst);
      sameDate = [];
      currentDate = day.date.getTime();
    }
    const expected = day.expected * scale;
    // Whole visits, with the fraction settled by chance, so the totals come out right.
    const visits = Math.floor(expected) + (random() < expected - Math.floor(expected) ? 1 : 0);
    for (let visit = 0; visit < visits; visit += 1) sameDate.push(generateVisit(random, day, picked));
  }
  yield* sameDate.sort(oldestFirst);
}
