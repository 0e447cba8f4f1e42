// Operations that apply: a plan is a list of random choices, and each choice is read against the
// state it meets to give an operation that SPEC §5 allows there. Because the choices are only
// numbers and names, a shrunk plan is still a plan, and still gives operations that apply.
import fc from 'fast-check';
import {
  BUREAU_TYPES,
  type Bureau,
  CATEGORIES,
  CLEARABLE_UNIT_FIELDS,
  GOVERNANCES,
  LEVELS,
  type Operation,
  type OperationKind,
  type OrgState,
  type SetOperation,
  type Staff,
  UNIT_KINDS,
  type Unit,
  type UnitChanges,
  type UnitKind,
} from '../../src/model';
import { PLAIN, atArb, byArb, countArb, freshId, idArb, nameArb, optionalArb, pickOf, staffArb, textArb } from './values';

export interface Choice {
  op: OperationKind;
  picks: [number, number, number, number, number, number];
  id: string;
  name: string;
  staff: Staff;
  posts: number;
  note: string | undefined;
  doc: string | undefined;
  /** v2: who proposed it and when */
  by: string | undefined;
  at: string | undefined;
}

const nat = fc.nat({ max: 1 << 20 });

export const choiceArb: fc.Arbitrary<Choice> = fc.record({
  // move most often: it is what users do most (drag a bureau)
  op: fc.constantFrom<OperationKind>(
    'move', 'move', 'move', 'merge', 'merge', 'abolish', 'abolish', 'create', 'create', 'set', 'set',
    'reassign', 'reassign', 'set-unit', 'set-unit', 'add-unit', 'remove-unit',
  ),
  picks: fc.tuple(nat, nat, nat, nat, nat, nat),
  id: idArb,
  name: nameArb,
  staff: staffArb,
  posts: countArb,
  note: optionalArb(textArb, 2),
  doc: optionalArb(textArb, 2),
  by: optionalArb(byArb, 3),
  at: optionalArb(atArb, 3),
}, PLAIN);

export const planArb: fc.Arbitrary<Choice[]> = fc.array(choiceArb, { maxLength: 10 });

const ORDER: readonly OperationKind[] = ['move', 'merge', 'abolish', 'create', 'set', 'reassign', 'add-unit', 'set-unit', 'remove-unit'];

/** The operation the choice gives in `state`: its own kind if that can apply, else the next that can. */
export function operationFor(state: OrgState, choice: Choice, functionIds: readonly string[]): Operation | undefined {
  const start = ORDER.indexOf(choice.op);
  for (let step = 0; step < ORDER.length; step++) {
    const kind = ORDER[(start + step) % ORDER.length]!;
    const operation = build(kind, state, choice, functionIds);
    if (operation) {
      if (choice.note !== undefined) operation.note = choice.note;
      if (choice.doc !== undefined) operation.doc = choice.doc;
      if (choice.by !== undefined) operation.by = choice.by;
      if (choice.at !== undefined) operation.at = choice.at;
      return operation;
    }
  }
  return undefined;
}

