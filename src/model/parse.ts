// Text of a file → a valid ScenarioFile, or every error found with its JSON path. Never throws.
// Whether each operation applies where it stands is checked by the engine (see engine/load.ts).
import { type FileError, childPath, fileError } from './errors';
import { functionCatalogue } from './functions';
import { readOperations } from './operationShapes';
import {
  type Errors,
  type ReadValue,
  checkKeys,
  defined,
  optional,
  readArray,
  readEnum,
  readId,
  readMeta,
  readName,
  readObject,
  readText,
  required,
} from './read';
import { ErrorList, MAX_FILE_BYTES } from './limits';
import { bureauReferenceErrors, lookupById, unitReferenceErrors } from './references';
import { scanDuplicateKeys, scanJson } from './scan';
import { readBureau, readBureaus, readFunctionDef, readFunctionDefs, readRules, readUnit, readUnits } from './shapes';
import {
  BASELINE_ID,
  type Bureau,
  FILE_FORMAT,
  FILE_VERSION,
  FILE_VERSIONS,
  type FileVersion,
  type FunctionDef,
  SCENARIO_STATUSES,
  type Scenario,
  type ScenarioFile,
  type Unit,
} from './types';
import { noteVersionTwoRules } from './version';

export type ParseResult =
  | { ok: true; file: ScenarioFile }
  /** `partial`: where the file is a scenario file of this version, what of it did read. */
  | { ok: false; errors: FileError[]; partial?: ReadablePart };

const FILE_FIELDS = [
  '$schema', 'format', 'version', 'title', 'region', 'notes', 'meta', 'rules', 'functions', 'units', 'bureaus', 'scenarios',
];

export function parseScenarioFile(text: string): ParseResult {
  try {
    return parseText(text);
  } catch (error) {
    // A bug here must not reach the user as a crash: refuse the file and say why.
    return { ok: false, errors: [fileError('$', 'file.notJson', { detail: String(error) })] };
  }
}

function parseText(text: string): ParseResult {
  const bytes = utf8Length(text);
  if (bytes > MAX_FILE_BYTES) return refuse(fileError('$', 'file.tooLarge', { bytes, limit: MAX_FILE_BYTES }));
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse(fileError('$', 'file.empty', {}));
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return refuse(jsonSyntaxError(body, error));
  }
  const scanned = new ErrorList();
  scanJson(json, scanned);
  scanDuplicateKeys(body, scanned);
  if (scanned.length > 0) return { ok: false, errors: scanned.toArray() };
  return parseValue(json);
}

/** A parsed JSON value → ScenarioFile, for callers that already hold the value. */
export function parseValue(json: unknown): ParseResult {
  // the first few hundred errors are kept, the rest counted: five million wrong values cost no more memory than five hundred
  const errors = new ErrorList();
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return refuse(fileError('$', 'file.notObject', {}));
  const root = json as Record<string, unknown>;
  if (!readHeader(root, errors)) return { ok: false, errors: errors.toArray() };
  const version = root.version as FileVersion;
  checkKeys(root, '$', FILE_FIELDS, errors);
  const file = defined({
    $schema: optional(root, '$schema', '$', readText, errors),
    format: FILE_FORMAT,
    version,
    title: required(root, 'title', '$', readName, errors),
    region: optional(root, 'region', '$', readName, errors),
    notes: optional(root, 'notes', '$', readText, errors),
    meta: optional(root, 'meta', '$', readMeta, errors),
    rules: optional(root, 'rules', '$', readRules, errors),
    functions: optional(root, 'functions', '$', readFunctionDefs, errors),
    units: required(root, 'units', '$', readUnits, errors),
    bureaus: required(root, 'bureaus', '$', readBureaus, errors),
    scenarios: required(root, 'scenarios', '$', readScenarios, errors),
  }) as ScenarioFile;
  const part = readablePart(root);
  referenceErrors(file, root, part, errors);
  return errors.length > 0 ? { ok: false, errors: noteVersionTwoRules(errors.toArray(), version), partial: part } : { ok: true, file };
}

/** format and version come first: a file of another format or a newer version is read no further. */
function readHeader(root: Record<string, unknown>, errors: Errors): boolean {
  const format = required(root, 'format', '$', readText, errors);
  if (format !== undefined && format !== FILE_FORMAT) {
    errors.push(fileError('$.format', 'format.wrong', { value: JSON.stringify(format) }));
  }
  if (!Object.hasOwn(root, 'version')) errors.push(fileError('$', 'field.missing', { field: 'version' }));
  else if (!(FILE_VERSIONS as readonly unknown[]).includes(root.version)) {
    const version = root.version;
    if (typeof version === 'number' && Number.isInteger(version) && version > FILE_VERSION) {
      errors.push(fileError('$.version', 'version.newer', { value: version }));
    } else errors.push(fileError('$.version', 'version.wrong', { value: JSON.stringify(version) }));
  }
  return errors.length === 0;
}

