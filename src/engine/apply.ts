// SPEC §5: one operation applied to one state, with immer so that every bureau and unit the
// operation does not touch is shared with the state before. An operation that does not make
// sense where it stands is refused with its reasons and changes nothing. Long: one short function
// for each of the nine operations, beside the one that dispatches them.
import { Immer } from 'immer';
import {
  type Bureau,
  type FileError,
  type FunctionDef,
  type Operation,
  type OrgState,
  type Unit,
  type UnitChanges,
  clearable,
  exhaustive,
  fileError,
  functionReferenceErrors,
  repeatedFunctionErrors,
  unitKindErrors,
  unitReferenceErrors,
} from '../model';
import type { EngineMessageArgs as MessageArgs, EngineMessageKey as MessageKey } from '../i18n/engine';
import { type Lookup, unitLookup } from './lookup';

// No auto-freeze: freezing walks the whole new state on every operation (6 ms at 50,000 bureaus).
// States are immutable by convention and the property tests check that nothing is mutated.
const { produce } = new Immer({ autoFreeze: false });

export interface ApplyContext {
  /** The duties the file knows: built-in and its own (SPEC §4). */
  functions: ReadonlyMap<string, FunctionDef>;
  /** Positions by id, kept by whoever owns the context (one loaded file). */
  lookup: Lookup;
}

/**
 * What an operation changed, as far as evaluation can use it: a move changed one bureau's unit and
 * nothing else (every bureau keeps its position), so only the two units it touched need looking at
 * again. Any other operation may have changed anything.
 */
export type Effect = { kind: 'move'; bureau: string; position: number; from: string; to: string } | { kind: 'any' };

/** Why an operation is refused; `path` is filled in by whoever knows where the operation stands. */
export type Refusal = FileError;
export type ApplyResult = { ok: true; state: OrgState; effect: Effect } | { ok: false; refusals: Refusal[] };

/** What the operations below answer: the effect is a move's alone. */
type Applied = { ok: true; state: OrgState; effect?: Effect } | { ok: false; refusals: Refusal[] };

const ANY: Readonly<Effect> = Object.freeze({ kind: 'any' });

function refuse<K extends MessageKey>(key: K, args: MessageArgs<K>): Applied {
  return { ok: false, refusals: [fileError('', key, args)] };
}

function refuseAll(refusals: Refusal[]): Applied | undefined {
  return refusals.length > 0 ? { ok: false, refusals } : undefined;
}

function unitMissing(id: string): Applied {
  return refuse('op.unitMissing', { id });
}

function bureauMissing(id: string): Applied {
  return refuse('op.bureauMissing', { id });
}

/** The state after `operation`, and what it changed; or why it is refused. */
export function applyOperation(state: OrgState, operation: Operation, context: ApplyContext): ApplyResult {
  const result = applyUnchecked(state, operation, context);
  if (!result.ok) return result;
  context.lookup.carry(state.bureaus, result.state.bureaus);
  context.lookup.carry(state.units, result.state.units);
  return { ok: true, state: result.state, effect: result.effect ?? ANY };
}

function applyUnchecked(state: OrgState, operation: Operation, context: ApplyContext): Applied {
  const { lookup } = context;
  switch (operation.op) {
    case 'move':
      return move(state, operation.bureau, operation.to, lookup);
    case 'merge':
      return merge(state, operation.bureaus, operation.into, lookup);
    case 'abolish':
      return abolish(state, operation.bureau, operation.functionsTo, lookup);
    case 'create':
      return create(state, operation.bureau, context);
    case 'set': {
      const { op: _op, note: _note, doc: _doc, by: _by, at: _at, bureau, ...fields } = operation;
      return setBureau(state, bureau, fields, context);
    }
    case 'reassign':
      return reassign(state, operation.function, operation.from, operation.to, lookup);
    case 'add-unit':
      return addUnit(state, operation.unit, lookup);
    case 'set-unit': {
      const { op: _op, note: _note, doc: _doc, by: _by, at: _at, unit, ...fields } = operation;
      return setUnit(state, unit, fields, lookup);
    }
    case 'remove-unit':
      return removeUnit(state, operation.unit, lookup);
    default:
      return exhaustive(operation);
  }
}

function move(state: OrgState, bureauId: string, to: string, lookup: Lookup): Applied {
  const position = lookup.positionOf(state.bureaus, bureauId);
  if (position < 0) return bureauMissing(bureauId);
  const target = lookup.findUnit(state, to);
  if (!target) return unitMissing(to);
  const bureau = state.bureaus[position]!;
  if (bureau.unit === to) return refuse('op.alreadyThere', { bureau: bureau.name, unit: target.name });
  const next = produce(state, (draft) => {
    draft.bureaus[position]!.unit = to;
  });
  return { ok: true, state: next, effect: { kind: 'move', bureau: bureauId, position, from: bureau.unit, to } };
}

