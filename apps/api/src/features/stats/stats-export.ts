import type { Response } from 'express';
import type { EntityManager } from 'typeorm';
import { caseOutcomes, helpLevelNames, helpLevels, type ReferralTarget, type StatsTable } from '@digihjaelp/contract';
import { referralContacts } from '@digihjaelp/triage';
import { csvFileName, csvLine, CSV_BOM, CSV_CONTENT_TYPE, toCsv, type CsvValue } from './csv';
import { SqlParams } from './stats-slice';
import { caseWhere } from './stats.queries';
import * as stats from './stats.service';
import type { ResolvedFilter } from './stats.service';

export const outcomeNamesDa: Record<(typeof caseOutcomes)[number], string> = {
  solved: 'Løst',
  partly_solved: 'Delvist løst',
  not_solved: 'Ikke løst',
  referred: 'Henvist',
  refused_not_permitted: 'Afvist – ikke tilladt',
};
const weekdayNamesDa = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const levelHeaders = helpLevels.map((level) => `Niveau ${level}: ${helpLevelNames[level].da}`);

/** Shares are written as percentages with one decimal, the way a report reads them. */
const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

async function danishNames(manager: EntityManager, table: 'branches' | 'channels' | 'categories') {
  const rows: { key: string; name_da: string }[] = await manager.query(`SELECT key, name_da FROM ${table}`);
  const names = new Map(rows.map((row) => [row.key, row.name_da]));
  return (key: string) => names.get(key) ?? key;
}

type Table = { header: string[]; rows: CsvValue[][] };

/** One dashboard table as the dashboard shows it (small counts as "<3"). */
async function dashboardTable(
  manager: EntityManager,
  table: Exclude<StatsTable, 'cases'>,
  filter: ResolvedFilter,
): Promise<Table> {
  switch (table) {
    case 'key-figures': {
      const { figures } = await stats.keyFigures(manager, filter);
      const rows: [string, keyof typeof figures, boolean][] = [
        ['Henvendelser', 'visits', false],
        ['Andel løst på niveau 1–2 (%)', 'solvedLowLevelShare', true],
        ['Median tidsforbrug (minutter)', 'medianMinutes', false],
        ['Andel gentagne henvendelser (%)', 'repeatVisitShare', true],
        ['Andel henvisninger (%)', 'referralShare', true],
        ['Afvist – ikke tilladt', 'notPermitted', false],
      ];
      const value = (v: CsvValue, share: boolean) => (share && typeof v === 'number' ? percent(v) : v);
      return {
        header: ['Nøgletal', 'Perioden', 'Forrige periode', 'Ændring'],
        rows: rows.map(([label, name, share]) => {
          const figure = figures[name];
          return [label, value(figure.current, share), value(figure.previous, share), value(figure.change, share)];
        }),
      };
    }
    case 'visits-over-time': {
      const { data, bucket } = await stats.visitsOverTime(manager, filter);
      const label = { day: 'Dag', week: 'Uge (mandag)', month: 'Måned' }[bucket];
      return { header: [label, 'Henvendelser'], rows: data.map((row) => [row.start, row.visits]) };
    }
    case 'heat-map': {
      const { data } = await stats.heatMap(manager, filter);
      return {
        header: ['Ugedag', 'Time', 'Henvendelser'],
        rows: data.map((row) => [
          weekdayNamesDa[row.weekday - 1],
          `${String(row.hour).padStart(2, '0')}:00`,
          row.visits,
        ]),
      };
    }
    case 'categories': {
      const [{ data }, category] = await Promise.all([
        stats.categories(manager, filter),
        danishNames(manager, 'categories'),
      ]);
      return {
        header: [
          'Kategori',
          'Henvendelser',
          ...levelHeaders,
          ...caseOutcomes.map((outcome) => outcomeNamesDa[outcome]),
        ],
        rows: data.map((row) => [
          category(row.categoryKey),
          row.visits,
          ...row.levels,
          ...caseOutcomes.map((outcome) => row.outcomes[outcome]),
        ]),
      };
    }
    case 'level-mix': {
      const { data } = await stats.levelMix(manager, filter);
      return {
        header: ['Måned', 'Henvendelser', ...levelHeaders, 'Andel løst på niveau 1–2 (%)'],
        rows: data.map((row) => [row.month.slice(0, 7), row.visits, ...row.levels, percent(row.solvedLowLevelShare)]),
      };
    }
    case 'recommendation': {
      const { matrix } = await stats.recommendation(manager, filter);
      return {
        header: ['Anbefalet niveau', 'Givet niveau', 'Henvendelser'],
        rows: matrix.map((cell) => [cell.recommended, cell.given, cell.visits]),
      };
    }
    case 'referrals': {
      const { data } = await stats.referrals(manager, filter);
      return {
        header: ['Henvist til', 'Henvendelser'],
        rows: data.map((row) => [referralContacts[row.target].name, row.visits]),
      };
    }
    case 'guides': {
      const { data } = await stats.guides(manager, filter);
      return {
        header: ['Vejledning', 'Løste henvendelser', 'Alle henvendelser'],
        rows: data.map((row) => [row.guideSlug, row.solvedVisits, row.visits]),
      };
    }
    case 'branches': {
      const [{ data }, branch] = await Promise.all([
        stats.branchComparison(manager, filter),
        danishNames(manager, 'branches'),
      ]);
      return {
        header: [
          'Filial',
          'Henvendelser',
          'Løst på niveau 1–2 (%)',
          'Median minutter',
          'Gentagne (%)',
          'Henvisninger (%)',
        ],
        rows: data.map((row) => [
          branch(row.branchKey),
          row.visits,
          percent(row.solvedLowLevelShare),
          row.medianMinutes,
          percent(row.repeatVisitShare),
          percent(row.referralShare),
        ]),
      };
    }
  }
}

