// Grouped (or stacked) bars drawn with d3 scales; every style is an attribute so that the SVG
// exports as it is. Axis with ticks and unit, a legend, values on the bars.
import { grouped } from '../../i18n';
import { scaleBand, scaleLinear } from 'd3-scale';
import { EXPORT_FONT } from '../export/svg';

/** A group's value for a series, read as an own property: a series may be a proposal called `constructor`. */
const valueOf = (group: { values: Record<string, number | null> }, key: string) => (Object.hasOwn(group.values, key) ? group.values[key]! : null);

export interface Series {
  key: string;
  label: string;
  color: string;
}

export interface BarGroup {
  key: string;
  label: string;
  /** One value per series key (null: no bar). */
  values: Record<string, number | null>;
}

interface Props {
  groups: readonly BarGroup[];
  series: readonly Series[];
  unit: string;
  stacked?: boolean;
  /** A horizontal line across the chart, e.g. the 60% minimum. */
  reference?: { value: number; label: string };
  /** Words at the zero line (a chart of differences: "today 533"). */
  zeroLabel?: string;
  format?(value: number): string;
  /** The axis's numbers, where they read better than the bars' labels (a chart of differences). */
  tickFormat?(value: number): string;
  width?: number;
  height?: number;
}

const M = { top: 16, right: 16, bottom: 48, left: 64 };
const LEGEND_ROW = 18;

/** About how wide a text is at 11px: CJK characters one em, others a little over half. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\uffff]/.test(char) ? 11 : 6.2;
  return width;
}

/** The text in lines no wider than `room` pixels at 11px (a long proposal name is shown whole). */
function wrapLabel(text: string, room: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line !== '' && textWidth(line + char) > room) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  return [...lines, line];
}

/** The text, cut with an ellipsis where it would be wider than `room` pixels at 11px. */
export function fitLabel(text: string, room: number): string {
  if (textWidth(text) <= room) return text;
  let out = '';
  for (const char of text) {
    if (textWidth(`${out}${char}…`) > room) break;
    out += char;
  }
  return `${out}…`;
}

/** Legend entries placed in rows no wider than the chart; an entry wider than a row takes lines of its own. */
function legendLayout(series: readonly Series[], width: number): Array<{ x: number; row: number; lines: string[] }> {
  let x = 0;
  let row = 0;
  return series.map((s) => {
    const lines = wrapLabel(s.label, width - 28);
    const w = 14 + Math.max(...lines.map(textWidth)) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const place = { x, row, lines };
    if (lines.length > 1) {
      // a wrapped entry fills its rows: the next starts below it
      row += lines.length;
      x = 0;
    } else x += w;
    return place;
  });
}

