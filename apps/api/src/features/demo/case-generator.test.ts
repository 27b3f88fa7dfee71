import { createCaseRequestSchema, DANISH_TIME_ZONE } from '@digihjaelp/contract';
import { findPersonalData } from '@digihjaelp/privacy';
import { seededCategories } from '@digihjaelp/triage';
import { type CaseCatalogue, generateCases, type GeneratedCase } from './case-generator';

const staffIds = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
const end = new Date('2026-10-31T00:00:00Z');
/** As a fresh installation has it (the migrations' branches and channels, the seeded categories). */
const catalogue: CaseCatalogue = {
  branches: ['hovedbiblioteket', 'fensmark', 'glumsoe', 'herlufmagle', 'fuglebjerg'],
  channels: ['walk-in', 'appointment', 'phone', 'outreach'],
  categories: seededCategories.map((category) => category.key),
  guides: new Map([
    ['tax', ['skat-aarsopgoerelse', 'skat-forskudsopgoerelse']],
    ['mitid-login', ['mitid-glemt-adgangskode']],
  ]),
};
const year = [...generateCases({ seed: 7, end, staffIds, catalogue })];

const copenhagen = new Intl.DateTimeFormat('en-GB', {
  timeZone: DANISH_TIME_ZONE,
  weekday: 'short',
  hour: 'numeric',
  month: 'numeric',
  hourCycle: 'h23',
});
const local = (visit: GeneratedCase) => {
  const parts = Object.fromEntries(copenhagen.formatToParts(visit.createdAt).map((part) => [part.type, part.value]));
  return { weekday: parts.weekday, hour: Number(parts.hour), month: Number(parts.month) };
};
const share = (cases: GeneratedCase[], test: (visit: GeneratedCase) => boolean) =>
  cases.filter(test).length / cases.length;

