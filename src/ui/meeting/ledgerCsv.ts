// The ledger as CSV rows: numbers as numbers, the staff split into admin and institutional,
// shares as percentages with one decimal.
import type { LedgerFigures, LedgerRow } from '../../app/meeting';
import { percent } from '../../i18n';
import type { Translate } from '../context';
import type { ViewsTranslate } from './useViewsText';

export function ledgerCsvRows(rows: readonly LedgerRow[], t: Translate, v: ViewsTranslate): Array<Array<string | number>> {
  const side = (f: LedgerFigures | null) =>
    f ? [f.bodies, f.internalBodies, f.admin, f.institutional, f.staff, f.leaderPosts, f.economicRatio === null ? '' : percent(f.economicRatio)] : ['', '', '', '', '', '', ''];
  const columns = (when: string) => [
    v('ledgerCsv.bodies', { when }), v('ledgerCsv.internalBodies', { when }), v('ledgerCsv.admin', { when }), v('ledgerCsv.institutional', { when }),
    v('ledgerCsv.staff', { when }), v('ledgerCsv.posts', { when }), v('ledgerCsv.ratio', { when }),
  ];
  return [
    [v('ledger.unit'), v('ledgerCsv.kind'), ...columns(t('state.baseline')), ...columns(t('panel.proposal')), v('ledgerCsv.staffChange')],
    ...rows.map((row) => [
      row.name, t(`kind.${row.kind}`), ...side(row.before), ...side(row.after),
      row.changes.staff ? row.changes.staff.delta : '',
    ]),
  ];
}
