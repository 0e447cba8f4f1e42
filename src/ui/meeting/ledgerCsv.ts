// The ledger as CSV rows: numbers as numbers, the staff split into admin and institutional,
// shares as percentages with one decimal.
import type { LedgerFigures, LedgerRow } from '../../app/meeting/ledger';
import { percent } from '../../i18n';
import type { Translate } from '../context';

export function ledgerCsvRows(rows: readonly LedgerRow[], t: Translate): Array<Array<string | number>> {
  const side = (f: LedgerFigures | null) =>
    f ? [f.bodies, f.internalBodies, f.admin, f.institutional, f.staff, f.leaderPosts, f.economicRatio === null ? '' : percent(f.economicRatio)] : ['', '', '', '', '', '', ''];
  const columns = (when: string) => [
    t('ledgerCsv.bodies', { when }), t('ledgerCsv.internalBodies', { when }), t('ledgerCsv.admin', { when }), t('ledgerCsv.institutional', { when }),
    t('ledgerCsv.staff', { when }), t('ledgerCsv.posts', { when }), t('ledgerCsv.ratio', { when }),
  ];
  return [
    [t('ledger.unit'), t('ledgerCsv.kind'), ...columns(t('state.baseline')), ...columns(t('panel.proposal')), t('ledgerCsv.staffChange')],
    ...rows.map((row) => [
      row.name, t(`kind.${row.kind}`), ...side(row.before), ...side(row.after),
      row.changes.staff ? row.changes.staff.delta : '',
    ]),
  ];
}
