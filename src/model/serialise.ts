// ScenarioFile → JSON text with a stable key order, so that saved files diff cleanly.
// `meta` is written as it was read.
import { UNIT_FIELDS, BUREAU_FIELDS } from './shapes';
import type { Operation, ScenarioFile, Unit, Bureau } from './types';

const FILE_ORDER = ['$schema', 'format', 'version', 'title', 'region', 'notes', 'meta', 'rules', 'functions', 'units', 'bureaus', 'scenarios'];
const OPERATION_ORDER = [
  'op', 'bureau', 'bureaus', 'into', 'function', 'from', 'to', 'functionsTo', 'unit',
  ...UNIT_FIELDS.filter((field) => field !== 'id'), 'type', 'category', 'functions', 'staff', 'note', 'doc',
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

export function serialiseScenarioFile(file: ScenarioFile): string {
  const out = ordered(file, FILE_ORDER);
  if (file.rules) out.rules = ordered(file.rules, ['economicRatioMin', 'rewardTopN', 'bottomN']);
  if (file.functions) out.functions = file.functions.map((fn) => ordered(fn, ['id', 'name', 'category']));
  out.units = file.units.map(orderUnit);
  out.bureaus = file.bureaus.map(orderBureau);
  out.scenarios = file.scenarios.map((scenario) => ({
    ...ordered(scenario, ['id', 'name', 'notes', 'meta', 'operations']),
    operations: scenario.operations.map(orderOperation),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}
