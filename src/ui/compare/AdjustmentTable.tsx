// 调整对照表: each changed bureau, its old name beside the new, where it was and where it goes,
// staff (admin · institutional) and posts before and after, the document numbers and, on screen,
// the notes (说明) in full; under the documents, who proposed the changes (format version 2 `by`).
import type { AdjustmentRow } from '../../engine';
import type { Unit } from '../../model';
import { useT } from '../context';
import { type ViewsTranslate, useViewsText } from '../meeting/useViewsText';
import { ProposedBy } from '../status/ProposedBy';

type Staff = { admin: number; institutional: number } | undefined;
const staffText = (s: Staff) => (s ? String(s.admin + s.institutional) : '—');
const splitText = (s: Staff) => (s ? `${s.admin} · ${s.institutional}` : '—');

interface Props {
  rows: readonly AdjustmentRow[];
  units: ReadonlyMap<string, Unit>;
  /** On slides: no notes column, smaller type. */
  compact?: boolean;
  /** Only these rows (a page of a slide). */
  range?: [number, number];
  /** Without hooks: the copy measured off screen. */
  hooks?: boolean;
}

export function AdjustmentTable({ rows, units, compact, range, hooks = true }: Props) {
  const { t } = useT();
  const { v } = useViewsText();
  const unitName = (id: string | undefined) => (id === undefined ? '—' : units.get(id)?.name ?? id);
  if (rows.length === 0) return <p className="all-clear">{t('adjust.none')}</p>;
  const shown = range ? rows.slice(range[0], range[1]) : rows;
  // the admin · institutional split where a row has institutional staff (elsewhere the total is the admin staff)
  const split = (r: AdjustmentRow) => (r.staffBefore?.institutional ?? 0) > 0 || (r.staffAfter?.institutional ?? 0) > 0;
  return (
    <table className={`adjust-table${compact ? ' compact' : ''}`} data-adjustment-table="">
      <thead>
        <tr>
          <th>{t('adjust.bureau')}</th>
          <th>{t('adjust.change')}</th>
          <th>{t('adjust.from')}</th>
          <th>{t('adjust.to')}</th>
          <th className="num">{t('adjust.staff')}</th>
          <th className="num">{t('adjust.posts')}</th>
          <th>{t('adjust.doc')}</th>
          {!compact && <th>{v('adjustTable.notes')}</th>}
        </tr>
      </thead>
      <tbody>
        {shown.map((row, index) => (
          <tr key={`${row.bureau}-${index}`} {...(hooks ? { 'data-adjustment-bureau': row.bureau } : {})} data-page-item="">
            <td>
              {row.nameBefore ? (
                <>
                  <span className="old-name">{row.nameBefore}</span> <span aria-hidden="true">→</span> {row.name}
                </>
              ) : (
                row.name
              )}
            </td>
            <td><span className={`change-badge change-${row.change}`}>{t(`bureauChange.${row.change}` as 'bureauChange.moved')}</span></td>
            <td>{unitName(row.unitBefore)}</td>
            <td>{unitName(row.unitAfter)}</td>
            <td className="num">
              {staffText(row.staffBefore)} → {staffText(row.staffAfter)}
              {split(row) && <span className="cell-sub">{v('adjustTable.split', { before: splitText(row.staffBefore), after: splitText(row.staffAfter) })}</span>}
            </td>
            <td className="num">{row.postsBefore ?? '—'} → {row.postsAfter ?? '—'}</td>
            <td>
              {row.docs.join('；')}
              <ProposedBy names={row.by} />
            </td>
            {!compact && <td className="notes-cell">{row.notes.join('\n')}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The table as CSV rows: old and new names, staff split into admin and institutional, who proposed each change, notes in full. */
export function adjustmentCsvRows(rows: readonly AdjustmentRow[], units: ReadonlyMap<string, Unit>, t: (key: string) => string, v: ViewsTranslate): Array<Array<string | number>> {
  const name = (id: string | undefined) => (id === undefined ? '' : units.get(id)?.name ?? id);
  const part = (s: Staff, key: 'admin' | 'institutional') => (s ? s[key] : '');
  const total = (s: Staff) => (s ? s.admin + s.institutional : '');
  return [
    [
      v('adjustTable.nameBefore'), v('adjustTable.nameAfter'), t('adjust.change'), t('adjust.from'), t('adjust.to'),
      v('adjustTable.adminBefore'), v('adjustTable.institutionalBefore'), t('adjust.staffBefore'),
      v('adjustTable.adminAfter'), v('adjustTable.institutionalAfter'), t('adjust.staffAfter'),
      t('adjust.postsBefore'), t('adjust.postsAfter'), t('adjust.doc'), v('adjustTable.by'), v('adjustTable.notes'),
    ],
    ...rows.map((r) => [
      r.staffBefore || r.nameBefore ? (r.nameBefore ?? r.name) : '',
      r.staffAfter ? r.name : '',
      t(`bureauChange.${r.change}`), name(r.unitBefore), name(r.unitAfter),
      part(r.staffBefore, 'admin'), part(r.staffBefore, 'institutional'), total(r.staffBefore),
      part(r.staffAfter, 'admin'), part(r.staffAfter, 'institutional'), total(r.staffAfter),
      // notes one after another on one line: a spreadsheet row stays one line
      r.postsBefore ?? '', r.postsAfter ?? '', r.docs.join('；'), (r.by ?? []).join('；'), r.notes.join('；'),
    ]),
  ];
}
