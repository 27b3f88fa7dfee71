import type {
  AgeBand,
  CaseOutcome,
  CaseRecommendation,
  HelpLevel,
  ReferralTarget,
  TriageAnswers,
} from '@digihjaelp/contract';

/**
 * Deterministic, realistic visits for demo mode and benchmarks: the same seed and end date give
 * the same cases. The shapes are our best picture of a Danish library's digital help desk:
 * a busy main library and four small village branches, Monday peaks and closed Sundays, tax
 * season in March–May and November, a quiet July, and more guided self-help as the year goes on.
 */

export interface GeneratedCase {
  createdAt: Date;
  staffId: string;
  branchKey: string;
  channelKey: string;
  categoryKeys: string[];
  triage: { flowVersion: number; answers: TriageAnswers; recommended: CaseRecommendation } | null;
  levelGiven: HelpLevel;
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
  return options[options.length - 1][0];
}

const channelsAtMain: Weighted<string> = [
  ['walk-in', 58],
  ['appointment', 25],
  ['phone', 14],
  ['outreach', 3],
];
const channelsInVillages: Weighted<string> = [
  ['walk-in', 64],
  ['appointment', 10],
  ['phone', 15],
  ['outreach', 11],
];

/** Visits on a typical staffed day; staffed hours per weekday (0 = Sunday); how citizens come. */
const branches: {
  key: string;
  visitsPerDay: number;
  hours: Record<number, [open: number, close: number]>;
  channels: Weighted<string>;
}[] = [
  {
    key: 'hovedbiblioteket',
    visitsPerDay: 26,
    hours: { 1: [10, 18], 2: [10, 18], 3: [10, 18], 4: [10, 18], 5: [10, 16], 6: [10, 14] },
    channels: channelsAtMain,
  },
  { key: 'fensmark', visitsPerDay: 7, hours: { 1: [13, 17], 2: [10, 13], 4: [13, 18] }, channels: channelsInVillages },
  { key: 'glumsoe', visitsPerDay: 6, hours: { 2: [13, 17], 3: [10, 13], 5: [10, 13] }, channels: channelsInVillages },
  { key: 'herlufmagle', visitsPerDay: 5, hours: { 1: [10, 13], 4: [13, 17] }, channels: channelsInVillages },
  { key: 'fuglebjerg', visitsPerDay: 6, hours: { 2: [10, 14], 4: [13, 18] }, channels: channelsInVillages },
];

/** Index = month (0 = January): tax season, summer holiday, Christmas. */
const monthWeight = [1.15, 1.05, 1.3, 1.25, 1.15, 0.95, 0.55, 0.85, 1.0, 1.0, 1.2, 0.8];
const weekdayWeight: Record<number, number> = { 1: 1.3, 2: 1.05, 3: 1.0, 4: 1.0, 5: 0.8, 6: 0.6 };
/** Morning and early-afternoon peaks; quieter at opening, lunch and closing. */
const hourWeight: Record<number, number> = { 10: 1.2, 11: 1.4, 12: 0.9, 13: 1.2, 14: 1.1, 15: 0.9, 16: 0.7, 17: 0.5 };

const categoryWeights: Weighted<string> = [
  ['mitid-login', 18],
  ['digital-post', 13],
  ['device-basics', 10],
  ['borgerdk-selfservice', 9],
  ['mitid-setup', 8],
  ['tax', 6],
  ['health', 6],
  ['banking', 6],
  ['power-of-attorney', 4],
  ['booking-passport', 4],
  ['fraud', 3],
  ['mitid-alternatives', 2],
  ['exemptions', 2],
  ['social-media', 2],
  ['other-services', 3],
  ['source-criticism', 1],
  ['other', 2],
];
/** Extra tax visits while the annual statement is out (March–May) and for the preliminary one (November–December). */
const taxSeason = [1, 1, 4, 4, 2.5, 1, 0.5, 0.7, 1, 1, 2.5, 2];

/** How much help each kind of problem takes, at the start of the year; level 2 grows over it. */
const levelsByCategory: Record<string, Weighted<HelpLevel>> = {
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
};
const usualLevels: Weighted<HelpLevel> = [
  [1, 16],
  [2, 38],
  [3, 36],
  [4, 6],
  [5, 4],
];

const referralsByCategory: Record<string, { share: number; targets: Weighted<ReferralTarget> }> = {
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
};

const guidesByCategory: Record<string, string[]> = {
  'mitid-setup': ['mitid-kom-i-gang', 'mitid-app-aktivering', 'mitid-reglen'],
  'mitid-login': ['mitid-glemt-adgangskode', 'mitid-ny-telefon', 'mitid-spaerring', 'mitid-reglen'],
  'mitid-alternatives': ['mitid-kodeviser-og-kodeoplaeser', 'mitid-chip'],
  'digital-post': ['digital-post-kom-i-gang', 'digital-post-frister', 'laeseadgang-digital-post'],
  exemptions: ['fritagelse-digital-post', 'fritagelse-selvbetjening'],
  'power-of-attorney': ['digital-fuldmagt', 'laeseadgang-digital-post', 'vaergemaal', 'skat-fuldmagt'],
  'borgerdk-selfservice': ['borgerdk-flytning', 'pension-og-ydelser', 'sundhedskort'],
  tax: ['skat-aarsopgoerelse', 'skat-forskudsopgoerelse', 'skat-fuldmagt'],
  health: ['sundhed-dk', 'sundhedskort'],
  banking: ['nemkonto', 'netbank-sikkerhed'],
  'booking-passport': ['pas-og-koerekort'],
  fraud: ['svindel-foerstehjaelp', 'phishing-kend-tegnene', 'mitid-spaerring'],
  'social-media': ['sociale-medier-sikkerhed'],
  'source-criticism': ['kildekritik-paa-nettet', 'falske-nyheder-borger'],
  'device-basics': ['ny-smartphone', 'e-mail-og-wifi', 'it-kurser-biblioteket'],
  'other-services': ['aula-rejsekort-bolig'],
  other: ['henvisninger'],
};

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

