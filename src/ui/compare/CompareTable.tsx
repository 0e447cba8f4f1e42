// Today and every proposal side by side: one column each (data-compare-scenario), one row per
// figure, the zones' own sums, the rule counts and each zone's economic share. One convention for
// the whole table, said in its caption: each proposal's value, and under it the change from today
// in words. ★ marks a value better than today's and the best of the proposals. Headers wrap; a name
// too long for a header is shortened in the middle and given whole in the list under the table.
import type { Report } from '../../engine';
import { grouped, percent } from '../../i18n';
import { BASELINE_ID, type Unit } from '../../model';
import { useT } from '../context';
import { Delta, RatioDelta } from '../meeting/Delta';
import { figureChange } from '../../app/meeting';
import { shortenMiddle } from '../text';
import { BASELINE_COLOR, proposalColor } from './palette';
import { type CompareColumn, type CompareRow, bestOf, compareRows, rowName } from './rows';
import { useViewsText } from '../meeting/useViewsText';

interface Props {
  report: Report;
  units: readonly Unit[];
}

const formatValue = (row: CompareRow, value: number | null) => (value === null ? '—' : row.kind === 'ratio' ? percent(value) : grouped(value));

/** Names longer than this (in ems) are shortened in the table's headers. */
const HEADER_EMS = 30;

export function stateColumns(report: Report): CompareColumn[] {
  return [
    { id: BASELINE_ID, name: '', metrics: report.baseline.metrics, violations: report.baseline.violations, savings: undefined },
    ...report.scenarios.map((s) => ({ id: s.id, name: s.name, metrics: s.metrics, violations: s.violations, savings: s.savings })),
  ];
}

export function CompareTable({ report, units }: Props) {
  const { t } = useT();
  const { v } = useViewsText();
  const rows = compareRows(units);
  const columns = stateColumns(report);
  const proposals = columns.slice(1);
  const best = new Map(rows.map((row) => [row.key, bestOf(row, row.value(columns[0]!), proposals.map((c) => row.value(c)))]));
  const shortened = proposals.filter((c) => shortenMiddle(c.name, HEADER_EMS) !== c.name);
  return (
    <>
      <p className="table-caption">{v('compareTable.caption')}</p>
      <div className="compare-scroll">
        <div className="compare-table" role="table" aria-label={t('compare.tableTitle')} style={{ gridTemplateColumns: `minmax(140px, 1.3fr) repeat(${columns.length}, minmax(108px, 1fr))` }}>
          <div className="compare-labels" role="rowgroup">
            <div className="compare-head" role="columnheader" />
            {rows.map((row) => (
              <div key={row.key} className={`compare-label group-${row.group}${row.strong ? ' strong' : ''}`} role="rowheader" title={rowName(row, t, v)}>
                {/* a unit's long name shortened in the middle: two lines at most, whole on hover */}
                {rowName(row, t, v, shortenMiddle(row.labelArgs?.unit ?? '', 14))}
              </div>
            ))}
          </div>
          {columns.map((column, index) => (
            <div key={column.id} className={`compare-column${index === 0 ? ' is-baseline' : ''}`} data-compare-scenario={column.id} role="rowgroup">
              <div className="compare-head" role="columnheader" title={column.name || undefined}>
                <span className="swatch" style={{ background: index === 0 ? BASELINE_COLOR : proposalColor(index - 1) }} aria-hidden="true" />
                <span>{index === 0 ? t('state.baseline') : shortenMiddle(column.name, HEADER_EMS)}</span>
              </div>
              {rows.map((row) => {
                const value = row.value(column);
                const before = row.value(columns[0]!);
                const isBest = index > 0 && value !== null && best.get(row.key) === value;
                const hook = row.hook ? (row.hook.kind === 'metric' ? { 'data-metric': row.hook.path } : { 'data-count': row.hook.path }) : {};
                return (
                  <div key={row.key} className={`compare-cell group-${row.group}${isBest ? ' best' : ''}${row.strong ? ' strong' : ''}`} role="cell">
                    <span className="compare-value">
                      <span {...hook} data-value={value === null ? 'null' : value}>{formatValue(row, value)}</span>
                      {isBest && <span className="best-mark" title={t('compare.best')} aria-label={t('compare.best')}>★</span>}
                    </span>
                    {index > 0 && value !== null && before !== null && (
                      <span className={`compare-change ${tone(row, value - before)}`}>
                        {row.kind === 'ratio' ? (
                          <RatioDelta before={before} after={value} />
                        ) : (
                          <Delta change={figureChange(before, value)} measure={row.measure} hook={row.saving && column.savings ? { 'data-saving': row.saving, 'data-value': column.savings[row.saving] } : undefined} />
                        )}
                      </span>
                    )}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      </div>
      {shortened.length > 0 && (
        <ol className="compare-names">
          {proposals.map((c, i) => (
            <li key={c.id}>
              <span className="swatch" style={{ background: proposalColor(i) }} aria-hidden="true" />
              {c.name}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function tone(row: CompareRow, diff: number): string {
  if (diff === 0 || row.better === 'neither') return 'zero';
  const good = row.better === 'lower' ? diff < 0 : diff > 0;
  return good ? 'good' : 'bad';
}
