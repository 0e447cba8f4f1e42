// ScenarioFile → JSON text with a stable key order, so that saved files diff cleanly.
// `meta` is written as it was read; a file read as version 1 is written as version 2.
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

/** Pretty JSON, but lists of units, bureaus, functions and operations one item a line: easy to read and to diff. */
function format(value: unknown, indent: string, key?: string): string {
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
