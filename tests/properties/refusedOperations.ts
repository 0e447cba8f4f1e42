// Operations that SPEC §5 says are refused where they stand, one for each "refused when" of the
// table, read from random picks against a state (undefined when the state cannot host that case).
import type { Bureau, Operation, OrgState, Unit } from '../../src/model';
import { freshId, pickOf } from './values';

export interface RefusedCase {
  reason: string;
  operation: Operation;
}

type Build = (state: OrgState, picks: readonly number[], functionIds: readonly string[]) => Operation | undefined;

const missingBureau = (state: OrgState) => freshId('no-such-bureau', new Set(state.bureaus.map((b) => b.id)));
const missingUnit = (state: OrgState) => freshId('no-such-unit', new Set(state.units.map((u) => u.id)));
const some = <T>(items: readonly T[], pick: number): T | undefined => (items.length === 0 ? undefined : pickOf(items, pick));

/** Two bureaus of one unit and one type, the smallest set a merge accepts. */
function mergeable(state: OrgState, pick: number): [Bureau, Bureau] | undefined {
  const pairs: [Bureau, Bureau][] = [];
  state.bureaus.forEach((a, i) =>
    state.bureaus.slice(i + 1).forEach((b) => {
      if (a.unit === b.unit && a.type === b.type) pairs.push([a, b]);
    }),
  );
  return some(pairs, pick);
}

function pairWhere(state: OrgState, pick: number, differ: (a: Bureau, b: Bureau) => boolean): [Bureau, Bureau] | undefined {
  const pairs: [Bureau, Bureau][] = [];
  state.bureaus.forEach((a) => state.bureaus.forEach((b) => a.id !== b.id && differ(a, b) && pairs.push([a, b])));
  return some(pairs, pick);
}

const names = (unit: Unit, id: string) => unit.parent === id || unit.jointWith === id || (unit.territory ?? []).includes(id);

