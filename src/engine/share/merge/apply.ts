// The user's choices applied to a merge plan (plan.ts): every conflict must be decided; the
// operations that give way are left out (or, for a `set` / `set-unit`, lose the fields in
// question), and so are the later operations of the same side that named what a left-out
// operation made. The merged file is returned only once it passes every check of a file being
// opened (../validate.ts); otherwise the errors say why, and nothing is changed.
import type { Bureau, FileError, FunctionDef, Operation, Scenario, ScenarioFile, Unit } from '../../../model';
import { BUILT_IN_FUNCTIONS, fileError, functionCatalogue } from '../../../model';
import { canonical, sameValue } from '../canonical';
import { validateFile } from '../validate';
import { rulesOf } from '../baseline';
import { createdBy, entityKey, touchesOf, writtenFields } from './footprint';
import type { MergedOperation, Segment, Side } from './operations';
import type { MergeChoice, MergeParts, MergePlan, ProposalPart } from './plan';
import { shareError } from '../errors';

/** An operation left out of the merge, and the conflict that decided it (for one that named what a left-out operation made: that one's). */
export interface LeftOut {
  proposal: string;
  side: Side;
  index: number;
  operation: Operation;
  conflict: string;
}

export type MergeResult = { ok: true; file: ScenarioFile; leftOut: LeftOut[] } | { ok: false; errors: FileError[] };

export function applyMerge(plan: MergePlan, choices: ReadonlyMap<string, MergeChoice>): MergeResult {
  const errors: FileError[] = [];
  for (const conflict of plan.conflicts) {
    const choice = choices.get(conflict.id);
    if (choice === undefined) errors.push(shareError('$', 'merge.choiceMissing', { conflict: conflict.id }));
    else if (!conflict.choices.includes(choice)) errors.push(shareError('$', 'merge.choiceInvalid', { conflict: conflict.id, choice: String(choice) }));
  }
  if (errors.length > 0) return { ok: false, errors };
  // the plan is plain data and is not changed: it can be applied again with other choices
  const parts = structuredClone(plan.parts);
  const chosen = (conflict: string): MergeChoice => choices.get(conflict)!;
  for (const slot of parts.slots) {
    const value = chosen(slot.conflict) === 'theirs' ? slot.theirs : slot.ours;
    fill(parts, slot.section, slot.record, slot.field, value);
  }
  const leftOut: LeftOut[] = [];
  const scenarios: Scenario[] = [];
  for (const part of parts.proposals) {
    if (part.mode === 'whole') {
      const choice = chosen(part.conflict);
      if (choice !== 'theirs' && part.ours) scenarios.push(part.ours);
      if (choice === 'theirs' && part.theirs) scenarios.push(part.theirs);
      if (choice === 'both' && part.theirs) scenarios.push({ ...part.theirs, id: part.theirsAs });
      continue;
    }
    const operations = resolveOperations(part, chosen, leftOut);
    const approved = part.fields.status === 'approved';
    if (approved && !part.approved.some((list) => sameOperations(list, operations))) {
      errors.push(shareError('$', 'merge.approvedGrows', { proposal: String(part.fields.name) }));
    }
    scenarios.push(scenarioOf(part.id, part.fields, operations, part.draftWritten));
  }
  if (errors.length > 0) return { ok: false, errors };
  const checked = validateFile(fileOf(parts, scenarios));
  return checked.ok ? { ok: true, file: checked.file, leftOut } : checked;
}

function fill(parts: MergeParts, section: MergeParts['slots'][number]['section'], record: string | undefined, field: string | null, value: unknown): void {
  if (section === 'file' || section === 'rules') {
    const target = parts[section];
    if (value === undefined) delete target[field!];
    else target[field!] = value;
    return;
  }
  if (section === 'proposal') {
    const part = parts.proposals.find((p) => p.id === record);
    if (part?.mode !== 'merged') return;
    if (value === undefined) delete part.fields[field!];
    else part.fields[field!] = value;
    return;
  }
  const list: Array<{ id: string; value?: unknown }> = section === 'unit' ? parts.units : section === 'bureau' ? parts.bureaus : parts.functions;
  const entry = list.find((e) => e.id === record);
  if (!entry) return;
  if (field === null) {
    if (value === undefined) delete entry.value;
    else entry.value = value;
    return;
  }
  if (!entry.value) return;
  const fields = entry.value as Record<string, unknown>;
  if (value === undefined) delete fields[field];
  else fields[field] = value;
}