function merge(state: OrgState, ids: readonly string[], into: { id: string; name: string; category?: Bureau['category'] }, lookup: Lookup): Applied {
  const parts: Bureau[] = [];
  for (const id of ids) {
    const bureau = lookup.findBureau(state, id);
    if (!bureau) return bureauMissing(id);
    if (parts.some((part) => part.id === id)) return refuse('op.mergeRepeat', { id });
    parts.push(bureau);
  }
  const first = parts[0];
  if (!first || parts.length < 2) return refuse('array.tooShort', { min: 2 });
  if (parts.some((part) => part.unit !== first.unit)) return refuse('op.mergeUnits', {});
  if (parts.some((part) => part.type !== first.type)) return refuse('op.mergeTypes', {});
  if (lookup.findBureau(state, into.id)) return refuse('op.bureauIdInUse', { id: into.id });
  const merged: Bureau = {
    id: into.id,
    name: into.name,
    unit: first.unit,
    type: first.type,
    category: into.category ?? first.category,
    functions: unionOf(parts.map((part) => part.functions)),
    staff: {
      admin: sum(parts.map((part) => part.staff.admin)),
      institutional: sum(parts.map((part) => part.staff.institutional)),
    },
    leaderPosts: Math.max(...parts.map((part) => part.leaderPosts)),
  };
  const gone = new Set(ids);
  return {
    ok: true,
    state: produce(state, (draft) => {
      // built from the plain array: reading every element through the draft would proxy them all
      draft.bureaus = rebuilt(state.bureaus, (bureau) => (bureau.id === first.id ? merged : gone.has(bureau.id) ? undefined : bureau));
    }),
  };
}

function abolish(state: OrgState, bureauId: string, functionsTo: string | undefined, lookup: Lookup): Applied {
  const bureau = lookup.findBureau(state, bureauId);
  if (!bureau) return bureauMissing(bureauId);
  let heir: Bureau | undefined;
  if (functionsTo !== undefined) {
    if (functionsTo === bureauId) return refuse('op.functionsToSelf', {});
    heir = lookup.findBureau(state, functionsTo);
    if (!heir) return bureauMissing(functionsTo);
  }
  const inherited = heir ? { ...heir, functions: joinOnce(heir.functions, bureau.functions) } : undefined;
  return {
    ok: true,
    state: produce(state, (draft) => {
      draft.bureaus = rebuilt(state.bureaus, (b) => (b.id === bureauId ? undefined : b.id === inherited?.id ? inherited : b));
    }),
  };
}

/** The list with each bureau replaced by what `keep` gives, or left out where it gives nothing (one pass, no array per bureau). */
function rebuilt(bureaus: readonly Bureau[], keep: (bureau: Bureau) => Bureau | undefined): Bureau[] {
  const out: Bureau[] = [];
  for (const bureau of bureaus) {
    const kept = keep(bureau);
    if (kept) out.push(kept);
  }
  return out;
}

function create(state: OrgState, bureau: Bureau, context: ApplyContext): Applied {
  if (context.lookup.findBureau(state, bureau.id)) return refuse('op.bureauIdInUse', { id: bureau.id });
  if (!context.lookup.findUnit(state, bureau.unit)) return unitMissing(bureau.unit);
  const invalid = refuseAll([
    ...repeatedFunctionErrors(bureau.functions, '$.bureau.functions'),
    ...functionReferenceErrors(bureau.functions, context.functions, '$.bureau.functions'),
  ]);
  if (invalid) return invalid;
  return {
    ok: true,
    state: produce(state, (draft) => {
      draft.bureaus.push(bureau);
    }),
  };
}

type BureauFields = Partial<Pick<Bureau, 'name' | 'type' | 'category' | 'functions' | 'staff' | 'leaderPosts'>>;

function setBureau(state: OrgState, bureauId: string, fields: BureauFields, context: ApplyContext): Applied {
  const position = context.lookup.positionOf(state.bureaus, bureauId);
  if (position < 0) return bureauMissing(bureauId);
  if (fields.functions) {
    const invalid = refuseAll([
      ...repeatedFunctionErrors(fields.functions, '$.functions'),
      ...functionReferenceErrors(fields.functions, context.functions, '$.functions'),
    ]);
    if (invalid) return invalid;
  }
  return {
    ok: true,
    state: produce(state, (draft) => {
      Object.assign(draft.bureaus[position]!, fields);
    }),
  };
}

