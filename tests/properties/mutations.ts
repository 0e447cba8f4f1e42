// One change to the JSON of a valid file, and what SPEC §3 says of the result: invalid, with an
// error at a known path, or (deleting an optional field) either way.
import { CLEARABLE_UNIT_FIELDS, childPath } from '../../src/model';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Segment = string | number;

export const MUTATION_KINDS = ['delete-key', 'add-key', 'change-type', 'bad-number', 'duplicate-id', 'missing-reference', 'forbidden-key', 'repeat-duty'] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  kind: MutationKind;
  text: string;
  /** What SPEC §3 says: refused with an error at `errorAt`, or undefined when the change may be harmless. */
  errorAt?: string;
  /** An error anywhere inside this path will do too (the changed element may be refused for another reason first). */
  orWithin?: string;
  describe: string;
}

interface Site {
  path: Segment[];
  value: Json;
  /** inside a `meta` object, where anything goes */
  free: boolean;
}

const pathText = (path: readonly Segment[]) => path.reduce<string>((text, segment) => childPath(text, segment), '$');

function sites(root: Json): Site[] {
  const out: Site[] = [];
  // `meta` itself must be an object; what it holds is free
  const visit = (value: Json, path: Segment[], free: boolean) => {
    out.push({ path, value, free });
    const inner = free || path.at(-1) === 'meta';
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index], inner));
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key], inner);
    }
  };
  visit(root, [], false);
  return out;
}

/** A field of a set-unit operation: `scenarios[i].operations[j].field`. */
function isSetUnitField(root: Json, path: readonly Segment[]): boolean {
  return path.length === 5 && path[0] === 'scenarios' && path[2] === 'operations' && (at(root, path.slice(0, 4)) as JsonObject).op === 'set-unit';
}

function at(root: Json, path: readonly Segment[]): Json {
  return path.reduce<Json>((value, segment) => (value as Record<string | number, Json>)[segment]!, root);
}

const isObject = (value: Json): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);
const typeOf = (value: Json) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

const OPERATION_REQUIRED: Record<string, readonly string[]> = {
  move: ['bureau', 'to'],
  merge: ['bureaus', 'into'],
  abolish: ['bureau'],
  create: ['bureau'],
  set: ['bureau'],
  reassign: ['function', 'from', 'to'],
  'add-unit': ['unit'],
  'set-unit': ['unit'],
  'remove-unit': ['unit'],
};

/** The keys SPEC §3 and §5 require of the object at `path` (the file's shape tells what it is). */
export function requiredKeys(root: Json, path: readonly Segment[]): readonly string[] {
  const object = at(root, path) as JsonObject;
  const last = path.at(-1);
  const underOperation = path.length >= 4 && path[0] === 'scenarios' && path[2] === 'operations';
  if (path.length === 0) return ['format', 'version', 'title', 'units', 'bureaus', 'scenarios'];
  if (path.length === 2 && path[0] === 'scenarios') return ['id', 'name', 'operations'];
  if (path.length === 4 && underOperation) return ['op', ...(OPERATION_REQUIRED[object.op as string] ?? [])];
  const isUnit = (path.length === 2 && path[0] === 'units') || (underOperation && path.length === 5 && last === 'unit');
  // v2: an office may lack a parent
  if (isUnit) return ['id', 'name', 'kind', ...(object.kind === 'zone' ? ['governance'] : [])];
  const isBureau = (path.length === 2 && path[0] === 'bureaus') || (underOperation && path.length === 5 && last === 'bureau');
  if (isBureau) return ['id', 'name', 'unit', 'type', 'category', 'functions', 'staff', 'leaderPosts'];
  if (path.length === 2 && path[0] === 'functions') return ['id', 'name', 'category'];
  if (last === 'staff') return ['admin', 'institutional'];
  if (last === 'rank') return ['position', 'of'];
  if (last === 'into') return ['id', 'name'];
  return [];
}

/** Where a string names a unit, a bureau or a duty (SPEC §3 references, §5 operation fields). */
function referenceSite(root: Json, path: readonly Segment[]): 'baseline' | 'operation' | undefined {
  const last = path.at(-1);
  const parent = path.at(-2);
  if (path[0] === 'units' && path.length === 3 && (last === 'parent' || last === 'jointWith')) return 'baseline';
  if (path[0] === 'units' && path.length === 4 && parent === 'territory') return 'baseline';
  if (path[0] === 'bureaus' && path.length === 3 && last === 'unit') return 'baseline';
  if (path[0] === 'bureaus' && path.length === 4 && parent === 'functions') return 'baseline';
  if (path[0] !== 'scenarios' || path[2] !== 'operations' || path.length < 5) return undefined;
  const op = (at(root, path.slice(0, 4)) as JsonObject).op as string;
  const inner = path.slice(4);
  const key = inner.join('.');
  const refs: Record<string, RegExp> = {
    move: /^(bureau|to)$/,
    merge: /^bureaus\.\d+$/,
    abolish: /^(bureau|functionsTo)$/,
    create: /^bureau\.(unit|functions\.\d+)$/,
    set: /^(bureau|functions\.\d+)$/,
    reassign: /^(function|from|to)$/,
    'add-unit': /^unit\.(parent|jointWith|territory\.\d+)$/,
    'set-unit': /^(unit|parent|jointWith|territory\.\d+)$/,
    'remove-unit': /^unit$/,
  };
  return refs[op]?.test(key) ? 'operation' : undefined;
}