// Long: scales, axes, bars and legend of one chart, drawn together.
export function BarChart({ groups, series, unit, stacked, reference, zeroLabel, format = grouped, tickFormat = format, width: requested, height: baseHeight = 300 }: Props) {
  const width = Math.max(requested ?? 560, M.left + M.right + groups.length * (stacked ? 56 : series.length * 22 + 24));
  const legend = legendLayout(series, width - M.left - 8);
  const legendRows = Math.max(...legend.map((l) => l.row + l.lines.length - 1), 0) + 1;
  const height = baseHeight + (legendRows - 1) * LEGEND_ROW;
  const innerW = width - M.left - M.right;
  const innerH = baseHeight - M.top - M.bottom;
  const totals = groups.flatMap((g) => {
    if (!stacked) return series.map((s) => valueOf(g, s.key) ?? 0);
    const positive = series.reduce((n, s) => n + Math.max(0, valueOf(g, s.key) ?? 0), 0);
    const negative = series.reduce((n, s) => n + Math.min(0, valueOf(g, s.key) ?? 0), 0);
    return [positive, negative];
  });
  const max = Math.max(0, reference?.value ?? 0, ...totals);
  const min = Math.min(0, ...totals);
  const y = scaleLinear().domain([min, max === min ? min + 1 : max]).nice().range([innerH, 0]);
  const x = scaleBand().domain(groups.map((g) => g.key)).range([0, innerW]).paddingInner(0.25).paddingOuter(0.1);
  const inner = scaleBand().domain(series.map((s) => s.key)).range([0, x.bandwidth()]).padding(0.08);
  const ticks = y.ticks(5);
  const legendY = baseHeight - 14;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontFamily={EXPORT_FONT} role="img">
      <g transform={`translate(${M.left},${M.top})`}>
        {ticks.map((tick) => (
          <g key={tick} transform={`translate(0,${y(tick)})`}>
            <line x1={0} x2={innerW} stroke={tick === 0 ? '#4b5868' : '#e8ebef'} />
            <text x={-8} dy="0.32em" textAnchor="end" fontSize={11} fill="#4b5868">{tickFormat(tick)}</text>
          </g>
        ))}
        <text transform={`translate(${-48},${innerH / 2}) rotate(-90)`} textAnchor="middle" fontSize={11} fill="#4b5868">{unit}</text>
        {groups.map((group) => {
          let up = 0;
          let down = 0;
          return (
            <g key={group.key} transform={`translate(${x(group.key)},0)`}>
              {series.map((s) => {
                const value = valueOf(group, s.key);
                if (value === null || value === undefined) return null;
                if (stacked) {
                  const from = value >= 0 ? up : down;
                  const to = from + value;
                  if (value >= 0) up = to;
                  else down = to;
                  const top = y(Math.max(from, to));
                  const h = Math.abs(y(from) - y(to));
                  return h <= 0 ? null : <rect key={s.key} x={0} y={top} width={x.bandwidth()} height={h} fill={s.color}><title>{`${s.label}: ${format(value)}`}</title></rect>;
                }
                const top = y(Math.max(0, value));
                const h = Math.abs(y(value) - y(0));
                return (
                  <g key={s.key}>
                    <rect x={inner(s.key)} y={top} width={inner.bandwidth()} height={Math.max(h, 0.5)} fill={s.color}>
                      <title>{`${s.label}: ${format(value)}`}</title>
                    </rect>
                    {inner.bandwidth() >= 18 && (
                      <text x={(inner(s.key) ?? 0) + inner.bandwidth() / 2} y={value >= 0 ? top - 4 : top + h + 12} textAnchor="middle" fontSize={10} fill="#1d2733">{format(value)}</text>
                    )}
                  </g>
                );
              })}
              {stacked && (
                <text x={x.bandwidth() / 2} y={y(up) - 4} textAnchor="middle" fontSize={10} fill="#1d2733">{format(up + down)}</text>
              )}
              <text x={x.bandwidth() / 2} y={innerH + 16} textAnchor="middle" fontSize={11} fill="#1d2733">{fitLabel(group.label, x.bandwidth() + (x.step() - x.bandwidth()) - 4)}</text>
            </g>
          );
        })}
        {zeroLabel && (
          <text x={innerW} y={y(0) + (y(0) > innerH - 14 ? -6 : 14)} textAnchor="end" fontSize={11} fontWeight={600} fill="#1d2733">{zeroLabel}</text>
        )}
        {reference && (
          <g transform={`translate(0,${y(reference.value)})`}>
            <line x1={0} x2={innerW} stroke="#b42318" strokeWidth={1.5} strokeDasharray="6 4" />
            <text x={innerW} y={-4} textAnchor="end" fontSize={11} fill="#b42318">{reference.label}</text>
          </g>
        )}
      </g>
      <g transform={`translate(${M.left},${legendY})`}>
        {series.map((s, i) => (
          <g key={s.key} transform={`translate(${legend[i]!.x},${legend[i]!.row * LEGEND_ROW})`}>
            <rect width={10} height={10} y={-9} fill={s.color} />
            <text x={14} fontSize={11} fill="#1d2733">
              {legend[i]!.lines.map((line, n) => (
                <tspan key={n} x={14} dy={n === 0 ? 0 : LEGEND_ROW}>{line}</tspan>
              ))}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