const readScenario: ReadValue<Scenario> = (value, path, errors) => {
  const object = readObject(value, path, errors);
  if (!object) return undefined;
  const before = errors.length;
  checkKeys(object, path, ['id', 'name', 'notes', 'meta', 'status', 'operations'], errors);
  const id = required(object, 'id', path, readId, errors);
  if (id === BASELINE_ID) errors.push(fileError(childPath(path, 'id'), 'id.reserved', {}));
  const scenario = defined({
    id,
    name: required(object, 'name', path, readName, errors),
    notes: optional(object, 'notes', path, readText, errors),
    meta: optional(object, 'meta', path, readMeta, errors),
    status: optional(object, 'status', path, readStatus, errors),
    operations: required(object, 'operations', path, readOperations, errors),
  });
  return errors.length === before ? (scenario as Scenario) : undefined;
};

const readStatus = readEnum(SCENARIO_STATUSES);
const readScenarios = readArray(readScenario);

/**
 * Ids unique, and every unit and duty named exists and is of the right kind (baseline only).
 * Checked on every unit and bureau that reads on its own, even when others in the list do not,
 * so that one pass reports every error.
 */
function referenceErrors(file: ScenarioFile, root: Record<string, unknown>, part: ReadablePart, errors: ErrorList): void {
  // v2: a file defines each of its functions once (a file's entry still replaces a built-in, SPEC §4)
  duplicates(readEach(root.functions, readFunctionDef), '$.functions', errors, 'functionDef.repeat');
  duplicates(part.scenarios, '$.scenarios', errors);
  duplicates(part.bureausRead, '$.bureaus', errors);
  duplicates(part.unitsRead, '$.units', errors);
  const units = lookupById(part.units);
  // a reference to an item that is there but did not read is not judged: its own error says enough
  for (const { index, value } of part.unitsRead) errors.addAll(unitReferenceErrors(value, units, `$.units[${index}]`, part.unreadable.units));
  const functions = functionCatalogue(file.functions ?? part.functions);
  for (const { index, value } of part.bureausRead) {
    errors.addAll(bureauReferenceErrors(value, units, functions, `$.bureaus[${index}]`, part.unreadable));
  }
}

/**
 * The parts of a file that read on their own, and the ids of those that did not: enough to check
 * references and operations beside errors elsewhere, so that one pass reports every error.
 */
export interface ReadablePart {
  /** the version the file says: errors of version-2 rules in a version-1 file say so */
  version: FileVersion;
  units: Unit[];
  bureaus: Bureau[];
  functions: FunctionDef[];
  scenarios: Array<{ index: number; value: Scenario }>;
  unitsRead: Array<{ index: number; value: Unit }>;
  bureausRead: Array<{ index: number; value: Bureau }>;
  unreadable: { units: Set<string>; bureaus: Set<string>; functions: Set<string> };
}

export function readablePart(root: Record<string, unknown>): ReadablePart {
  const unitsRead = readEach(root.units, readUnit);
  const bureausRead = readEach(root.bureaus, readBureau);
  const functionsRead = readEach(root.functions, readFunctionDef);
  return {
    version: root.version === 1 ? 1 : FILE_VERSION,
    units: unitsRead.map((u) => u.value),
    bureaus: bureausRead.map((b) => b.value),
    functions: functionsRead.map((f) => f.value),
    scenarios: readEach(root.scenarios, readScenario),
    unitsRead,
    bureausRead,
    unreadable: {
      units: unreadIds(root.units, unitsRead),
      bureaus: unreadIds(root.bureaus, bureausRead),
      functions: unreadIds(root.functions, functionsRead),
    },
  };
}

/** The ids (where there is one) of the items of a list that did not read. */
function unreadIds(list: unknown, read: ReadonlyArray<{ index: number }>): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(list)) return ids;
  const ok = new Set(read.map((r) => r.index));
  list.forEach((item, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (!ok.has(index) && typeof id === 'string') ids.add(id);
  });
  return ids;
}

/** The items of a list that read on their own, with their places; errors are not kept. */
function readEach<T>(list: unknown, read: ReadValue<T>): Array<{ index: number; value: T }> {
  if (!Array.isArray(list)) return [];
  const out: Array<{ index: number; value: T }> = [];
  list.forEach((item, index) => {
    const value = read(item, `$[${index}]`, []);
    if (value !== undefined) out.push({ index, value });
  });
  return out;
}

function duplicates(
  items: ReadonlyArray<{ index: number; value: { id: string } }>,
  path: string,
  errors: ErrorList,
  code: 'id.duplicate' | 'functionDef.repeat' = 'id.duplicate',
): void {
  const first = new Map<string, number>();
  for (const { index, value } of items) {
    const seen = first.get(value.id);
    if (seen === undefined) first.set(value.id, index);
    else errors.add(fileError(`${path}[${index}].id`, code, { id: value.id, first: `${path}[${seen}]` }));
  }
}

function refuse(error: FileError): ParseResult {
  return { ok: false, errors: [error] };
}

function jsonSyntaxError(text: string, error: unknown): FileError {
  const detail = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(detail);
  if (!match) return fileError('$', 'file.notJson', { detail });
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return fileError('$', 'file.notJson', { detail, line, column });
}

/** Bytes the text takes in UTF-8, without building the encoded copy. */
export function utf8Length(text: string): number {
  if (text.length > MAX_FILE_BYTES) return text.length; // at least one byte a character: over the limit anyway
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
