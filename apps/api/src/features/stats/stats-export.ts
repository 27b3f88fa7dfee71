import type { Response } from 'express';
import type { EntityManager } from 'typeorm';
import { caseOutcomes, helpLevelNames, helpLevels, type StatsTable } from '@digihjaelp/contract';
import { referralContacts } from '@digihjaelp/triage';
import { csvFileName, csvLine, CSV_BOM, CSV_CONTENT_TYPE, toCsv, type CsvValue } from './csv';
import {
  readCaseExportBatch,
  readListNames,
  type CaseExportCursor,
  type CaseExportRow,
  type ListTable,
} from './stats.queries';
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

async function danishNames(manager: EntityManager, table: ListTable) {
  const names = new Map((await readListNames(manager, table)).map((row) => [row.key, row.nameDa]));
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
        header: [
          'Nøgletal',
          'Perioden',
          'Forrige periode',
          'Ændring',
          'Samme periode sidste år',
          'Ændring fra sidste år',
        ],
        rows: rows.map(([label, name, share]) => {
          const figure = figures[name];
          return [
            label,
            value(figure.current, share),
            value(figure.previous, share),
            value(figure.change, share),
            value(figure.lastYear, share),
            value(figure.changeFromLastYear, share),
          ];
        }),
      };
    }
    case 'visits-over-time': {
      const { data, bucket } = await stats.visitsOverTime(manager, filter);
      const label = { day: 'Dag', week: 'Uge (mandag)', month: 'Måned' }[bucket];
      return {
        header: [label, 'Henvendelser', 'Hel periode'],
        rows: data.map((row) => [row.start, row.visits, row.partial ? 'nej (delvis)' : 'ja']),
      };
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
        header: ['Måned', 'Henvendelser', ...levelHeaders, 'Andel løst på niveau 1–2 (%)', 'Hel måned'],
        rows: data.map((row) => [
          row.month.slice(0, 7),
          row.visits,
          ...row.levels,
          percent(row.solvedLowLevelShare),
          row.partial ? 'nej (delvis)' : 'ja',
        ]),
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

function caseLine(row: CaseExportRow): string {
  const recommended =
    row.recommendedLevel !== null
      ? `Niveau ${row.recommendedLevel}`
      : row.recommendedReferral
        ? `Henvisning: ${referralContacts[row.recommendedReferral].name}`
        : row.recommendedNotPermitted
          ? 'Ikke tilladt'
          : null;
  return csvLine([
    row.localDate,
    row.localTime,
    row.branch,
    row.channel,
    row.staff,
    row.categories,
    recommended,
    row.levelGiven,
    outcomeNamesDa[row.outcome],
    row.referralTarget ? referralContacts[row.referralTarget].name : null,
    row.minutes,
    row.guides,
    row.repeatVisit,
    row.ageBand,
  ]);
}

/**
 * The filtered cases, oldest first, WITHOUT the free text (note, reason for deviating, triage
 * answers). Streamed in batches by keyset, so a year of cases never sits in memory at once.
 */
async function streamCases(manager: EntityManager, filter: ResolvedFilter, response: Response): Promise<void> {
  response.write(CSV_BOM + csvLine(caseHeader));
  let after: CaseExportCursor | undefined;
  for (;;) {
    const rows = await readCaseExportBatch(manager, filter, after, CASE_BATCH);
    if (rows.length > 0) response.write(rows.map(caseLine).join(''));
    const last = rows.at(-1);
    if (!last || rows.length < CASE_BATCH) break;
    after = { createdAt: last.createdAt, id: last.id };
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
