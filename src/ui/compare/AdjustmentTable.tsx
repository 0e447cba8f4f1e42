// 调整对照表: each changed bureau, where it was and where it goes, staff and posts before and
// after, and the document numbers that decide it.
import type { AdjustmentRow } from '../../engine';
import type { Unit } from '../../model';
import { useT } from '../context';

const staffText = (s: { admin: number; institutional: number } | undefined) => (s ? String(s.admin + s.institutional) : '—');

export function AdjustmentTable({ rows, units, compact }: { rows: readonly AdjustmentRow[]; units: ReadonlyMap<string, Unit>; compact?: boolean }) {
  const { t } = useT();
  const unitName = (id: string | undefined) => (id === undefined ? '—' : units.get(id)?.name ?? id);
  if (rows.length === 0) return <p className="all-clear">{t('adjust.none')}</p>;
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
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={`${row.bureau}-${index}`} data-adjustment-bureau={row.bureau}>
            <td>{row.name}</td>
            <td><span className={`change-badge change-${row.change}`}>{t(`bureauChange.${row.change}` as 'bureauChange.moved')}</span></td>
            <td>{unitName(row.unitBefore)}</td>
            <td>{unitName(row.unitAfter)}</td>
            <td className="num">{staffText(row.staffBefore)} → {staffText(row.staffAfter)}</td>
            <td className="num">{row.postsBefore ?? '—'} → {row.postsAfter ?? '—'}</td>
            <td>{row.docs.join('；')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function adjustmentCsvRows(rows: readonly AdjustmentRow[], units: ReadonlyMap<string, Unit>, t: (key: string) => string): Array<Array<string | number>> {
  const name = (id: string | undefined) => (id === undefined ? '' : units.get(id)?.name ?? id);
  const total = (s: { admin: number; institutional: number } | undefined) => (s ? s.admin + s.institutional : '');
  return [
    [t('adjust.bureau'), t('adjust.change'), t('adjust.from'), t('adjust.to'), t('adjust.staffBefore'), t('adjust.staffAfter'), t('adjust.postsBefore'), t('adjust.postsAfter'), t('adjust.doc')],
    ...rows.map((r) => [r.name, t(`bureauChange.${r.change}`), name(r.unitBefore), name(r.unitAfter), total(r.staffBefore), total(r.staffAfter), r.postsBefore ?? '', r.postsAfter ?? '', r.docs.join('；')]),
  ];
}
