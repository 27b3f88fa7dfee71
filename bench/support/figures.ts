/**
 * One measured figure, as written to bench/results/latest.json: the value, the in-run baseline it
 * is compared with (null when there is none), their ratio, the target from the issue and whether it
 * is met, and the 1-minute load average while it was measured (the machine is shared).
 */
export interface Figure {
  /** `<group>: <what>`, stable between runs so figures can be compared over time. */
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  /** value / baseline. */
  ratio: number | null;
  /** `value < 15`, `ratio >= 0.65` …; null when the issue sets none. */
  target: string | null;
  met: boolean | null;
  loadAverage: number;
}

const comparisons = {
  '<': (a: number, b: number) => a < b,
  '<=': (a: number, b: number) => a <= b,
  '>': (a: number, b: number) => a > b,
  '>=': (a: number, b: number) => a >= b,
} as const;
type Comparison = keyof typeof comparisons;

const targetPattern = /^(value|ratio) (<=|>=|<|>) (-?\d+(?:\.\d+)?)$/;

/** Whether `target` holds for a figure's value and ratio (a missing ratio never meets a ratio target). */
export function meets(target: string, value: number, ratio: number | null): boolean {
  const match = targetPattern.exec(target);
  if (!match) throw new Error(`target "${target}" is not of the form "value|ratio <|<=|>|>= number"`);
  const measured = match[1] === 'value' ? value : ratio;
  if (measured === null || !Number.isFinite(measured)) return false;
  return comparisons[match[2] as Comparison](measured, Number(match[3]));
}

/** Three significant figures: enough for a benchmark, and keeps latest.json small and readable. */
export function round(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(3));
}

export function figure(options: {
  name: string;
  value: number;
  unit: string;
  baseline?: number | null;
  target?: string | null;
  loadAverage: number;
}): Figure {
  const baseline = options.baseline ?? null;
  const ratio = baseline === null || baseline === 0 ? null : options.value / baseline;
  const target = options.target ?? null;
  return {
    name: options.name,
    value: round(options.value),
    unit: options.unit,
    baseline: baseline === null ? null : round(baseline),
    ratio: ratio === null ? null : round(ratio),
    target,
    // Judged on the unrounded numbers, so rounding never flips a verdict.
    met: target === null ? null : meets(target, options.value, ratio),
    loadAverage: Number(options.loadAverage.toFixed(2)),
  };
}

export const groupOf = (name: string): string => name.slice(0, name.indexOf(':'));

/**
 * The record after a run of some groups: the previous figures of the groups that did not run stay
 * (so `npm run bench -- search` updates only the search figures), the new ones replace the rest.
 * Ordered by the order in which groups are listed.
 */
export function mergeFigures(previous: Figure[], fresh: Figure[], groupOrder: string[]): Figure[] {
  const ran = new Set(fresh.map((f) => groupOf(f.name)));
  const kept = previous.filter((f) => !ran.has(groupOf(f.name)));
  const rank = (f: Figure) => {
    const index = groupOrder.indexOf(groupOf(f.name));
    return index === -1 ? groupOrder.length : index;
  };
  // Array.prototype.sort is stable: within a group the figures keep the order they were measured in.
  return [...kept, ...fresh].sort((a, b) => rank(a) - rank(b));
}

/** latest.json: one figure per line, so a rerun's diff shows exactly the figures that changed. */
export function recordJson(figures: Figure[]): string {
  return `[\n${figures.map((f) => `  ${JSON.stringify(f)}`).join(',\n')}\n]\n`;
}

const show = (n: number | null) => (n === null ? '—' : n.toLocaleString('en', { maximumFractionDigits: 3 }));
const verdict = (met: boolean | null) => (met === null ? '' : met ? 'met' : 'MISSED');

/** A Markdown table: readable on stdout and pasted as is into docs/PERFORMANCE.md. */
export function summaryTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${show(f.value)} ${f.unit}`,
    show(f.baseline),
    show(f.ratio),
    f.target ?? '',
    verdict(f.met),
    show(f.loadAverage),
  ]);
  const header = ['figure', 'value', 'baseline', 'ratio', 'target', 'met', 'load avg'];
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