/** Danish local time → UTC: summer time runs from the last Sunday in March to the last in October. */
function copenhagenToUtc(year: number, month: number, day: number, hour: number, minute: number): Date {
  const lastSunday = (m: number) => {
    const last = new Date(Date.UTC(year, m + 1, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const afterStart = month > 2 || (month === 2 && day >= lastSunday(2));
  const beforeEnd = month < 9 || (month === 9 && day < lastSunday(9));
  const offsetHours = afterStart && beforeEnd ? 2 : 1;
  return new Date(Date.UTC(year, month, day, hour - offsetHours, minute));
}

interface OpenDay {
  date: Date;
  branch: (typeof branches)[number];
  expected: number;
  /** How far through the period, 0 to 1. */
  progress: number;
}

function* openDays(end: Date, days: number): Generator<OpenDay> {
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
        expected: branch.visitsPerDay * monthWeight[date.getUTCMonth()] * weekdayWeight[weekday],
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
  /** Scale to about this many cases; unset = the natural volume (about 12,000 a year). */
  count?: number;
}

function generateVisit(random: () => number, day: OpenDay, staffIds: readonly string[]): GeneratedCase {
  const { date, branch, progress } = day;
  const [open, close] = branch.hours[date.getUTCDay()];
  const hour = pick(
    random,
    Object.entries(hourWeight)
      .filter(([h]) => Number(h) >= open && Number(h) < close)
      .map(([h, w]) => [Number(h), w] as const),
  );
  const createdAt = copenhagenToUtc(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    hour,
    Math.floor(random() * 60),
  );

  const month = date.getUTCMonth();
  const seasonal = categoryWeights.map(
    ([key, weight]) => [key, key === 'tax' ? weight * taxSeason[month] : weight] as const,
  );
  const category = pick(random, seasonal);
  const categoryKeys = random() < 0.14 ? [...new Set([category, pick(random, seasonal)])] : [category];

  // Guided self-help grows and side-by-side help shrinks over the year (the strategy's goal).
  const shift = 12 * progress;
  const levels = (levelsByCategory[category] ?? usualLevels).map(
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
  const referral = referralsByCategory[category];
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
  const channelFactor = channel === 'appointment' ? 1.4 : channel === 'phone' ? 0.7 : 1;
  // Log-normal around the level's median (Box–Muller), rounded the way people log time.
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const rawMinutes = medianMinutes[levelGiven] * channelFactor * Math.exp(0.45 * normal);
  const minutes = Math.min(120, Math.max(1, rawMinutes < 10 ? Math.round(rawMinutes) : Math.round(rawMinutes / 5) * 5));

  const guides = guidesByCategory[category];
  const guideSlugs =
    levelGiven <= 3 && random() < 0.35 + 0.3 * progress ? [guides[Math.floor(random() * guides.length)]] : [];

  return {
    createdAt,
    staffId: staffIds[Math.floor(random() * staffIds.length)],
    branchKey: branch.key,
    channelKey: channel,
    categoryKeys,
    triage,
    levelGiven,
    outcome,
    referralTarget,
    minutes,
    guideSlugs,
    repeatVisit: random() < (levelGiven >= 3 ? 0.38 : 0.26),
    ageBand: random() < 0.7 ? pick(random, ageBands) : null,
    note: random() < 0.04 ? notes[Math.floor(random() * notes.length)] : null,
  };
}

/** Yields cases oldest first. */
export function* generateCases(options: GenerateOptions): Generator<GeneratedCase> {
  if (options.staffIds.length === 0) throw new Error('generateCases needs at least one staff account');
  const days = options.days ?? 365;
  const random = seededRandom(options.seed);
  let naturalTotal = 0;
  for (const day of openDays(options.end, days)) naturalTotal += day.expected;
  const scale = options.count === undefined ? 1 : options.count / naturalTotal;
  const oldestFirst = (a: GeneratedCase, b: GeneratedCase) => a.createdAt.getTime() - b.createdAt.getTime();
  // Branches open on the same date are sorted together, so the whole stream is oldest first.
  let sameDate: GeneratedCase[] = [];
  let currentDate: number | undefined;
  for (const day of openDays(options.end, days)) {
    if (day.date.getTime() !== currentDate) {
      yield* sameDate.sort(oldestFirst);
      sameDate = [];
      currentDate = day.date.getTime();
    }
    const expected = day.expected * scale;
    // Whole visits, with the fraction settled by chance, so the totals come out right.
    const visits = Math.floor(expected) + (random() < expected - Math.floor(expected) ? 1 : 0);
    for (let visit = 0; visit < visits; visit += 1) sameDate.push(generateVisit(random, day, options.staffIds));
  }
  yield* sameDate.sort(oldestFirst);
}
