// What the exports (xlsx, pptx, docx) say about the proposals chosen: the engine's report, the
// adjustment table with the records of the operations behind each row, the change list, each
// unit's before → after, and the problems. Computed once, the same for every format.
import { type AdjustmentRow, type Metrics, type Report, type Savings, type Violation, adjustmentTable, buildReport, describeChanges, loadParsedFile } from '../engine';
import type { Lang } from '../i18n';
import { renderChange } from '../i18n/changes';
import type { FileError, Operation, OrgState, Scenario, ScenarioFile, Unit } from '../model';
import { type LedgerRow, ledgerRows } from '../engine/ledger';
import { isIllustrative } from '../engine/provenance';
import { type SavingsStory, savingsStory } from '../engine/savingsStory';

export interface OperationRecordText {
  doc?: string;
  note?: string;
  by?: string;
  at?: string;
}

/** Notes one after another, as sentences: a note that ends with its own stop takes no separator. */
export function joinNotes(notes: readonly string[]): string {
  return notes.map((note, i) => (i < notes.length - 1 && !/[。；;.!！?？]$/.test(note) ? `${note}；` : note)).join('');
}

export interface AdjustmentEntry extends AdjustmentRow {
  /** 说明, 提出人 and dates of the operations that touched the bureau, each once */
  notes: string[];
  by: string[];
  at: string[];
}

export interface ChangeEntry extends OperationRecordText {
  index: number;
  text: string;
}

export interface ProposalPack {
  id: string;
  name: string;
  status?: Scenario['status'];
  metrics: Metrics;
  savings: Savings;
  violations: Violation[];
  adjustments: AdjustmentEntry[];
  changes: ChangeEntry[];
  /** Every zone and office and every unit the proposal touches, before → after: the screen's ledger. */
  ledger: LedgerRow[];
  /** The whole area and the zones' own slimming, said apart, as on the screen. */
  story: SavingsStory;
  /** the organisation after the proposal */
  state: OrgState;
}

export interface MeetingPack {
  file: ScenarioFile;
  lang: Lang;
  /** the file says its figures are illustrative (示意数据) */
  illustrative: boolean;
  baseline: Report['baseline'];
  baselineState: OrgState;
  proposals: ProposalPack[];
  /** a unit's name on either side, by id */
  unitName(id: string | undefined): string;
}

export function meetingPack(file: ScenarioFile, proposalIds: readonly string[], lang: Lang): { ok: true; pack: MeetingPack } | { ok: false; errors: FileError[] } {
  const loaded = loadParsedFile(file);
  if (!loaded.ok) return loaded;
  const report = buildReport(loaded.loaded, { lang });
  const unitNames = new Map<string, string>();
  const remember = (units: readonly Unit[]) => units.forEach((u) => unitNames.has(u.id) || unitNames.set(u.id, u.name));
  remember(loaded.loaded.baseline.units);
  const proposals: ProposalPack[] = [];
  file.scenarios.forEach((scenario, index) => {
    if (!proposalIds.includes(scenario.id)) return;
    const state = loaded.loaded.scenarios[index]!;
    const scenarioReport = report.scenarios.find((s) => s.id === scenario.id)!;
    remember(state.units);
    const context = loaded.loaded.context;
    const rows = adjustmentTable(loaded.loaded.baseline, scenario.operations, context, state);
    proposals.push({
      id: scenario.id,
      name: scenario.name,
      status: scenario.status,
      metrics: scenarioReport.metrics,
      savings: scenarioReport.savings,
      violations: scenarioReport.violations,
      adjustments: withRecords(rows, scenario.operations),
      changes: describeChanges(loaded.loaded.baseline, scenario.operations, context).map((line) => ({
        index: line.index,
        text: renderChange(lang, line.message),
        ...recordOf(scenario.operations[line.index]!),
      })),
      state,
      ledger: ledgerRows({ before: loaded.loaded.baseline, after: state, baseline: report.baseline.metrics.units, scenario: scenarioReport.metrics.units }),
      story: savingsStory({ before: loaded.loaded.baseline, after: state, baseline: report.baseline.metrics, scenario: scenarioReport }),
    });
  });
  // in the order asked for, as the user chose them
  proposals.sort((a, b) => proposalIds.indexOf(a.id) - proposalIds.indexOf(b.id));
  return {
    ok: true,
    pack: {
      file,
      lang,
      illustrative: isIllustrative(file),
      baseline: report.baseline,
      baselineState: loaded.loaded.baseline,
      proposals,
      unitName: (id) => (id === undefined ? '' : (unitNames.get(id) ?? id)),
    },
  };
}

function recordOf(operation: Operation): OperationRecordText {
  const out: OperationRecordText = {};
  if (operation.doc) out.doc = operation.doc;
  if (operation.note) out.note = operation.note;
  if (operation.by) out.by = operation.by;
  if (operation.at) out.at = operation.at;
  return out;
}

/** The bureaus an operation touches, as the adjustment table counts them. */
function touched(operation: Operation): string[] {
  switch (operation.op) {
    case 'move':
    case 'set':
      return [operation.bureau];
    case 'abolish':
      return operation.functionsTo ? [operation.bureau, operation.functionsTo] : [operation.bureau];
    case 'merge':
      return [...operation.bureaus, operation.into.id];
    case 'create':
      return [operation.bureau.id];
    case 'reassign':
      return [operation.from, operation.to];
    default:
      return [];
  }
}

/** Each row with the 说明, 提出人 and dates of the operations behind it (a merge carries its parts'). */
function withRecords(rows: readonly AdjustmentRow[], operations: readonly Operation[]): AdjustmentEntry[] {
  const records = new Map<string, Operation[]>();
  for (const operation of operations) {
    const ids = touched(operation);
    if (operation.op === 'merge') {
      const parts = operation.bureaus.flatMap((id) => records.get(id) ?? []);
      records.set(operation.into.id, [...parts, operation]);
      continue;
    }
    for (const id of ids) records.set(id, [...(records.get(id) ?? []), operation]);
  }
  const unique = (values: Array<string | undefined>) => [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))];
  return rows.map((row) => {
    const ops = records.get(row.bureau) ?? [];
    return { ...row, notes: unique(ops.map((o) => o.note)), by: unique(ops.map((o) => o.by)), at: unique(ops.map((o) => o.at)) };
  });
}
