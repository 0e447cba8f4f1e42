// The ledger in the side panel's width: one block per unit, its figures today → in the proposal
// with the change in words, on lines that wrap. The same hooks as the table (SPEC §12).
import type { LedgerRow } from '../../app/meeting';
import { grouped, percent } from '../../i18n';
import { useT } from '../context';
import { Delta, type Measure, RatioDelta } from './Delta';
import { useViewsText } from './useViewsText';

const FIGURES: ReadonlyArray<{ key: 'bodies' | 'internalBodies' | 'staff' | 'leaderPosts'; label: 'ledger.bodies' | 'ledger.internalBodies' | 'story.staff' | 'ledger.leaderPosts'; measure: Measure }> = [
  { key: 'bodies', label: 'ledger.bodies', measure: 'bodies' },
  { key: 'internalBodies', label: 'ledger.internalBodies', measure: 'bodies' },
  { key: 'staff', label: 'story.staff', measure: 'people' },
  { key: 'leaderPosts', label: 'ledger.leaderPosts', measure: 'posts' },
];

const pair = (before: number | undefined, after: number | undefined): string =>
  before === undefined ? grouped(after ?? 0) : after === undefined || after === before ? grouped(before) : `${grouped(before)}→${grouped(after)}`;

export function LedgerList({ rows }: { rows: readonly LedgerRow[] }) {
  const { t } = useT();
  const { v } = useViewsText();
  if (rows.length === 0) return <p className="all-clear">{v('ledger.none')}</p>;
  return (
    <ul className="ledger-list">
      {rows.map((row) => (
        <li key={row.unitId} data-ledger-unit={row.unitId}>
          <div className="ledger-list-name">
            {row.name}
            {row.nameBefore && <span className="ledger-sub">{v('ledger.renamed', { name: row.nameBefore })}</span>}
            {!row.before && <span className="ledger-sub">{v('ledger.added')}</span>}
            {!row.after && <span className="ledger-sub">{v('ledger.removed')}</span>}
          </div>
          <div className="ledger-list-figures">
            {FIGURES.map(({ key, label, measure }) => {
              const change = row.changes[key];
              return (
                <span key={key} className="ledger-list-figure">
                  <span className="ledger-list-label">{v(label)}</span>
                  {row.before ? <span data-baseline-metric={key} data-value={row.before[key]}>{grouped(row.before[key])}</span> : <span className="ledger-absent">{v('ledger.absent')}</span>}
                  <span className="ledger-arrow" aria-hidden="true">→</span>
                  {row.after ? <strong data-metric={key} data-value={row.after[key]}>{grouped(row.after[key])}</strong> : <span className="ledger-absent">{v('ledger.absent')}</span>}
                  {change && <Delta change={change} measure={measure} />}
                  {key === 'staff' && (row.before ?? row.after) && (
                    <span className="ledger-sub">{v('ledger.split', { admin: pair(row.before?.admin, row.after?.admin), institutional: pair(row.before?.institutional, row.after?.institutional) })}</span>
                  )}
                </span>
              );
            })}
            {(row.before?.economicRatio != null || row.after?.economicRatio != null) && (
              <span className="ledger-list-figure">
                <span className="ledger-list-label">{v('ledger.ratio')}</span>
                <span>{row.before?.economicRatio == null ? '—' : percent(row.before.economicRatio)}</span>
                <span className="ledger-arrow" aria-hidden="true">→</span>
                <strong>{row.after?.economicRatio == null ? '—' : percent(row.after.economicRatio)}</strong>
                <RatioDelta before={row.before?.economicRatio ?? null} after={row.after?.economicRatio ?? null} />
              </span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