function build(kind: OperationKind, state: OrgState, c: Choice, functionIds: readonly string[]): Operation | undefined {
  const [p0, p1, p2, p3, p4, p5] = c.picks;
  const { units, bureaus } = state;
  const bureauIds = () => new Set(bureaus.map((b) => b.id));
  switch (kind) {
    case 'move': {
      if (bureaus.length === 0 || units.length < 2) return undefined;
      const bureau = pickOf(bureaus, p0);
      const to = pickOf(units.filter((u) => u.id !== bureau.unit), p1);
      return { op: 'move', bureau: bureau.id, to: to.id };
    }
    case 'merge': {
      const groups = new Map<string, Bureau[]>();
      for (const b of bureaus) {
        const key = `${b.unit}\u0000${b.type}`;
        groups.set(key, [...(groups.get(key) ?? []), b]);
      }
      const eligible = [...groups.values()].filter((group) => group.length >= 2);
      if (eligible.length === 0) return undefined;
      const group = pickOf(eligible, p0);
      const count = 2 + (p1 % (group.length - 1));
      const turn = p2 % group.length;
      let parts = [...group.slice(turn), ...group.slice(0, turn)].slice(0, count);
      if (p3 % 2 === 1) parts = parts.reverse();
      const into: { id: string; name: string; category?: Bureau['category'] } = { id: freshId(c.id, bureauIds()), name: c.name };
      if (p4 % 4 !== 3) into.category = pickOf(CATEGORIES, p4);
      return { op: 'merge', bureaus: parts.map((b) => b.id), into };
    }
    case 'abolish': {
      if (bureaus.length === 0) return undefined;
      const bureau = pickOf(bureaus, p0);
      const others = bureaus.filter((b) => b.id !== bureau.id);
      if (p1 % 2 === 0 || others.length === 0) return { op: 'abolish', bureau: bureau.id };
      return { op: 'abolish', bureau: bureau.id, functionsTo: pickOf(others, p2).id };
    }
    case 'create': {
      if (units.length === 0) return undefined;
      const bureau: Bureau = {
        id: freshId(c.id, bureauIds()),
        name: c.name,
        unit: pickOf(units, p0).id,
        type: pickOf(BUREAU_TYPES, p1),
        category: pickOf(CATEGORIES, p2),
        functions: functionsFrom(functionIds, p3),
        staff: c.staff,
        leaderPosts: c.posts,
      };
      return { op: 'create', bureau };
    }
    case 'set': {
      if (bureaus.length === 0) return undefined;
      const operation: SetOperation = { op: 'set', bureau: pickOf(bureaus, p0).id };
      const fields = p1 % 64;
      if (fields & 1) operation.name = c.name;
      if (fields & 2) operation.type = pickOf(BUREAU_TYPES, p2);
      if (fields & 4) operation.category = pickOf(CATEGORIES, p3);
      if (fields & 8) operation.functions = functionsFrom(functionIds, p4);
      if (fields & 16) operation.staff = c.staff;
      if (fields & 32) operation.leaderPosts = c.posts;
      return operation;
    }
    case 'reassign': {
      const holders = bureaus.filter((b) => b.functions.length > 0);
      if (holders.length === 0 || bureaus.length < 2) return undefined;
      const from = pickOf(holders, p0);
      const to = pickOf(bureaus.filter((b) => b.id !== from.id), p2);
      return { op: 'reassign', function: pickOf(from.functions, p1), from: from.id, to: to.id };
    }
    case 'add-unit':
      return { op: 'add-unit', unit: newUnit(state, c) };
    case 'set-unit': {
      if (units.length === 0) return undefined;
      const unit = pickOf(units, p0);
      return { op: 'set-unit', unit: unit.id, ...safeUnitFields(state, unit, c, p1 % 4096, p2, p3, p4, p5) };
    }
    case 'remove-unit': {
      const removable = units.filter((u) => !bureaus.some((b) => b.unit === u.id) && !units.some((o) => o.id !== u.id && names(o, u.id)));
      if (removable.length === 0) return undefined;
      return { op: 'remove-unit', unit: pickOf(removable, p0).id };
    }
  }
}

/** Up to three duties, each once (v2: a repeat makes a bureau invalid). */
function functionsFrom(functionIds: readonly string[], pick: number): string[] {
  const count = pick % 4;
  return [...new Set(Array.from({ length: count }, (_, i) => pickOf(functionIds, Math.floor(pick / 4 ** (i + 1)) + i * 7)))];
}

function names(unit: Unit, id: string): boolean {
  return unit.parent === id || unit.jointWith === id || (unit.territory ?? []).includes(id);
}

const locals = (state: OrgState) => state.units.filter((u) => u.kind === 'town' || u.kind === 'street');
const zones = (state: OrgState) => state.units.filter((u) => u.kind === 'zone');
const JOINABLE: readonly UnitKind[] = ['zone', 'office', 'town', 'street'];
/** v2: the units that `unit` may run jointly with: joinable kinds with no jointWith of their own. */
const partnersFor = (state: OrgState, unit: string) => state.units.filter((u) => u.id !== unit && u.jointWith === undefined && JOINABLE.includes(u.kind));
const joinedBy = (state: OrgState, unit: string) => state.units.some((u) => u.jointWith === unit);

function newUnit(state: OrgState, c: Choice): Unit {
  const [p0, p1, p2, p3, p4, p5] = c.picks;
  const kind = pickOf(UNIT_KINDS, p0);
  const unit: Unit = { id: freshId(c.id, new Set(state.units.map((u) => u.id))), name: c.name, kind };
  if (kind === 'zone') {
    unit.governance = pickOf(GOVERNANCES, p1);
    const towns = locals(state);
    if (towns.length > 0 && p2 % 3 !== 0) unit.territory = [pickOf(towns, p2).id, pickOf(towns, p3).id];
  }
  // v2: an office may stand under no zone, and coordinate towns and streets of its own
  if (kind === 'office' && zones(state).length > 0 && p2 % 4 !== 0) unit.parent = pickOf(zones(state), p1).id;
  if (kind === 'office' && locals(state).length > 0 && p3 % 4 === 1) unit.territory = [pickOf(locals(state), p2).id];
  if ((kind === 'zone' || kind === 'office') && p4 % 3 === 0) unit.level = pickOf(LEVELS, p5);
  if ((kind === 'zone' || kind === 'office') && p4 % 5 < 2) unit.rank = rankFrom(p5);
  if (p3 % 3 === 0) unit.partyCommittee = p3 % 2 === 0;
  if (kind === 'town' && p1 % 2 === 0) unit.developedTown = p2 % 2 === 0;
  if (p4 % 2 === 0) unit.leaderPosts = c.posts;
  if (p5 % 4 === 0) unit.bodyCap = p5 % 7;
  if (p5 % 5 === 0) unit.leaderPostCap = p5 % 6;
  const partners = partnersFor(state, unit.id);
  if (partners.length > 0 && p4 % 7 === 0) unit.jointWith = pickOf(partners, p1).id;
  return unit;
}

