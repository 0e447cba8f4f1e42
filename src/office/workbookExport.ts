// Export .xlsx (SPEC §11): the sheets 单位 and 机构 (import gives them back), and for the proposals
// chosen: figures and savings side by side, the adjustment table, the change list, each unit's
// before → after and the problems. Numbers are numbers; ratios are percentages with one decimal.
import { FIGURES_WITH_PARTS, subjectText, unitFiguresOf } from '../engine';
import { type MessageArgs, type MessageKey, translate } from '../i18n';
import { viewsText } from '../i18n/views';
import { type OfficeArgs, type OfficeKey, officeText } from '../i18n/office';
import type { ScenarioFile } from '../model';
import { baselineSheets } from './baselineSheets';
import type { Measure } from './changeText';
import { type MeetingPack, joinNotes } from './meetingPack';
import { type CellInput, type SheetSpec, writeWorkbook } from './xlsxWrite';

export interface FigureRow {
  label: string;
  baseline: number | null;
  /** Each proposal's value and its saving (today − proposal); none for a part or a share. */
  values: Array<{ value: number | null; saving: number | null }>;
  /** What a count counts (its measure word), or a share. */
  measure: Measure;
  ratio?: boolean;
}

/**
 * The figures of SPEC §6 in the screen's order and words: staff handed to company platforms under
 * the staff total, as a part of it, with no saving of their own (it is not a second saving).
 */
export function figureRows(pack: MeetingPack): FigureRow[] {
  const t = <K extends MessageKey>(key: K, args: MessageArgs<K>) => translate(pack.lang, key, args);
  const rows = FIGURES_WITH_PARTS.map((figure): FigureRow => ({
    label: t(figure.label, {} as never),
    baseline: figure.read(pack.baseline.metrics),
    values: pack.proposals.map((p) => ({ value: figure.read(p.metrics), saving: figure.part ? null : figure.read(pack.baseline.metrics) - figure.read(p.metrics) })),
    measure: figure.measure,
  }));
  const counts = (severity: 'error' | 'warning'): FigureRow => ({
    label: t(severity === 'error' ? 'compare.errors' : 'compare.warnings', {}),
    baseline: pack.baseline.violations.filter((v) => v.severity === severity).length,
    values: pack.proposals.map((p) => ({ value: p.violations.filter((v) => v.severity === severity).length, saving: null })),
    measure: '',
  });
  const zones = pack.baselineState.units.filter((u) => u.kind === 'zone' || u.kind === 'office');
  const ratios = zones.map((u): FigureRow => ({
    label: t('compare.ratioOf', { unit: u.name }),
    baseline: unitFiguresOf(pack.baseline.metrics, u.id)?.economicRatio ?? null,
    values: pack.proposals.map((p) => ({ value: unitFiguresOf(p.metrics, u.id)?.economicRatio ?? null, saving: null })),
    measure: '',
    ratio: true,
  }));
  return [...rows, counts('error'), counts('warning'), ...ratios];
}