const caseHeader = [
  'Dato',
  'Klokkeslæt',
  'Filial',
  'Kanal',
  'Medarbejder',
  'Kategorier',
  'Anbefalet',
  'Givet niveau',
  'Udfald',
  'Henvist til',
  'Minutter',
  'Vejledninger',
  'Gentagen henvendelse',
  'Aldersgruppe',
];

/** Rows fetched per round trip when streaming the case export. */
const CASE_BATCH = 5000;

interface CaseExportRow {
  id: string;
  created_at: string;
  local_date: string;
  local_time: string;
  branch: string;
  channel: string;
  staff: string;
  categories: string;
  recommended_level: number | null;
  recommended_referral: ReferralTarget | null;
  recommended_not_permitted: boolean;
  level_given: number;
  outcome: (typeof caseOutcomes)[number];
  referral_target: ReferralTarget | null;
  minutes: number;
  guides: string;
  repeat_visit: boolean;
  age_band: string | null;
}

function caseLine(row: CaseExportRow): string {
  const recommended =
    row.recommended_level !== null
      ? `Niveau ${row.recommended_level}`
      : row.recommended_referral
        ? `Henvisning: ${referralContacts[row.recommended_referral].name}`
        : row.recommended_not_permitted
          ? 'Ikke tilladt'
          : null;
  return csvLine([
    row.local_date,
    row.local_time,
    row.branch,
    row.channel,
    row.staff,
    row.categories,
    recommended,
    row.level_given,
    outcomeNamesDa[row.outcome],
    row.referral_target ? referralContacts[row.referral_target].name : null,
    row.minutes,
    row.guides,
    row.repeat_visit,
    row.age_band,
  ]);
}

/**
 * The filtered cases, oldest first, WITHOUT the free text (note, reason for deviating, triage
 * answers). Streamed in batches by keyset, so a year of cases never sits in memory at once.
 */
async function streamCases(manager: EntityManager, filter: ResolvedFilter, response: Response): Promise<void> {
  response.write(CSV_BOM + csvLine(caseHeader));
  let after: { createdAt: string; id: string } | undefined;
  for (;;) {
    const params = new SqlParams();
    const where = caseWhere(filter, params);
    const keyset = after
      ? ` AND (c.created_at, c.id) > (${params.add(after.createdAt)}::timestamptz, ${params.add(after.id)}::uuid)`
      : '';
    const rows: CaseExportRow[] = await manager.query(
      `SELECT c.id, c.created_at::text AS created_at,
              to_char(c.created_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD') AS local_date,
              to_char(c.created_at AT TIME ZONE 'Europe/Copenhagen', 'HH24:MI') AS local_time,
              b.name_da AS branch, ch.name_da AS channel, s.display_name AS staff,
              (SELECT string_agg(cat.name_da, ', ' ORDER BY k.ordinality)
                 FROM unnest(c.category_keys) WITH ORDINALITY k(key, ordinality) JOIN categories cat ON cat.key = k.key) AS categories,
              c.recommended_level, c.recommended_referral, c.recommended_not_permitted, c.level_given, c.outcome,
              c.referral_target, c.minutes, array_to_string(c.guide_slugs, ', ') AS guides, c.repeat_visit, c.age_band
         FROM cases c
         JOIN branches b ON b.key = c.branch_key
         JOIN channels ch ON ch.key = c.channel_key
         JOIN staff_accounts s ON s.id = c.staff_id
        WHERE ${where}${keyset}
        ORDER BY c.created_at, c.id
        LIMIT ${CASE_BATCH}`,
      params.values,
    );
    if (rows.length > 0) response.write(rows.map(caseLine).join(''));
    if (rows.length < CASE_BATCH) break;
    const last = rows[rows.length - 1];
    after = { createdAt: last.created_at, id: last.id };
  }
  response.end();
}

/** Sends a table (or the cases) as a CSV download named after the table and the period. */
export async function sendCsv(
  manager: EntityManager,
  table: StatsTable,
  filter: ResolvedFilter,
  response: Response,
): Promise<void> {
  const name = csvFileName(['statistik', table, filter.range.from, filter.range.to]);
  response.setHeader('Content-Type', CSV_CONTENT_TYPE);
  response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  if (table === 'cases') return streamCases(manager, filter, response);
  const { header, rows } = await dashboardTable(manager, table, filter);
  response.send(toCsv(header, rows));
}
