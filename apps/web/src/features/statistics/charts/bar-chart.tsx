import { use, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { StatsLayoutContext } from '../stats-layout';
import {
  countAxis,
  labelSteps,
  shareAxis,
  stackSegments,
  type LabelSteps,
  type Segment,
  type ValueAxis,
} from './chart-scale';
import './bar-chart.css';

/** One stacked part of every bar: a help level, or the only series of a single-series chart. */
export interface ChartSeries {
  name: string;
  /** Any CSS colour; a design token as `var(--color-…)`. */
  colour: string;
}

/** One bar: a month, a category, a branch. `values` has one number per series. */
export interface ChartBar {
  key: string;
  /** On the axis. */
  label: string;
  /** In the hover tip, when it says more than the axis label ("december 2026 (delvis)"). */
  name?: string;
  values: readonly number[];
  /** Not a whole period: drawn faint with a dashed outline, so a running month never looks like a fall. */
  partial?: boolean;
}

/** What the value axis measures: counts, or each bar as shares of its total. */
export interface ValueScale {
  title: string;
  format: (value: number) => string;
  share?: boolean;
}

interface BarChartProps {
  bars: readonly ChartBar[];
  series: readonly ChartSeries[];
  value: ValueScale;
}

/*
 * The charts are SVG in axis units — columns scaled by a viewBox (`preserveAspectRatio="none"`),
 * rows drawn in percent — so they take any width without measuring it and cost one render, with no
 * resize listener; outlines keep 1 px at every size (`vector-effect`). Texts are HTML placed in
 * percent beside the SVG, so they keep the page's font size on a phone and on paper instead of
 * shrinking with the drawing.
 */

function axisOf(bars: readonly ChartBar[], value: ValueScale): ValueAxis {
  if (value.share) return shareAxis;
  return countAxis(Math.max(0, ...bars.map((bar) => bar.values.reduce((sum, count) => sum + count, 0))));
}

/** Where a text sits along an axis (0–1): centred on its point; at either end of the axis, inside it. */
function placedAt(fraction: number, along: 'x' | 'y'): CSSProperties {
  const percent = `${fraction * 100}%`;
  if (along === 'y') return { bottom: percent };
  const shift = fraction === 0 ? '0' : fraction === 1 ? '-100%' : '-50%';
  return { left: percent, transform: `translateX(${shift})` };
}

/** Which chart widths a time label is shown at (the stylesheet hides it on narrower ones). */
function labelClass(index: number, steps: LabelSteps) {
  if (index % steps.narrow === 0) return undefined;
  return index % steps.medium === 0 ? 'bar-chart__label--medium-up' : 'bar-chart__label--wide-only';
}

/** The hover tip of one segment: "nov. 26 – Niveau 2: 1.234". */
function tipOf(bar: ChartBar, segment: Segment, series: readonly ChartSeries[], value: ValueScale) {
  const count = bar.values[segment.series] ?? 0;
  const seriesName = series.length > 1 ? ` – ${series[segment.series]?.name}` : '';
  return `${bar.name ?? bar.label}${seriesName}: ${value.format(count)}`;
}

/** The colours and what they mean; a dashed swatch for partial periods when the chart has any. */
function ChartLegend({ series, partial }: { series: readonly ChartSeries[]; partial: boolean }) {
  const { t } = useTranslation();
  const entries = [
    ...(series.length > 1 ? series.map((entry) => ({ ...entry, partial: false })) : []),
    ...(partial ? [{ name: t('statistics.chart.partial'), colour: series[0]?.colour ?? '', partial: true }] : []),
  ];
  if (entries.length === 0) return null;
  return (
    <ul className="bar-chart__legend">
      {entries.map((entry) => (
        <li key={entry.name}>
          <svg aria-hidden="true" className="bar-chart__swatch" viewBox="0 0 14 14" width="14" height="14">
            <rect
              className={entry.partial ? 'bar-chart__bar--partial' : undefined}
              x="0.5"
              y="0.5"
              width="13"
              height="13"
              style={{ fill: entry.colour }}
            />
          </svg>
          {entry.name}
        </li>
      ))}
    </ul>
  );
}

/** Of each column's slot, the share left empty on either side. */
const BAR_GAP = 0.15;

/** Bars standing on a time axis (months, weeks or days), stacked when there are several series. */
export function ColumnChart({ bars, series, value, timeTitle }: BarChartProps & { timeTitle: string }) {
  // The report's charts are lower, with the legend beside them (the stylesheet sets their height).
  const onReport = use(StatsLayoutContext) === 'report';
  const axis = axisOf(bars, value);
  const steps = labelSteps(bars.length);
  const slots = bars.length;
  return (
    <figure className={onReport ? 'bar-chart bar-chart--columns bar-chart--compact' : 'bar-chart bar-chart--columns'}>
      <p className="bar-chart__value-title">{value.title}</p>
      <div className="bar-chart__grid">
        <div className="bar-chart__value-ticks">
          {axis.ticks.map((tick) => (
            <span key={tick} style={placedAt(tick / axis.top, 'y')}>
              {value.format(tick)}
            </span>
          ))}
        </div>
        <svg
          aria-hidden="true"
          className="bar-chart__plot"
          viewBox={`0 0 ${slots} ${axis.top}`}
          preserveAspectRatio="none"
          width="100%"
        >
          {axis.ticks.map((tick) => (
            <line
              key={tick}
              className={tick === 0 ? 'bar-chart__baseline' : 'bar-chart__gridline'}
              x1="0"
              x2={slots}
              y1={axis.top - tick}
              y2={axis.top - tick}
            />
          ))}
          {bars.map((bar, index) =>
            stackSegments(bar.values, value.share).map((segment) => (
              <rect
                key={`${bar.key}-${segment.series}`}
                className={bar.partial ? 'bar-chart__bar bar-chart__bar--partial' : 'bar-chart__bar'}
                x={index + BAR_GAP}
                width={1 - 2 * BAR_GAP}
                y={axis.top - segment.end}
                height={segment.end - segment.start}
                style={{ fill: series[segment.series]?.colour }}
              >
                <title>{tipOf(bar, segment, series, value)}</title>
              </rect>
            )),
          )}
        </svg>
        <div className="bar-chart__time-labels">
          {bars.map((bar, index) =>
            index % steps.wide === 0 ? (
              <span key={bar.key} className={labelClass(index, steps)} style={placedAt((index + 0.5) / slots, 'x')}>
                {bar.label}
              </span>
            ) : null,
          )}
        </div>
        <p className="bar-chart__time-title">{timeTitle}</p>
      </div>
      <ChartLegend series={series} partial={bars.some((bar) => bar.partial)} />
    </figure>
  );
}

/** A row's bar is as thick on a one-line name as on a name wrapped over three lines. */
const ROW_BAR_THICKNESS = 18;

const percentOf = (value: number, axis: ValueAxis) => `${(value / axis.top) * 100}%`;

/**
 * Bars lying along one row each (categories, branches, referral targets), named at the left. Each
 * row's SVG is drawn in percent of its width, not scaled by a viewBox, so bars keep their thickness
 * however tall a wrapped name makes the row.
 */
export function RowChart({ bars, series, value }: BarChartProps) {
  const axis = axisOf(bars, value);
  return (
    <figure className="bar-chart bar-chart--rows">
      <div className="bar-chart__rows">
        <p className="bar-chart__value-title">{value.title}</p>
        {bars.map((bar) => (
          <div className="bar-chart__row" key={bar.key}>
            <span className="bar-chart__row-label">{bar.label}</span>
            <div className="bar-chart__track">
              <svg aria-hidden="true" width="100%" height="100%">
                {axis.ticks.map((tick) => (
                  <line
                    key={tick}
                    className={tick === 0 ? 'bar-chart__baseline' : 'bar-chart__gridline'}
                    x1={percentOf(tick, axis)}
                    x2={percentOf(tick, axis)}
                    y1="0"
                    y2="100%"
                  />
                ))}
                {stackSegments(bar.values, value.share).map((segment) => (
                  <rect
                    key={segment.series}
                    className="bar-chart__bar"
                    x={percentOf(segment.start, axis)}
                    width={percentOf(segment.end - segment.start, axis)}
                    y="50%"
                    height={ROW_BAR_THICKNESS}
                    transform={`translate(0 ${-ROW_BAR_THICKNESS / 2})`}
                    style={{ fill: series[segment.series]?.colour }}
                  >
                    <title>{tipOf(bar, segment, series, value)}</title>
                  </rect>
                ))}
              </svg>
            </div>
          </div>
        ))}
        <div className="bar-chart__value-ticks">
          {axis.ticks.map((tick, index) => (
            <span
              key={tick}
              className={index % 2 === 0 ? undefined : 'bar-chart__label--wide-only'}
              style={placedAt(tick / axis.top, 'x')}
            >
              {value.format(tick)}
            </span>
          ))}
        </div>
      </div>
      <ChartLegend series={series} partial={false} />
    </figure>
  );
}