function rankFrom(pick: number): { position: number; of: number } {
  const of = 1 + (pick % 9);
  return { position: 1 + (Math.floor(pick / 9) % of), of };
}

/** The unit after `changes`: a value sets its field, null removes it. */
function withChanges(unit: Unit, changes: UnitChanges): Unit {
  const out: Record<string, unknown> = { ...unit };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out as unknown as Unit;
}

/** Fields a set-unit may change without breaking a reference (SPEC §3), chosen by the bits of `fields`. */
function safeUnitFields(state: OrgState, unit: Unit, c: Choice, fields: number, p2: number, p3: number, p4: number, p5: number): UnitChanges {
  const out: UnitChanges = {};
  const ranked = unit.kind === 'zone' || unit.kind === 'office';
  if (fields & 1 || fields === 0) out.name = c.name;
  if (fields & 2) out.leaderPosts = c.posts;
  if (fields & 4) out.bodyCap = p2 % 8;
  if (fields & 8) out.leaderPostCap = p3 % 8;
  if (fields & 16) out.partyCommittee = p2 % 2 === 0;
  if (fields & 32 && ranked) out.rank = rankFrom(p4);
  if (fields & 64 && ranked) out.level = pickOf(LEVELS, p5);
  if (fields & 128) {
    if (unit.kind === 'zone') out.governance = pickOf(GOVERNANCES, p3);
    if (unit.kind === 'town') out.developedTown = p3 % 2 === 0;
    // v2: an office may leave its zone (null), or move to another
    if (unit.kind === 'office') out.parent = zones(state).length === 0 || p3 % 3 === 0 ? null : pickOf(zones(state), p3).id;
  }
  if (fields & 256 && ranked && locals(state).length > 0) out.territory = [pickOf(locals(state), p4).id];
  const partners = partnersFor(state, unit.id);
  // a unit that others run jointly with may not itself join another (no chains)
  if (fields & 512 && partners.length > 0 && !joinedBy(state, unit.id)) out.jointWith = pickOf(partners, p5).id;
  // v2: null removes optional fields, whichever the bits of p4 name and the step does not set
  if (fields & 2048) {
    CLEARABLE_UNIT_FIELDS.forEach((field, bit) => {
      if (out[field] === undefined && (p4 >> bit) & 1) out[field] = null;
    });
  }
  if (fields & 1024) Object.assign(out, kindChange(state, unit, out, p5));
  return out;
}

/**
 * A new kind for the unit, with null for the fields the new kind may not have (v2). A zone keeps its
 * kind (its governance cannot be removed); a unit that others name keeps a kind they may name.
 */
function kindChange(state: OrgState, unit: Unit, changing: UnitChanges, pick: number): UnitChanges {
  const after = withChanges(unit, changing);
  if (after.governance !== undefined) return {};
  const inTerritory = state.units.some((z) => z.territory?.includes(unit.id));
  const kinds: UnitKind[] = ['town', 'street'];
  if (!inTerritory) kinds.push('office', 'zone');
  if (!inTerritory && !joinedBy(state, unit.id)) kinds.push('platform', 'group');
  const others = kinds.filter((k) => k !== unit.kind);
  const kind = pickOf(others, pick);
  const out: UnitChanges = kind === 'zone' ? { kind, governance: pickOf(GOVERNANCES, pick >> 3) } : { kind };
  const allowed: Record<string, readonly UnitKind[]> = {
    level: ['zone', 'office'],
    parent: ['office'],
    territory: ['zone', 'office'],
    developedTown: ['town'],
    rank: ['zone', 'office'],
  };
  for (const [field, kinds] of Object.entries(allowed)) {
    if (after[field as keyof Unit] !== undefined && !kinds.includes(kind)) (out as Record<string, unknown>)[field] = null;
  }
  return out;
}
