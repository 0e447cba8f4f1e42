// 瘦身台账: each zone and office, and each other unit the proposal touches, today → proposal, with
// the change in words. SPEC §12: each row is data-ledger-unit and holds data-metric /
// data-baseline-metric elements named bodies, internalBodies, staff and leaderPosts.
import type { LedgerCount, LedgerRow } from '../../app/meeting';
import { grouped, percent } from '../../i18n';
import { useT } from '../context';
import { Delta, type Measure, RatioDelta } from './Delta';
import { useViewsText } from './useViewsText';

const COLUMNS: ReadonlyArray<{ key: Extract<LedgerCount, 'bodies' | 'internalBodies' | 'staff' | 'leaderPosts'>; label: 'ledger.bodies' | 'ledger.internalBodies' | 'ledger.staff' | 'ledger.leaderPosts'; measure: Measure }> = [
  { key: 'bodies', label: 'ledger.bodies', measure: 'bodies' },
  { key: 'internalBodies', label: 'ledger.internalBodies', measure: 'bodies' },
  { key: 'staff', label: 'ledger.staff', measure: 'people' },
  { key: 'leaderPosts', label: 'ledger.leaderPosts', measure: 'posts' },
];

/** "14→8", or "14" where it did not change (or one side has none). */
const pair = (before: number | undefined, after: number | undefined): string =>
  before === undefined ? grouped(after ?? 0) : after === undefined || after === before ? grouped(before) : `${grouped(before)}→${grouped(after)}`;

interface Props {
  rows: readonly LedgerRow[];
  /** Without hooks: a copy measured off screen (the hooks of SPEC §12 stay unique on the page). */
  hooks?: boolean;
  className?: string;
}

export function LedgerTable({ rows, hooks = true, className }: Props) {
  const { t } = useT();
  const { v } = useViewsText();
  if (rows.length === 0) return <p className="all-clear">{v('ledger.none')}</p>;
  return (
    <table className={`ledger-table${className ? ` ${className}` : ''}`}>
      <thead>
        <tr>
          <th scope="col">{v('ledger.unit')}</th>
          {COLUMNS.map((c) => <th key={c.key} scope="col" className="num">{v(c.label)}</th>)}
          <th scope="col" className="num">{v('ledger.ratio')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.unitId} {...(hooks ? { 'data-ledger-unit': row.unitId } : {})} data-page-item="">
            <th scope="row" className="ledger-unit">
              <span className="ledger-name">{row.name}</span>
              {row.nameBefore && <span className="ledger-sub">{v('ledger.renamed', { name: row.nameBefore })}</span>}
              {!row.before && <span className="ledger-sub">{v('ledger.added')}</span>}
              {!row.after && <span className="ledger-sub">{v('ledger.removed')}</span>}
            </th>
            {COLUMNS.map((c) => {
              const before = row.before?.[c.key];
              const after = row.after?.[c.key];
              const change = row.changes[c.key];
              return (
                <td key={c.key} className="num">
                  <span className="ledger-values">
                    {before === undefined ? (
                      <span className="ledger-absent">{v('ledger.absent')}</span>
                    ) : (
                      <span {...(hooks ? { 'data-baseline-metric': c.key, 'data-value': before } : {})}>{grouped(before)}</span>
                    )}
                    <span className="ledger-arrow" aria-hidden="true">→</span>
                    {after === undefined ? (
                      <span className="ledger-absent">{v('ledger.absent')}</span>
                    ) : (
                      <strong {...(hooks ? { 'data-metric': c.key, 'data-value': after } : {})}>{grouped(after)}</strong>
                    )}
                  </span>
                  {c.key === 'staff' && (row.after ?? row.before) && (
                    <span className="ledger-sub">{v('ledger.split', { admin: pair(row.before?.admin, row.after?.admin), institutional: pair(row.before?.institutional, row.after?.institutional) })}</span>
                  )}
                  {change && <Delta change={change} measure={c.measure} />}
                </td>
              );
            })}
            <td className="num">
              {row.before?.economicRatio == null && row.after?.economicRatio == null ? (
                <span className="ledger-absent">—</span>
              ) : (
                <>
                  <span className="ledger-values">
                    <span>{row.before?.economicRatio == null ? '—' : percent(row.before.economicRatio)}</span>
                    <span className="ledger-arrow" aria-hidden="true">→</span>
                    <strong>{row.after?.economicRatio == null ? '—' : percent(row.after.economicRatio)}</strong>
                  </span>
                  <RatioDelta before={row.before?.economicRatio ?? null} after={row.after?.economicRatio ?? null} />
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