/** The operations the choices leave, in order; what gives way is recorded in `leftOut`. */
function resolveOperations(part: Extract<ProposalPart, { mode: 'merged' }>, chosen: (conflict: string) => MergeChoice, leftOut: LeftOut[]): Operation[] {
  const out: Array<{ operation: Operation; side: Side | 'both' }> = [];
  // per side, what its left-out operations made: later operations of that side naming it go too
  const unmade: Record<Side, Map<string, string>> = { ours: new Map(), theirs: new Map() };
  const keep = (m: MergedOperation) => {
    const side = m.side;
    const cause = side === 'both' ? undefined : touchesOf(m.operation).map((t) => unmade[side].get(entityKey(t.entity, t.id))).find((c) => c !== undefined);
    if (side !== 'both' && cause !== undefined) return drop(m, side, cause);
    let operation = m.operation;
    for (const stake of m.stakes ?? []) {
      if (side === 'both' || chosen(stake.conflict) === side) continue;
      if (stake.fields && (operation.op === 'set' || operation.op === 'set-unit')) {
        const trimmed: Record<string, unknown> = { ...operation };
        for (const field of stake.fields) delete trimmed[field];
        operation = trimmed as unknown as Operation;
        if (writtenFields(operation).length > 0) continue;
      }
      return drop(m, side, stake.conflict);
    }
    out.push({ operation, side });
  };
  const drop = (m: MergedOperation, side: Side, conflict: string) => {
    leftOut.push({ proposal: part.id, side, index: m[side]!, operation: m.operation, conflict });
    // an ancestor operation the side had changed goes back to what it was
    if (m.base) out.push({ operation: m.base, side: 'both' });
    else for (const made of createdBy(m.operation)) unmade[side].set(entityKey(made.entity, made.id), conflict);
  };
  for (const segment of part.segments as Segment[]) {
    if (segment.kind === 'merged') segment.operations.forEach(keep);
    else for (const m of chosen(segment.conflict) === 'theirs' ? segment.theirs : segment.ours) out.push({ operation: m.operation, side: m.side });
  }
  return out.map((x) => x.operation);
}

function sameOperations(a: readonly Operation[], b: readonly Operation[]): boolean {
  return a.length === b.length && a.every((op, i) => canonical(op) === canonical(b[i]));
}

function scenarioOf(id: string, fields: Record<string, unknown>, operations: Operation[], draftWritten: boolean): Scenario {
  const scenario: Scenario = { id, name: fields.name as string, operations };
  if (fields.notes !== undefined) scenario.notes = fields.notes as string;
  if (fields.meta !== undefined) scenario.meta = fields.meta as Scenario['meta'];
  if (fields.status !== undefined && (fields.status !== 'draft' || draftWritten)) scenario.status = fields.status as Scenario['status'];
  return scenario;
}

/** The merged file over ours: where the merge leaves duties or rule numbers as ours has them, written as ours writes them. */
function fileOf(parts: MergeParts, scenarios: Scenario[]): ScenarioFile {
  const ours = parts.ours;
  const file: ScenarioFile = {
    ...ours,
    units: parts.units.flatMap((e) => (e.value ? [e.value as Unit] : [])),
    bureaus: parts.bureaus.flatMap((e) => (e.value ? [e.value as Bureau] : [])),
    scenarios,
  };
  for (const field of ['title', 'region', 'notes', '$schema', 'meta'] as const) {
    const value = parts.file[field];
    if (value === undefined) delete file[field];
    else (file as unknown as Record<string, unknown>)[field] = value;
  }
  const catalogue = parts.functions.flatMap((e) => (e.value ? [e.value as FunctionDef] : []));
  if (!sameValue(catalogue, [...functionCatalogue(ours.functions).values()])) {
    const builtIn = new Map(BUILT_IN_FUNCTIONS.map((fn) => [fn.id, fn]));
    const own = catalogue.filter((fn) => !sameValue(fn, builtIn.get(fn.id)));
    if (own.length > 0) file.functions = own;
    else delete file.functions;
  }
  if (!sameValue(parts.rules, rulesOf(ours))) file.rules = parts.rules as ScenarioFile['rules'];
  return file;
}