const OTHER_TYPE_VALUES: Json[] = ['text', 7, true, null, [], {}];
const BAD_NUMBERS = [-1, 1.5, 2e6];
const ADDED_KEYS = ['unexpected', 'Name', 'id ', '备注'];
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];
const FORBIDDEN_VALUES = ['{"polluted":"yes"}', '"x"', '{"toString":"not a function"}', '[{"polluted":1}]'];

/** The mutation of `kind` at the `site`-th place it can be made, or undefined when it can be made nowhere. */
export function mutate(text: string, kind: MutationKind, site: number, choice: number): Mutation | undefined {
  const root = JSON.parse(text) as Json;
  const all = sites(root);
  const pick = <T>(items: readonly T[]): T | undefined => (items.length === 0 ? undefined : items[site % items.length]);
  const option = <T>(items: readonly T[]): T => items[choice % items.length]!;
  const done = (errorAt: string | undefined, describe: string, out: string = JSON.stringify(root, null, 2)): Mutation => ({
    kind,
    text: out,
    errorAt,
    describe,
  });
  switch (kind) {
    case 'delete-key': {
      const target = pick(all.filter((s) => !s.free && isObject(s.value) && Object.keys(s.value).length > 0));
      if (!target) return undefined;
      const object = target.value as JsonObject;
      const key = option(Object.keys(object));
      const required = requiredKeys(root, target.path).includes(key);
      delete object[key];
      return done(required ? pathText(target.path) : undefined, `delete ${key} at ${pathText(target.path)}`);
    }
    case 'add-key': {
      const target = pick(all.filter((s) => !s.free && isObject(s.value) && s.path.at(-1) !== 'meta'));
      if (!target) return undefined;
      const key = option(ADDED_KEYS);
      (target.value as JsonObject)[key] = 'added';
      return done(childPath(pathText(target.path), key), `add ${key} at ${pathText(target.path)}`);
    }
    case 'change-type': {
      const target = pick(all.filter((s) => !s.free));
      if (!target) return undefined;
      const replacement = option(OTHER_TYPE_VALUES.filter((v) => typeOf(v) !== typeOf(target.value)));
      const where = pathText(target.path);
      if (target.path.length === 0) return done(where, 'the whole file replaced', JSON.stringify(replacement));
      (at(root, target.path.slice(0, -1)) as Record<string | number, Json>)[target.path.at(-1)!] = replacement;
      // v2: in a set-unit, null removes an optional field: the file may well stay valid
      const clears = replacement === null && isSetUnitField(root, target.path) && (CLEARABLE_UNIT_FIELDS as readonly Segment[]).includes(target.path.at(-1)!);
      return done(clears ? undefined : where, `${where} becomes ${JSON.stringify(replacement)}`);
    }
    case 'bad-number': {
      const target = pick(all.filter((s) => !s.free && typeof s.value === 'number'));
      if (!target) return undefined;
      const bad = option(BAD_NUMBERS);
      (at(root, target.path.slice(0, -1)) as Record<string | number, Json>)[target.path.at(-1)!] = bad;
      return done(pathText(target.path), `${pathText(target.path)} becomes ${bad}`);
    }
    case 'duplicate-id': {
      // v2: the file's functions may not repeat an id either
      const lists = (['units', 'bureaus', 'scenarios', 'functions'] as const).filter((key) => {
        const list = (root as JsonObject)[key];
        return Array.isArray(list) && list.length >= 2;
      });
      const list = pick(lists);
      if (!list) return undefined;
      const items = (root as JsonObject)[list] as JsonObject[];
      const from = choice % items.length;
      const to = (from + 1 + (Math.floor(choice / items.length) % (items.length - 1))) % items.length;
      items[to]!.id = items[from]!.id!;
      // e.g. a unit given the id its own jointWith names is refused for that, and then not compared
      return { ...done(`$.${list}[${Math.max(from, to)}].id`, `${list}[${to}].id := ${list}[${from}].id`), orWithin: `$.${list}[${to}]` };
    }
    case 'repeat-duty': {
      // v2: a bureau lists each duty once, in the baseline and in create or set
      // a bureau's list, a created bureau's or a set's; not the file's own definitions (at the top) nor meta
      const target = pick(all.filter((s) => !s.free && s.path.length > 1 && s.path.at(-1) === 'functions' && Array.isArray(s.value) && s.value.length > 0));
      if (!target) return undefined;
      const list = target.value as Json[];
      list.push(option(list));
      return done(childPath(pathText(target.path), list.length - 1), `${pathText(target.path)} lists ${JSON.stringify(list.at(-1))} again`);
    }
    case 'missing-reference': {
      const target = pick(all.filter((s) => typeof s.value === 'string' && referenceSite(root, s.path) !== undefined));
      if (!target) return undefined;
      let missing = 'missing-ref';
      for (let n = 2; text.includes(JSON.stringify(missing)); n++) missing = `missing-ref-${n}`;
      const where = referenceSite(root, target.path) === 'baseline' ? pathText(target.path) : pathText(target.path.slice(0, 4));
      (at(root, target.path.slice(0, -1)) as Record<string | number, Json>)[target.path.at(-1)!] = missing;
      return done(where, `${pathText(target.path)} names ${missing}`);
    }
    case 'forbidden-key': {
      // JSON.parse makes "__proto__" an own key; an object literal in code could not.
      const target = pick(all.filter((s) => isObject(s.value)));
      if (!target) return undefined;
      const key = option(FORBIDDEN);
      const placeholder = 'zz-placeholder-zz';
      (target.value as JsonObject)[placeholder] = 0;
      const out = JSON.stringify(root).replace(`"${placeholder}":0`, `"${key}":${option(FORBIDDEN_VALUES)}`);
      return done(childPath(pathText(target.path), key), `${key} inserted at ${pathText(target.path)}`, out);
    }
  }
}
