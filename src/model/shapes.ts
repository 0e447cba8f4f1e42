// The shapes of SPEC §3: unit, bureau, function, rules. Each reader returns a clean copy with
// exactly the fields the file gave, or undefined after recording every error it found.
import { type FileError, childPath, fileError } from './errors';
import { ErrorList } from './limits';
import {
  type Errors,
  type ReadValue,
  checkKeys,
  defined,
  optional,
  readArray,
  readBoolean,
  readCount,
  readEnum,
  readId,
  readIdList,
  readName,
  readObject,
  readRatio,
  requirePresent,
  required,
} from './read';
import {
  BUREAU_TYPES,
  type Bureau,
  CATEGORIES,
  CLEARABLE_UNIT_FIELDS,
  type ClearableUnitField,
  type FunctionDef,
  GOVERNANCES,
  LEVELS,
  type Rank,
  type RuleSettings,
  type Staff,
  UNIT_KINDS,
  type Unit,
  type UnitChanges,
  type UnitKind,
} from './types';

export const UNIT_FIELDS = [
  'id', 'name', 'kind', 'level', 'governance', 'partyCommittee', 'parent', 'territory',
  'developedTown', 'leaderPosts', 'leaderPostCap', 'bodyCap', 'jointWith', 'rank',
] as const;
export const BUREAU_FIELDS = ['id', 'name', 'unit', 'type', 'category', 'functions', 'staff', 'leaderPosts'] as const;

/** Fields that only some kinds of unit may have (SPEC §7, last paragraph). */
const KIND_ONLY: ReadonlyArray<[keyof Unit, readonly UnitKind[]]> = [
  ['level', ['zone', 'office']],
  ['governance', ['zone']],
  ['parent', ['office']],
  // an office may coordinate towns and streets too (v2), as 梁溪's 古运河 resort office does
  ['territory', ['zone', 'office']],
  ['developedTown', ['town']],
  ['rank', ['zone', 'office']],
];

export const readKind = readEnum(UNIT_KINDS);
export const readLevel = readEnum(LEVELS);
export const readGovernance = readEnum(GOVERNANCES);
export const readBureauType = readEnum(BUREAU_TYPES);
export const readCategory = readEnum(CATEGORIES);

/** v2: a bureau lists each duty once; each repeat is an error at its place. */
export function repeatedFunctionErrors(ids: readonly string[], path: string): FileError[] {
  // one pass with the first place of each id (indexOf for each was quadratic: 300,000 duties took minutes),
  // the first few hundred errors kept and the rest counted
  const errors = new ErrorList();
  const first = new Map<string, number>();
  ids.forEach((id, index) => {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, index);
    else errors.add(fileError(childPath(path, index), 'function.repeat', { id, first: seen }));
  });
  return errors.toArray();
}

/** A list of duties, each once. */
export const readFunctionIds: ReadValue<string[]> = (value, path, errors) => {
  const ids = readIdList(value, path, errors);
  if (!ids) return undefined;
  const repeats = repeatedFunctionErrors(ids, path);
  // one by one: a list spread into one call overflows the stack past about 100,000
  for (const error of repeats) errors.push(error);
  return repeats.length === 0 ? ids : undefined;
};

export const readStaff: ReadValue<Staff> = (value, path, errors) => {
  const object = readObject(value, path, errors);
  if (!object) return undefined;
  const before = errors.length;
  checkKeys(object, path, ['admin', 'institutional'], errors);
  const admin = required(object, 'admin', path, readCount, errors);
  const institutional = required(object, 'institutional', path, readCount, errors);
  if (errors.length > before || admin === undefined || institutional === undefined) return undefined;
  return { admin, institutional };
};

export const readRank: ReadValue<Rank> = (value, path, errors) => {
  const object = readObject(value, path, errors);
  if (!object) return undefined;
  const before = errors.length;
  checkKeys(object, path, ['position', 'of'], errors);
  const position = required(object, 'position', path, readCount, errors);
  const of = required(object, 'of', path, readCount, errors);
  if (errors.length > before || position === undefined || of === undefined) return undefined;
  if (position < 1) errors.push(fileError(childPath(path, 'position'), 'rank.first', {}));
  else if (of < position) errors.push(fileError(path, 'rank.order', { position, of }));
  else return { position, of };
  return undefined;
};

/** Reads the fields of a Unit other than `id`, as given; used by units and by `set-unit`. */
export function readUnitFields(object: Record<string, unknown>, path: string, errors: Errors): Partial<Unit> {
  return defined({
    name: optional(object, 'name', path, readName, errors),
    kind: optional(object, 'kind', path, readKind, errors),
    level: optional(object, 'level', path, readLevel, errors),
    governance: optional(object, 'governance', path, readGovernance, errors),
    partyCommittee: optional(object, 'partyCommittee', path, readBoolean, errors),
    parent: optional(object, 'parent', path, readId, errors),
    territory: optional(object, 'territory', path, readIdList, errors),
    developedTown: optional(object, 'developedTown', path, readBoolean, errors),
    leaderPosts: optional(object, 'leaderPosts', path, readCount, errors),
    leaderPostCap: optional(object, 'leaderPostCap', path, readCount, errors),
    bodyCap: optional(object, 'bodyCap', path, readCount, errors),
    jointWith: optional(object, 'jointWith', path, readId, errors),
    rank: optional(object, 'rank', path, readRank, errors),
  });
}