describe('generateCases', () => {
  it('is deterministic: the same seed and end date give the same cases, another seed others', () => {
    expect([...generateCases({ seed: 7, end, staffIds, catalogue })].slice(0, 50)).toEqual(year.slice(0, 50));
    expect([...generateCases({ seed: 8, end, staffIds, catalogue })].slice(0, 50)).not.toEqual(year.slice(0, 50));
  });

  it('makes about a year of visits, oldest first, all within the year', () => {
    expect(year.length).toBeGreaterThan(9_000);
    expect(year.length).toBeLessThan(15_000);
    const times = year.map((visit) => visit.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThanOrEqual(end.getTime() - 365 * 24 * 3_600_000);
    expect(times.at(-1) ?? Number.POSITIVE_INFINITY).toBeLessThan(end.getTime() + 24 * 3_600_000);
  });

  it('scales to a requested count within one percent', () => {
    let count = 0;
    for (const _ of generateCases({ seed: 1, end, staffIds, catalogue, count: 50_000 })) count += 1;
    expect(Math.abs(count - 50_000)).toBeLessThan(500);
  });

  it('only has visits in opening hours (Danish time), never on Sundays', () => {
    const times = year.map(local);
    expect(times.some((time) => time.weekday === 'Sun')).toBe(false);
    expect(times.every((time) => time.hour >= 10 && time.hour < 18)).toBe(true);
  });

  it('has seasons and weekly rhythm: busy March and Mondays, quiet July and Saturdays', () => {
    const inMonth = (month: number) => year.filter((visit) => local(visit).month === month).length;
    expect(inMonth(3)).toBeGreaterThan(inMonth(7) * 1.8);
    const onDay = (weekday: string) => year.filter((visit) => local(visit).weekday === weekday).length;
    expect(onDay('Mon')).toBeGreaterThan(onDay('Sat') * 2);
    const taxIn = (month: number) =>
      share(
        year.filter((visit) => local(visit).month === month),
        (visit) => visit.categoryKeys.includes('tax'),
      );
    expect(taxIn(3)).toBeGreaterThan(taxIn(8) * 2);
  });

  it('has a busy main library and smaller village branches', () => {
    expect(share(year, (visit) => visit.branchKey === 'hovedbiblioteket')).toBeGreaterThan(0.55);
    for (const village of ['fensmark', 'glumsoe', 'herlufmagle', 'fuglebjerg']) {
      expect(share(year, (visit) => visit.branchKey === village)).toBeGreaterThan(0.03);
    }
  });

  it('gives more guided self-help at the end of the year than at the start', () => {
    const firstQuarter = year.slice(0, year.length / 4);
    const lastQuarter = year.slice((3 * year.length) / 4);
    const guided = (visit: GeneratedCase) => visit.levelGiven === 2;
    expect(share(lastQuarter, guided)).toBeGreaterThan(share(firstQuarter, guided) + 0.05);
  });

  it('has plausible outcomes and minutes: mostly solved, referrals with targets, longer visits at higher levels', () => {
    expect(share(year, (visit) => visit.outcome === 'solved')).toBeGreaterThan(0.55);
    expect(year.filter((visit) => visit.outcome === 'referred').every((visit) => visit.referralTarget !== null)).toBe(
      true,
    );
    const median = (level: number) => {
      const minutes = year
        .filter((visit) => visit.levelGiven === level)
        .map((visit) => visit.minutes)
        .sort((a, b) => a - b);
      const middle = minutes[Math.floor(minutes.length / 2)];
      if (middle === undefined) throw new Error(`no visit at level ${level}`);
      return middle;
    };
    expect(median(1)).toBeLessThan(median(2));
    expect(median(2)).toBeLessThan(median(4));
  });

  it('only makes cases the API itself would accept, with no personal data', () => {
    for (const visit of year) {
      const parsed = createCaseRequestSchema.safeParse({ ...visit, createdAt: undefined, staffId: undefined });
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(findPersonalData(visit.note ?? '')).toEqual([]);
    }
  });

  it('names only what the catalogue offers: its branches, channels, categories and guides', () => {
    const offered = (list: readonly string[]) => new Set(list);
    const guides = new Set([...catalogue.guides.values()].flat());
    for (const visit of year) {
      expect(offered(catalogue.branches).has(visit.branchKey)).toBe(true);
      expect(offered(catalogue.channels).has(visit.channelKey)).toBe(true);
      for (const key of visit.categoryKeys) expect(offered(catalogue.categories).has(key)).toBe(true);
      for (const slug of visit.guideSlugs) expect(guides.has(slug)).toBe(true);
    }
    expect(year.some((visit) => visit.guideSlugs.length > 0)).toBe(true);
  });

  it('gives a category, branch or channel an admin added its share, and a closed one none', () => {
    const changed: CaseCatalogue = {
      ...catalogue,
      branches: [...catalogue.branches.filter((key) => key !== 'fensmark'), 'holme-olstrup'],
      channels: [...catalogue.channels, 'video'],
      categories: [...catalogue.categories.filter((key) => key !== 'tax'), 'lokale-tilbud'],
    };
    const visits = [...generateCases({ seed: 7, end, staffIds, catalogue: changed, days: 120 })];
    expect(share(visits, (visit) => visit.branchKey === 'holme-olstrup')).toBeGreaterThan(0.03);
    expect(share(visits, (visit) => visit.channelKey === 'video')).toBeGreaterThan(0.01);
    expect(share(visits, (visit) => visit.categoryKeys.includes('lokale-tilbud'))).toBeGreaterThan(0.01);
    expect(visits.some((visit) => visit.branchKey === 'fensmark' || visit.categoryKeys.includes('tax'))).toBe(false);
  });

  it('needs something to log visits with', () => {
    expect(() => [...generateCases({ seed: 7, end, staffIds, catalogue: { ...catalogue, channels: [] } })]).toThrow(
      /at least one active branch, channel and category/,
    );
  });
});
