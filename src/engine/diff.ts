// What a proposal changes, bureau by bureau: the adjustment table (调整对照表) and the marks of the
// before/after view. Read from the two states and from the operations that led from one to the other.
import type { Bureau, Operation, OrgState } from '../model';
import { type ApplyContext, applyOperation } from './apply';

export type BureauChange = 'moved' | 'merged' | 'created' | 'abolished' | 'edited' | 'platform';

export interface AdjustmentRow {
  bureau: string;
  /** Its name in the proposal (today's for a bureau the proposal removes). */
  name: string;
  /** Today's name, where the proposal renamed it. */
  nameBefore?: string;
  change: BureauChange;
  /** The unit before, and after (undefined where the bureau does not exist on that side). */
  unitBefore?: string;
  unitAfter?: string;
  staffBefore?: { admin: number; institutional: number };
  staffAfter?: { admin: number; institutional: number };
  postsBefore?: number;
  postsAfter?: number;
  /** For a merged bureau: the bureaus it replaces. */
  mergedFrom?: string[];
  /** Document numbers of the operations that touched it, in order, each once. */
  docs: string[];
  /** The notes (说明) of the operations that touched it, in order, each once. */
  notes: string[];
  /** *(v2)* Who proposed the operations that touched it (their `by`), in order, each once; absent when none says. */
  by?: string[];
}

/**
 * Rows for every bureau that differs between the baseline and the scenario, in the order of the
 * baseline and then of creation. Intermediate bureaus (created and then merged away) are left out.
 * `final`, when the caller has it, is the state after all the operations (nothing is applied again).
 */
// Long: one walk through the operations fills every column of the table as it goes.
export function adjustmentTable(baseline: OrgState, operations: readonly Operation[], context: ApplyContext, final?: OrgState): AdjustmentRow[] {
  const docs = new Map<string, string[]>();
  const notes = new Map<string, string[]>();
  const people = new Map<string, string[]>();
  const mergedFrom = new Map<string, string[]>();
  const kindOf = new Map<string, BureauChange>();
  const units = new Map<string, string>(); // unit id → kind, over every state seen
  let state = baseline;
  for (const unit of state.units) units.set(unit.id, unit.kind);
  const add = (map: Map<string, string[]>, id: string, text: string | undefined) => {
    if (!text) return;
    const list = map.get(id) ?? [];
    if (!list.includes(text)) list.push(text);
    map.set(id, list);
  };
  // an operation's document number and note, on a bureau it touches
  const note = (id: string, operation: Operation) => {
    add(docs, id, operation.doc);
    add(notes, id, operation.note);
    add(people, id, operation.by);
  };
  for (const operation of operations) {
    switch (operation.op) {
      case 'move':
      case 'set':
      case 'abolish':
        note(operation.bureau, operation);
        if (operation.op === 'abolish' && operation.functionsTo) note(operation.functionsTo, operation);
        break;
      case 'merge': {
        // a merge of merged bureaus reaches back to the bureaus of the baseline
        const sources = operation.bureaus.flatMap((id) => mergedFrom.get(id) ?? [id]);
        mergedFrom.set(operation.into.id, sources);
        kindOf.set(operation.into.id, 'merged');
        for (const id of [...operation.bureaus, operation.into.id]) note(id, operation);
        for (const id of operation.bureaus) {
          for (const doc of docs.get(id) ?? []) add(docs, operation.into.id, doc);
          for (const text of notes.get(id) ?? []) add(notes, operation.into.id, text);
          for (const name of people.get(id) ?? []) add(people, operation.into.id, name);
        }
        break;
      }
      case 'create':
        kindOf.set(operation.bureau.id, 'created');
        note(operation.bureau.id, operation);
        break;
      case 'reassign':
        note(operation.from, operation);
        note(operation.to, operation);
        break;
      case 'add-unit':
        units.set(operation.unit.id, operation.unit.kind);
        break;
      case 'set-unit':
        if (operation.kind) units.set(operation.unit, operation.kind);
        break;
      case 'remove-unit':
        break;
    }
    if (final) continue; // the caller has the state after them all
    const next = applyOperation(state, operation, context);
    if (next.ok) state = next.state;
  }
  if (final) state = final;
  const before = new Map(baseline.bureaus.map((b) => [b.id, b]));
  const after = new Map(state.bureaus.map((b) => [b.id, b]));
  const rows: AdjustmentRow[] = [];
  // bureaus merged into one that the proposal keeps; the sources of one later abolished are abolished
  const mergedAway = new Set([...mergedFrom].filter(([id]) => after.has(id)).flatMap(([, sources]) => sources));
  const row = (id: string, change: BureauChange, b?: Bureau, a?: Bureau): AdjustmentRow => ({
    bureau: id,
    name: (a ?? b)!.name,
    ...(a && b && a.name !== b.name ? { nameBefore: b.name } : {}),
    change,
    ...(b ? { unitBefore: b.unit, staffBefore: b.staff, postsBefore: b.leaderPosts } : partsBefore(mergedFrom.get(id), before)),
    ...(a ? { unitAfter: a.unit, staffAfter: a.staff, postsAfter: a.leaderPosts } : {}),
    ...(mergedFrom.has(id) && a ? { mergedFrom: mergedFrom.get(id) } : {}),
    docs: docs.get(id) ?? [],
    notes: notes.get(id) ?? [],
    ...(people.has(id) ? { by: people.get(id) } : {}),
  });
  for (const b of baseline.bureaus) {
    // an id made anew by the proposal (after this bureau was merged or abolished) is another bureau
    const a = kindOf.has(b.id) ? undefined : after.get(b.id);
    if (!a) {
      // merged away: the merged bureau's row speaks for it
      if (!mergedAway.has(b.id)) rows.push(row(b.id, 'abolished', b));
      continue;
    }
    if (a === b) continue; // shared by immer: untouched
    const moved = a.unit !== b.unit;
    const edited = JSON.stringify(a) !== JSON.stringify({ ...b, unit: a.unit });
    if (!moved && !edited) continue;
    const change: BureauChange = moved ? (units.get(a.unit) === 'platform' ? 'platform' : 'moved') : 'edited';
    rows.push(row(b.id, change, b, a));
  }
  for (const a of state.bureaus) {
    if (before.has(a.id) && !kindOf.has(a.id)) continue;
    rows.push(row(a.id, kindOf.get(a.id) ?? 'created', undefined, a));
  }
  return rows;
}

/** A merged bureau's "before": the bureaus of the baseline it replaces, added up. */
function partsBefore(ids: readonly string[] | undefined, before: ReadonlyMap<string, Bureau>): Partial<AdjustmentRow> {
  const parts = (ids ?? []).map((id) => before.get(id)).filter((b): b is Bureau => b !== undefined);
  if (parts.length === 0) return {};
  return {
    unitBefore: parts[0]!.unit,
    staffBefore: {
      admin: parts.reduce((n, b) => n + b.staff.admin, 0),
      institutional: parts.reduce((n, b) => n + b.staff.institutional, 0),
    },
    postsBefore: parts.reduce((n, b) => n + b.leaderPosts, 0),
  };
}