const UNIT_CHANGE_FIELDS: readonly string[] = UNIT_FIELDS.filter((field) => field !== 'id');
export const clearable = (field: string): field is ClearableUnitField => (CLEARABLE_UNIT_FIELDS as readonly string[]).includes(field);

/**
 * The fields a `set-unit` changes, as given: `null` removes an optional field (v2) and is an
 * error on a field that no unit may lack.
 */
export function readUnitChanges(object: Record<string, unknown>, path: string, errors: Errors): UnitChanges {
  const cleared: Partial<Record<ClearableUnitField, null>> = {};
  // no prototype: an own key "__proto__" is copied as data, never as the copy's prototype
  const given = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(object)) {
    if (value !== null || !UNIT_CHANGE_FIELDS.includes(key)) given[key] = value;
    else if (clearable(key)) cleared[key] = null;
    else errors.push(fileError(childPath(path, key), 'setUnit.nullRequired', { field: key }));
  }
  return { ...readUnitFields(given, path, errors), ...cleared };
}

export const readUnit: ReadValue<Unit> = (value, path, errors) => {
  const object = readObject(value, path, errors);
  if (!object) return undefined;
  const before = errors.length;
  checkKeys(object, path, UNIT_FIELDS, errors);
  const id = required(object, 'id', path, readId, errors);
  requirePresent(object, ['name', 'kind'], path, errors);
  const fields = readUnitFields(object, path, errors);
  if (errors.length > before || id === undefined) return undefined;
  const unit = { id, ...fields } as Unit;
  const kindErrors = unitKindErrors(unit, path);
  errors.push(...kindErrors);
  return kindErrors.length === 0 ? unit : undefined;
};

/** What a unit's kind forbids or requires of its own fields (no other unit is looked at). */
export function unitKindErrors(unit: Unit, path: string): FileError[] {
  const errors: FileError[] = [];
  for (const [field, kinds] of KIND_ONLY) {
    if (unit[field] !== undefined && !kinds.includes(unit.kind)) {
      errors.push(fileError(childPath(path, field), 'field.kindOnly', { field, kinds, kind: unit.kind }));
    }
  }
  if (unit.kind === 'zone' && unit.governance === undefined) errors.push(fileError(path, 'unit.zoneGovernance', {}));
  if (unit.jointWith !== undefined && unit.jointWith === unit.id) {
    errors.push(fileError(childPath(path, 'jointWith'), 'jointWith.self', {}));
  }
  return errors;
}

export const readBureau: ReadValue<Bureau> = (value, path, errors) => {
  const object = readObject(value, path, errors);
  if (!object) return undefined;
  const before = errors.length;
  checkKeys(object, path, BUREAU_FIELDS, errors);
  const bureau = {
    id: required(object, 'id', path, readId, errors),
    name: required(object, 'name', path, readName, errors),
    unit: required(object, 'unit', path, readId, errors),
    type: required(object, 'type', path, readBureauType, errors),
    category: required(object, 'category', path, readCategory, errors),
    functions: required(object, 'functions', path, readFunctionIds, errors),
    staff: required(object, 'staff', path, readStaff, errors),
    leaderPosts: required(object, 'leaderPosts', path, readCount, errors),
  };
  return errors.length === before ? (bureau as Bureau) : undefined;
};

export const readFunctionDef: ReadValue<FunctionDef> = (value, path, errors) => {
  const object = readObject(value, path, errors);
  if (!object) return undefined;
  const before = errors.length;
  checkKeys(object, path, ['id', 'name', 'category'], errors);
  const fn = {
    id: required(object, 'id', path, readId, errors),
    name: required(object, 'name', path, readName, errors),
    category: required(object, 'category', path, readCategory, errors),
  };
  return errors.length === before ? (fn as FunctionDef) : undefined;
};

export const readRules: ReadValue<RuleSettings> = (value, path, errors) => {
  const object = readObject(value, path, errors);
  if (!object) return undefined;
  const before = errors.length;
  checkKeys(object, path, ['economicRatioMin', 'rewardTopN', 'bottomN'], errors);
  const rules = defined({
    economicRatioMin: optional(object, 'economicRatioMin', path, readRatio, errors),
    rewardTopN: optional(object, 'rewardTopN', path, readCount, errors),
    bottomN: optional(object, 'bottomN', path, readCount, errors),
  });
  return errors.length === before ? rules : undefined;
};

export const readUnits = readArray(readUnit, 1);
export const readBureaus = readArray(readBureau);
export const readFunctionDefs = readArray(readFunctionDef);