// Long: the five sheets about the proposals share their headings and cell helpers.
function proposalSheets(pack: MeetingPack): SheetSpec[] {
  const t = <K extends MessageKey>(key: K, args: MessageArgs<K>) => translate(pack.lang, key, args);
  const o = <K extends OfficeKey>(key: K, args: OfficeArgs<K>) => officeText(pack.lang, key, args);
  const h = (key: OfficeKey): CellInput => ({ value: o(key, {} as never), style: 'header' });
  const text = (value: string | undefined, wrap = false): CellInput => (value ? { value, style: 'text', wrap } : undefined);
  const num = (value: number | undefined | null): CellInput => (value === undefined || value === null ? undefined : value);
  const share = (value: number | undefined | null): CellInput => (value === undefined || value === null ? undefined : { value, style: 'percent' });

  const figures: SheetSpec = {
    name: o('office.sheet.figures', {}),
    frozenRows: 1,
    rows: [
      [h('office.col.figure'), h('office.col.baseline'), ...pack.proposals.flatMap((p) => [{ value: p.name, style: 'header' } as CellInput, { value: o('office.col.savingOf', { name: p.name }), style: 'header' } as CellInput])],
      ...figureRows(pack).map((row) => {
        const value = (v: number | null): CellInput => (v === null ? '—' : row.ratio ? { value: v, style: 'percent' } : v);
        return [text(row.label), value(row.baseline), ...row.values.flatMap((v) => [value(v.value), v.saving === null ? undefined : v.saving])];
      }),
    ],
  };

  const adjustments: SheetSpec = {
    name: o('office.sheet.adjustments', {}),
    frozenRows: 1,
    rows: [
      ['office.col.no', 'office.col.proposal', 'office.col.bureau', 'office.col.change', 'office.col.unitBefore', 'office.col.unitAfter', 'office.col.adminBefore', 'office.col.adminAfter', 'office.col.instBefore', 'office.col.instAfter', 'office.col.postsBefore', 'office.col.postsAfter', 'office.col.doc', 'office.col.note', 'office.col.by', 'office.col.at'].map((k) => h(k as OfficeKey)),
      ...pack.proposals.flatMap((p) =>
        p.adjustments.map((row, index) => [
          index + 1,
          text(p.name),
          text(row.name),
          text(t(`bureauChange.${row.change}` as MessageKey, {} as never)),
          text(pack.unitName(row.unitBefore) || undefined),
          text(pack.unitName(row.unitAfter) || undefined),
          num(row.staffBefore?.admin),
          num(row.staffAfter?.admin),
          num(row.staffBefore?.institutional),
          num(row.staffAfter?.institutional),
          num(row.postsBefore),
          num(row.postsAfter),
          text(row.docs.join('；')),
          text(joinNotes(row.notes), true),
          text(row.by.join('、')),
          text(row.at.join('、')),
        ]),
      ),
    ],
  };

  const changes: SheetSpec = {
    name: o('office.sheet.changes', {}),
    frozenRows: 1,
    rows: [
      ['office.col.no', 'office.col.proposal', 'office.col.item', 'office.col.doc', 'office.col.note', 'office.col.by', 'office.col.at'].map((k) => h(k as OfficeKey)),
      ...pack.proposals.flatMap((p) => p.changes.map((c) => [c.index + 1, text(p.name), text(c.text, true), text(c.doc), text(c.note, true), text(c.by), text(c.at)])),
    ],
  };

  const ledger: SheetSpec = {
    name: o('office.sheet.ledger', {}),
    frozenRows: 1,
    rows: [
      [
        ...['office.col.proposal', 'office.col.unit', 'office.col.bodiesBefore', 'office.col.bodiesAfter', 'office.col.internalBefore', 'office.col.internalAfter', 'office.col.adminBefore', 'office.col.adminAfter', 'office.col.instBefore', 'office.col.instAfter', 'office.col.staffBefore', 'office.col.staffAfter', 'office.col.postsBefore', 'office.col.postsAfter'].map((k) => h(k as OfficeKey)),
        { value: viewsText(pack.lang, 'ledgerCsv.ratio', { when: t('state.baseline', {}) }), style: 'header' },
        { value: viewsText(pack.lang, 'ledgerCsv.ratio', { when: t('panel.proposal', {}) }), style: 'header' },
      ],
      // the screen's ledger: every zone and office, and every unit the proposal touches
      ...pack.proposals.flatMap((p) =>
        p.ledger.map((row) => [
          text(p.name), text(row.name),
          num(row.before?.bodies), num(row.after?.bodies),
          num(row.before?.internalBodies), num(row.after?.internalBodies),
          num(row.before?.admin), num(row.after?.admin),
          num(row.before?.institutional), num(row.after?.institutional),
          num(row.before?.staff), num(row.after?.staff),
          num(row.before?.leaderPosts), num(row.after?.leaderPosts),
          share(row.before?.economicRatio), share(row.after?.economicRatio),
        ]),
      ),
    ],
  };

  const problems: SheetSpec = {
    name: o('office.sheet.problems', {}),
    frozenRows: 1,
    widths: [14, 8, 20, 22, 90],
    rows: [
      ['office.col.proposal', 'office.col.severity', 'office.col.rule', 'office.col.subject', 'office.col.message'].map((k) => h(k as OfficeKey)),
      ...[{ name: t('state.baseline', {}), violations: pack.baseline.violations }, ...pack.proposals].flatMap((p) =>
        p.violations.map((v) => [text(p.name), text(t(`severity.${v.severity}`, {})), text(v.rule), text(subjectText(v.subject)), text(v.message, true)]),
      ),
    ],
  };
  return [figures, adjustments, changes, ledger, problems];
}

/** The workbook: the organisation, and the proposals of `pack` when there are any. */
export function exportWorkbook(file: ScenarioFile, pack?: MeetingPack): Uint8Array {
  const sheets = [...baselineSheets(file), ...(pack && pack.proposals.length > 0 ? proposalSheets(pack) : [])];
  return writeWorkbook(sheets, file.title);
}
