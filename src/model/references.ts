// References between the parts of a file (SPEC §3): every id named must exist and be of the
// right kind. Used on the baseline by the parser and on each state by the engine.
import { type FileError, childPath, fileError } from './errors';
import { ErrorList } from './limits';
import type { Bureau, FunctionDef, Unit } from './types';

export type UnitLookup = ReadonlyMap<string, Unit>;

/** Ids of items that are in the file but could not be read: whether they are right is not known. */
export type Unreadable = ReadonlySet<string>;
const NONE: Unreadable = new Set();

/** What is wrong with the units that `unit` names: parent, territory, jointWith. */
export function unitReferenceErrors(unit: Unit, units: UnitLookup, path: string, unreadable: Unreadable = NONE): FileError[] {
  // a list of millions of names must not make millions of errors: the first few hundred, then a count
  const errors = new ErrorList();
  if (unit.parent !== undefined && !unreadable.has(unit.parent)) {
    const parent = units.get(unit.parent);
    const at = childPath(path, 'parent');
    if (!parent) errors.push(fileError(at, 'ref.unit', { id: unit.parent }));
    else if (parent.kind !== 'zone') errors.push(fileError(at, 'parent.notZone', { id: parent.id, kind: parent.kind }));
  }
  unit.territory?.forEach((id, index) => {
    if (unreadable.has(id)) return;
    const local = units.get(id);
    const at = childPath(childPath(path, 'territory'), index);
    if (!local) errors.push(fileError(at, 'ref.unit', { id }));
    else if (local.kind !== 'town' && local.kind !== 'street') {
      errors.push(fileError(at, 'territory.notLocal', { id, kind: local.kind }));
    }
  });
  if (unit.jointWith !== undefined && unit.jointWith !== unit.id && !unreadable.has(unit.jointWith)) {
    const error = jointWithError(unit, units);
    if (error) errors.push({ ...error, path: childPath(path, 'jointWith') });
  }
  return errors.toArray();
}

/**
 * v2, "一套机构一套职数": the unit joined holds the one team whose posts are counted, so it must be
 * a unit whose posts count (not a platform, not a group) and must not itself be joined elsewhere.
 */
function jointWithError(unit: Unit, units: UnitLookup): FileError | undefined {
  const id = unit.jointWith!;
  const partner = units.get(id);
  if (!partner) return fileError('', 'ref.unit', { id });
  if (partner.kind === 'platform' || partner.kind === 'group') return fileError('', 'jointWith.kind', { id, name: partner.name, kind: partner.kind });
  if (partner.jointWith === undefined) return undefined;
  if (partner.jointWith === unit.id) return fileError('', 'jointWith.pair', { id, name: partner.name });
  return fileError('', 'jointWith.chain', { id, name: partner.name, next: units.get(partner.jointWith)?.name ?? partner.jointWith });
}

/** What is wrong with the unit and the duties that `bureau` names. */
export function bureauReferenceErrors(
  bureau: Bureau,
  units: UnitLookup,
  functions: ReadonlyMap<string, FunctionDef>,
  path: string,
  unreadable: { units: Unreadable; functions: Unreadable } = { units: NONE, functions: NONE },
): FileError[] {
  const errors = new ErrorList();
  if (!units.has(bureau.unit) && !unreadable.units.has(bureau.unit)) errors.push(fileError(childPath(path, 'unit'), 'ref.unit', { id: bureau.unit }));
  errors.addAll(functionReferenceErrors(bureau.functions, functions, childPath(path, 'functions'), unreadable.functions));
  return errors.toArray();
}

export function functionReferenceErrors(ids: readonly string[], functions: ReadonlyMap<string, FunctionDef>, path: string, unreadable: Unreadable = NONE): FileError[] {
  const errors = new ErrorList();
  ids.forEach((id, index) => {
    if (!functions.has(id) && !unreadable.has(id)) errors.push(fileError(childPath(path, index), 'ref.function', { id }));
  });
  return errors.toArray();
}

export function lookupById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}
