// ScenarioFile → JSON text with a stable key order, so that saved files diff cleanly.
// `meta` is written with the values it was read with; indented where that keeps it readable, on one
// line where indenting would multiply its size (a 25 KB meta nested 1,000 deep took 24 MB
// indented: saved, the file was over the limit and could not be opened again). A file read as
// version 1 is written as version 2.
import { UNIT_FIELDS, BUREAU_FIELDS } from './shapes';
import { type Operation, type ScenarioFile, type Unit, type Bureau, FILE_VERSION, RECORD_FIELDS } from './types';

const FILE_ORDER = ['$schema', 'format', 'version', 'title', 'region', 'notes', 'meta', 'rules', 'functions', 'units', 'bureaus', 'scenarios'];
const OPERATION_ORDER = [
  'op', 'bureau', 'bureaus', 'into', 'function', 'from', 'to', 'functionsTo', 'unit',
  ...UNIT_FIELDS.filter((field) => field !== 'id'), 'type', 'category', 'functions', 'staff', ...RECORD_FIELDS,
];

function ordered<T extends object>(value: T, order: readonly string[]): T {
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of order) if (source[key] !== undefined) out[key] = source[key];
  for (const key of Object.keys(source)) if (!(key in out) && source[key] !== undefined) out[key] = source[key];
  return out as T;
}

export function orderUnit(unit: Unit): Unit {
  const out = ordered(unit, UNIT_FIELDS);
  if (unit.rank) out.rank = ordered(unit.rank, ['position', 'of']);
  return out;
}

export function orderBureau(bureau: Bureau): Bureau {
  return { ...ordered(bureau, BUREAU_FIELDS), staff: { admin: bureau.staff.admin, institutional: bureau.staff.institutional } };
}

export function orderOperation(operation: Operation): Operation {
  const out = ordered(operation, OPERATION_ORDER) as Operation;
  if (out.op === 'create') out.bureau = orderBureau(out.bureau);
  if (out.op === 'add-unit') out.unit = orderUnit(out.unit);
  if (out.op === 'merge') out.into = ordered(out.into, ['id', 'name', 'category']);
  return out;
}

/** One JSON value on one line, spaced as people write it: `{ "id": "a", "staff": { "admin": 1 } }`. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** A list with one item a line, each item on its one line. */
function itemLines(items: readonly unknown[], indent: string): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => `${indent}  ${inline(item)}`).join(',\n')}\n${indent}]`;
}

/**
 * How many characters indenting `value` at `indent` adds to its compact JSON: a line break and
 * the indent before each member and before each closing bracket, and a space after each colon.
 * Counted without building the text, and without recursion (meta may nest 1,000 deep).
 */
function indentCost(value: unknown, indent: number): number {
  let cost = 0;
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: indent }];
  while (stack.length > 0) {
    const { value: node, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const members = Array.isArray(node) ? node : Object.values(node);
    if (members.length === 0) continue;
    cost += members.length * (depth + 3) + depth + 1 + (Array.isArray(node) ? 0 : members.length);
    for (const member of members) stack.push({ value: member, depth: depth + 2 });
  }
  return cost;
}

/** `meta` indented when that at most doubles it, else on one line: what is saved can be opened again. */
function formatMeta(meta: unknown, indent: string): string {
  const compact = JSON.stringify(meta);
  return indentCost(meta, indent.length) <= compact.length ? format(meta, indent) : compact;
}

/** Pretty JSON, but lists of units, bureaus, functions and operations one item a line: easy to read and to diff. */
function format(value: unknown, indent: string, key?: string): string {
  if (key === 'meta') return formatMeta(value, indent);
  if (Array.isArray(value) && key !== undefined && ['units', 'bureaus', 'functions', 'operations'].includes(key)) return itemLines(value, indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${indent}  ${format(item, `${indent}  `)}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${indent}  ${JSON.stringify(k)}: ${format(v, `${indent}  `, k)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

export function serialiseScenarioFile(file: ScenarioFile): string {
  const out = ordered({ ...file, version: FILE_VERSION }, FILE_ORDER);
  if (file.rules) out.rules = ordered(file.rules, ['economicRatioMin', 'rewardTopN', 'bottomN']);
  if (file.functions) out.functions = file.functions.map((fn) => ordered(fn, ['id', 'name', 'category']));
  out.units = file.units.map(orderUnit);
  out.bureaus = file.bureaus.map(orderBureau);
  out.scenarios = file.scenarios.map((scenario) => ({
    ...ordered(scenario, ['id', 'name', 'notes', 'meta', 'status', 'operations']),
    operations: scenario.operations.map(orderOperation),
  }));
  return `${format(out, '')}\n`;
}