function reassign(state: OrgState, fn: string, fromId: string, toId: string, lookup: Lookup): Applied {
  if (fromId === toId) return refuse('op.sameBureau', {});
  const from = lookup.positionOf(state.bureaus, fromId);
  if (from < 0) return bureauMissing(fromId);
  const to = lookup.positionOf(state.bureaus, toId);
  if (to < 0) return bureauMissing(toId);
  const source = state.bureaus[from]!;
  if (!source.functions.includes(fn)) return refuse('op.functionNotHeld', { fn, bureau: source.name });
  return {
    ok: true,
    state: produce(state, (draft) => {
      const giver = draft.bureaus[from]!;
      giver.functions = giver.functions.filter((held) => held !== fn);
      const taker = draft.bureaus[to]!;
      if (!taker.functions.includes(fn)) taker.functions.push(fn);
    }),
  };
}

function addUnit(state: OrgState, unit: Unit, lookup: Lookup): Applied {
  if (lookup.findUnit(state, unit.id)) return refuse('op.unitIdInUse', { id: unit.id });
  const units = unitLookup(state);
  units.set(unit.id, unit);
  const invalid = refuseAll([...unitKindErrors(unit, '$.unit'), ...unitReferenceErrors(unit, units, '$.unit')]);
  if (invalid) return invalid;
  return {
    ok: true,
    state: produce(state, (draft) => {
      draft.units.push(unit);
    }),
  };
}

/** The unit with the changes made: a value sets its field, `null` removes it (v2). */
function changedUnit(unit: Unit, fields: UnitChanges): Unit {
  const changed: Record<string, unknown> = { ...unit };
  for (const [key, value] of Object.entries(fields)) {
    if (value === null) delete changed[key];
    else if (value !== undefined) changed[key] = value;
  }
  return changed as unknown as Unit;
}

function setUnit(state: OrgState, unitId: string, fields: UnitChanges, lookup: Lookup): Applied {
  const position = lookup.positionOf(state.units, unitId);
  if (position < 0) return unitMissing(unitId);
  // the parser refuses these already; an operation made by a program is held to the same (SPEC §5)
  const required = Object.keys(fields).filter((key) => fields[key as keyof UnitChanges] === null && !clearable(key));
  if (required.length > 0) return refuse('setUnit.nullRequired', { field: required[0]! });
  const changed = changedUnit(state.units[position]!, fields);
  const units = unitLookup(state);
  units.set(unitId, changed);
  // the changed unit must be valid itself, and every unit that names it must still be valid
  const refusals = [...unitKindErrors(changed, '$'), ...unitReferenceErrors(changed, units, '$')];
  for (const other of units.values()) {
    if (other.id !== unitId && namesUnit(other, unitId)) refusals.push(...unitReferenceErrors(other, units, '$'));
  }
  const invalid = refuseAll(refusals);
  if (invalid) return invalid;
  return {
    ok: true,
    state: produce(state, (draft) => {
      const unit = draft.units[position]! as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(fields)) {
        if (value === null) delete unit[key];
        else if (value !== undefined) unit[key] = value;
      }
    }),
  };
}

function removeUnit(state: OrgState, unitId: string, lookup: Lookup): Applied {
  const unit = lookup.findUnit(state, unitId);
  if (!unit) return unitMissing(unitId);
  const held = state.bureaus.filter((bureau) => bureau.unit === unitId).length;
  if (held > 0) return refuse('op.unitHoldsBureaus', { unit: unit.name, count: held });
  for (const other of state.units) {
    const field = other.id === unitId ? undefined : namingField(other, unitId);
    if (field) return refuse('op.unitReferenced', { unit: unit.name, by: other.name, field });
  }
  return {
    ok: true,
    state: produce(state, (draft) => {
      draft.units = state.units.filter((u) => u.id !== unitId);
    }),
  };
}

function namingField(unit: Unit, id: string): 'parent' | 'territory' | 'jointWith' | undefined {
  if (unit.parent === id) return 'parent';
  if (unit.territory?.includes(id)) return 'territory';
  if (unit.jointWith === id) return 'jointWith';
  return undefined;
}

function namesUnit(unit: Unit, id: string): boolean {
  return namingField(unit, id) !== undefined;
}

/** Every id of the lists, each once, in the order first seen. */
function unionOf(lists: ReadonlyArray<readonly string[]>): string[] {
  return [...new Set(lists.flat())];
}

/** `list` with each of `joining` appended that it does not hold yet (once each). */
function joinOnce(list: readonly string[], joining: readonly string[]): string[] {
  const out = [...list];
  for (const id of joining) if (!out.includes(id)) out.push(id);
  return out;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