export const REFUSED: Record<string, Build> = {
  'move: bureau missing': (s, [p]) => some(s.units, p!) && { op: 'move', bureau: missingBureau(s), to: pickOf(s.units, p!).id },
  'move: unit missing': (s, [p]) => some(s.bureaus, p!) && { op: 'move', bureau: pickOf(s.bureaus, p!).id, to: missingUnit(s) },
  'move: already there': (s, [p]) => {
    const b = some(s.bureaus, p!);
    return b && { op: 'move', bureau: b.id, to: b.unit };
  },
  'merge: fewer than 2': (s, [p]) => some(s.bureaus, p!) && { op: 'merge', bureaus: [pickOf(s.bureaus, p!).id], into: { id: missingBureau(s), name: '合并' } },
  'merge: a repeat': (s, [p]) => {
    const b = some(s.bureaus, p!);
    return b && { op: 'merge', bureaus: [b.id, b.id], into: { id: missingBureau(s), name: '合并' } };
  },
  'merge: a missing bureau': (s, [p]) => {
    const pair = mergeable(s, p!);
    return pair && { op: 'merge', bureaus: [pair[0].id, missingBureau(s), pair[1].id], into: { id: freshId('merged', new Set([...s.bureaus.map((b) => b.id), missingBureau(s)])), name: '合并' } };
  },
  'merge: not all in one unit': (s, [p]) => {
    const pair = pairWhere(s, p!, (a, b) => a.unit !== b.unit && a.type === b.type);
    return pair && { op: 'merge', bureaus: pair.map((b) => b.id), into: { id: missingBureau(s), name: '合并' } };
  },
  'merge: not all of one type': (s, [p]) => {
    const pair = pairWhere(s, p!, (a, b) => a.unit === b.unit && a.type !== b.type);
    return pair && { op: 'merge', bureaus: pair.map((b) => b.id), into: { id: missingBureau(s), name: '合并' } };
  },
  'merge: into.id in use': (s, [p, q]) => {
    const pair = mergeable(s, p!);
    return pair && { op: 'merge', bureaus: pair.map((b) => b.id), into: { id: pickOf(s.bureaus, q!).id, name: '合并' } };
  },
  'abolish: bureau missing': (s) => ({ op: 'abolish', bureau: missingBureau(s) }),
  'abolish: functionsTo missing': (s, [p]) => some(s.bureaus, p!) && { op: 'abolish', bureau: pickOf(s.bureaus, p!).id, functionsTo: missingBureau(s) },
  'abolish: functionsTo the same bureau': (s, [p]) => {
    const b = some(s.bureaus, p!);
    return b && { op: 'abolish', bureau: b.id, functionsTo: b.id };
  },
  'create: id in use': (s, [p, q], fns) =>
    some(s.bureaus, p!) && some(s.units, q!) && { op: 'create', bureau: newBureau(pickOf(s.bureaus, p!).id, pickOf(s.units, q!).id, fns) },
  'create: unit missing': (s, _p, fns) => ({ op: 'create', bureau: newBureau(missingBureau(s), missingUnit(s), fns) }),
  'create: a duty that does not exist': (s, [p], fns) =>
    some(s.units, p!) && { op: 'create', bureau: { ...newBureau(missingBureau(s), pickOf(s.units, p!).id, fns), functions: [...fns.slice(0, 1), freshId('no-such-duty', new Set(fns))] } },
  'set: bureau missing': (s) => ({ op: 'set', bureau: missingBureau(s), name: '改名' }),
  'set: a duty that does not exist': (s, [p], fns) => some(s.bureaus, p!) && { op: 'set', bureau: pickOf(s.bureaus, p!).id, functions: [freshId('no-such-duty', new Set(fns))] },
  'reassign: from does not hold it': (s, [p, q], fns) => {
    const pair = pairWhere(s, p!, () => true);
    const fn = pair ? some(fns.filter((f) => !pair[0].functions.includes(f)), q!) : undefined;
    return pair && fn !== undefined ? { op: 'reassign', function: fn, from: pair[0].id, to: pair[1].id } : undefined;
  },
  'reassign: from missing': (s, [p], fns) => some(s.bureaus, p!) && { op: 'reassign', function: pickOf(fns, p!), from: missingBureau(s), to: pickOf(s.bureaus, p!).id },
  'reassign: to missing': (s, [p, q]) => {
    const from = some(s.bureaus.filter((b) => b.functions.length > 0), p!);
    return from && { op: 'reassign', function: pickOf(from.functions, q!), from: from.id, to: missingBureau(s) };
  },
  'reassign: from = to': (s, [p, q]) => {
    const from = some(s.bureaus.filter((b) => b.functions.length > 0), p!);
    return from && { op: 'reassign', function: pickOf(from.functions, q!), from: from.id, to: from.id };
  },
  'add-unit: id in use': (s, [p]) => some(s.units, p!) && { op: 'add-unit', unit: { id: pickOf(s.units, p!).id, name: '新单位', kind: 'platform' } },
  'add-unit: a zone without governance': (s) => ({ op: 'add-unit', unit: { id: missingUnit(s), name: '新区', kind: 'zone' } }),
  'add-unit: parent not a zone': (s, [p]) => {
    const notZone = some(s.units.filter((u) => u.kind !== 'zone'), p!);
    return notZone && { op: 'add-unit', unit: { id: missingUnit(s), name: '新园', kind: 'office', parent: notZone.id } };
  },
  'add-unit: parent missing': (s) => ({ op: 'add-unit', unit: { id: missingUnit(s), name: '新园', kind: 'office', parent: freshId('gone', new Set([...s.units.map((u) => u.id), missingUnit(s)])) } }),
  'add-unit: territory not a town or street': (s, [p]) => {
    const other = some(s.units.filter((u) => u.kind !== 'town' && u.kind !== 'street'), p!);
    return other && { op: 'add-unit', unit: { id: missingUnit(s), name: '新区', kind: 'zone', governance: 'separated', territory: [other.id] } };
  },
  'add-unit: jointWith itself': (s) => {
    const id = missingUnit(s);
    return { op: 'add-unit', unit: { id, name: '新单位', kind: 'group', jointWith: id } };
  },
  'add-unit: a field of another kind': (s, [p]) => {
    const fields: Partial<Unit>[] = [{ developedTown: true }, { governance: 'integrated' }, { rank: { position: 1, of: 2 } }, { parent: 'x' }, { territory: [] }, { level: 'national' }];
    return { op: 'add-unit', unit: { id: missingUnit(s), name: '新平台', kind: 'platform', ...pickOf(fields, p!) } };
  },
  'set-unit: unit missing': (s) => ({ op: 'set-unit', unit: missingUnit(s), name: '改名' }),
  'set-unit: jointWith itself': (s, [p]) => {
    const u = some(s.units, p!);
    return u && { op: 'set-unit', unit: u.id, jointWith: u.id };
  },
  'set-unit: jointWith missing': (s, [p]) => some(s.units, p!) && { op: 'set-unit', unit: pickOf(s.units, p!).id, jointWith: missingUnit(s) },
  'set-unit: governance on a unit that is not a zone': (s, [p]) => {
    const u = some(s.units.filter((x) => x.kind !== 'zone'), p!);
    return u && { op: 'set-unit', unit: u.id, governance: 'separated' };
  },
  'set-unit: a town named in a territory becomes a platform': (s, [p]) => {
    const named = some(s.units.filter((u) => (u.kind === 'town' || u.kind === 'street') && u.developedTown === undefined && s.units.some((z) => z.territory?.includes(u.id))), p!);
    return named && { op: 'set-unit', unit: named.id, kind: 'platform' };
  },
  'set-unit: an office given a parent that is not a zone': (s, [p, q]) => {
    const office = some(s.units.filter((u) => u.kind === 'office'), p!);
    const notZone = some(s.units.filter((u) => u.kind !== 'zone'), q!);
    return office && notZone ? { op: 'set-unit', unit: office.id, parent: notZone.id } : undefined;
  },
  'set-unit: a town becomes a zone without governance': (s, [p]) => {
    const town = some(s.units.filter((u) => (u.kind === 'town' || u.kind === 'street') && u.developedTown === undefined), p!);
    return town && { op: 'set-unit', unit: town.id, kind: 'zone' };
  },
  'set-unit: territory names a unit that is not a town or street': (s, [p, q]) => {
    const zone = some(s.units.filter((u) => u.kind === 'zone'), p!);
    const other = some(s.units.filter((u) => u.kind !== 'town' && u.kind !== 'street'), q!);
    return zone && other ? { op: 'set-unit', unit: zone.id, territory: [other.id] } : undefined;
  },
  'set-unit: territory names a missing unit': (s, [p]) => {
    const zone = some(s.units.filter((u) => u.kind === 'zone'), p!);
    return zone && { op: 'set-unit', unit: zone.id, territory: [missingUnit(s)] };
  },
  'set-unit: a field of another kind': (s, [p, q]) => {
    const fields: Partial<Unit>[] = [{ developedTown: false }, { governance: 'integrated' }, { rank: { position: 1, of: 1 } }, { territory: [] }, { level: 'municipal' }];
    const platform = some(s.units.filter((u) => u.kind === 'platform' || u.kind === 'group'), p!);
    return platform && { op: 'set-unit', unit: platform.id, ...pickOf(fields, q!) };
  },
  // v2: jointWith names a zone, office, town or street that has no jointWith of its own
  'add-unit: jointWith a platform or group (v2)': (s, [p]) => {
    const target = some(s.units.filter((u) => u.kind === 'platform' || u.kind === 'group'), p!);
    return target && { op: 'add-unit', unit: { id: missingUnit(s), name: '新镇', kind: 'town', jointWith: target.id } };
  },
  'add-unit: jointWith a unit run jointly itself (a chain, v2)': (s, [p]) => {
    const target = some(s.units.filter((u) => u.jointWith !== undefined), p!);
    return target && { op: 'add-unit', unit: { id: missingUnit(s), name: '新街道', kind: 'street', jointWith: target.id } };
  },
  'set-unit: jointWith a platform or group (v2)': (s, [p, q]) => {
    const unit = some(s.units, p!);
    const target = some(s.units.filter((u) => (u.kind === 'platform' || u.kind === 'group') && u.id !== unit?.id), q!);
    return unit && target ? { op: 'set-unit', unit: unit.id, jointWith: target.id } : undefined;
  },
  'set-unit: a unit that others run jointly with joins another (a pair or chain, v2)': (s, [p, q]) => {
    const joined = some(s.units.filter((u) => s.units.some((o) => o.jointWith === u.id)), p!);
    const other = joined && some(s.units.filter((u) => u.id !== joined.id), q!);
    return joined && other ? { op: 'set-unit', unit: joined.id, jointWith: other.id } : undefined;
  },
  'set-unit: a unit that others run jointly with becomes a platform (v2)': (s, [p]) => {
    const joined = some(s.units.filter((u) => s.units.some((o) => o.jointWith === u.id) && !s.units.some((z) => z.territory?.includes(u.id)) && u.kind !== 'zone'), p!);
    return joined && { op: 'set-unit', unit: joined.id, kind: 'platform', level: null, parent: null, territory: null, developedTown: null, rank: null };
  },
  'set-unit: null for a field no unit may lack (v2)': (s, [p, q]) => {
    const unit = some(s.units, p!);
    const field = pickOf(['name', 'kind', 'leaderPosts', 'governance'], q!);
    return unit && ({ op: 'set-unit', unit: unit.id, [field]: null } as Operation);
  },
  'create: a duty listed twice (v2)': (s, [p], fns) =>
    some(s.units, p!) && { op: 'create', bureau: { ...newBureau(missingBureau(s), pickOf(s.units, p!).id, fns), functions: [fns[0]!, fns[0]!] } },
  'set: a duty listed twice (v2)': (s, [p, q], fns) => some(s.bureaus, p!) && { op: 'set', bureau: pickOf(s.bureaus, p!).id, functions: [pickOf(fns, q!), pickOf(fns, q!)] },
  'remove-unit: unit missing': (s) => ({ op: 'remove-unit', unit: missingUnit(s) }),
  'remove-unit: it still holds bureaus': (s, [p]) => {
    const holder = some(s.units.filter((u) => s.bureaus.some((b) => b.unit === u.id)), p!);
    return holder && { op: 'remove-unit', unit: holder.id };
  },
  'remove-unit: another unit still names it': (s, [p]) => {
    const named = some(s.units.filter((u) => s.units.some((o) => o.id !== u.id && names(o, u.id))), p!);
    return named && { op: 'remove-unit', unit: named.id };
  },
};

function newBureau(id: string, unit: string, functionIds: readonly string[]): Bureau {
  return { id, name: '新机构', unit, type: 'internal', category: 'economic', functions: functionIds.slice(0, 2), staff: { admin: 3, institutional: 1 }, leaderPosts: 1 };
}

export const REFUSED_REASONS = Object.keys(REFUSED);

/** The case `reason` in `state`, or undefined when the state has nothing to build it from. */
export function refusedCase(reason: string, state: OrgState, picks: readonly number[], functionIds: readonly string[]): RefusedCase | undefined {
  const operation = REFUSED[reason]!(state, picks, functionIds);
  return operation ? { reason, operation } : undefined;
}
