// Today and every proposal side by side: one column each (data-compare-scenario), one row per
// figure, saving, rule count and economic share; the best proposal in each row marked, every
// difference from today signed.
import type { Report } from '../../engine';
import { grouped, percent } from '../../i18n';
import { BASELINE_ID, type Unit } from '../../model';
import { useT } from '../context';
import { type CompareRow, bestOf, compareRows } from './rows';

interface Props {
  report: Report;
  units: readonly Unit[];
}

const formatValue = (row: CompareRow, value: number | null) =>
  value === null ? '—' : row.kind === 'ratio' ? percent(value) : grouped(value);

function signedDiff(row: CompareRow, diff: number): string {
  if (diff === 0) return '±0';
  const text = row.kind === 'ratio' ? `${Math.round(Math.abs(diff) * 1000) / 10} pt` : grouped(Math.abs(diff));
  return `${diff > 0 ? '+' : '−'}${text}`;
}

export function stateColumns(report: Report) {
  return [
    { id: BASELINE_ID, name: '', metrics: report.baseline.metrics, violations: report.baseline.violations, savings: undefined },
    ...report.scenarios.map((s) => ({ id: s.id, name: s.name, metrics: s.metrics, violations: s.violations, savings: s.savings })),
  ];
}

export function CompareTable({ report, units }: Props) {
  const { t } = useT();
  const rows = compareRows(units);
  const columns = stateColumns(report);
  const proposals = columns.slice(1);
  const best = new Map(rows.map((row) => [row.key, bestOf(row, proposals.map((c) => row.value(c)))]));
  return (
    <div className="compare-table" role="table" aria-label={t('compare.tableTitle')} style={{ gridTemplateColumns: `minmax(220px, 300px) repeat(${columns.length}, minmax(150px, 1fr))` }}>
      <div className="compare-labels" role="rowgroup">
        <div className="compare-head" role="columnheader" />
        {rows.map((row) => (
          <div key={row.key} className={`compare-label group-${row.group}`} role="rowheader">
            {t(row.label as 'compare.ratioOf', (row.labelArgs ?? {}) as { unit: string })}
          </div>
        ))}
      </div>
      {columns.map((column, index) => (
        <div key={column.id} className={`compare-column${index === 0 ? ' is-baseline' : ''}`} data-compare-scenario={column.id} role="rowgroup">
          <div className="compare-head" role="columnheader" title={column.name}>
            {index === 0 ? t('state.baseline') : column.name}
          </div>
          {rows.map((row) => {
            const value = row.value(column);
            if (row.savingsOnly && index === 0) return <div key={row.key} className={`compare-cell group-${row.group}`} role="cell">—</div>;
            const before = row.value(columns[0]!);
            const isBest = index > 0 && value !== null && best.get(row.key) === value;
            const hook =
              row.hook.kind === 'metric'
                ? { 'data-metric': row.hook.path }
                : row.hook.kind === 'saving'
                  ? { 'data-saving': row.hook.path }
                  : { 'data-count': row.hook.path };
            return (
              <div key={row.key} className={`compare-cell group-${row.group}${isBest ? ' best' : ''}`} role="cell">
                <span {...hook} data-value={value === null ? 'null' : value}>{formatValue(row, value)}</span>
                {isBest && <span className="best-mark" title={t('compare.best')} aria-label={t('compare.best')}>★</span>}
                {index > 0 && !row.savingsOnly && value !== null && before !== null && (
                  <span className={`diff ${diffTone(row, value - before)}`}>{signedDiff(row, value - before)}</span>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}

function diffTone(row: CompareRow, diff: number): string {
  if (diff === 0) return 'zero';
  const good = row.better === 'lower' ? diff < 0 : diff > 0;
  return good ? 'good' : 'bad';
}
