// The shapes of SPEC §5 operations. Whether an operation makes sense where it stands is for the
// engine to say when it applies it; here only its fields are read.
import { type FileError, childPath, fileError } from './errors';
import {
  type Errors,
  type JsonObject,
  type ReadValue,
  checkKeys,
  defined,
  optional,
  readArray,
  readCount,
  readId,
  readName,
  readObject,
  readText,
  required,
} from './read';
import { readRecord } from './record';
import { UNIT_FIELDS, readBureau, readBureauType, readCategory, readFunctionIds, readStaff, readUnit, readUnitChanges } from './shapes';
import { OPERATION_KINDS, type Operation, type OperationKind, RECORD_FIELDS } from './types';

const FIELDS: Record<OperationKind, readonly string[]> = {
  move: ['bureau', 'to'],
  merge: ['bureaus', 'into'],
  abolish: ['bureau', 'functionsTo'],
  create: ['bureau'],
  set: ['bureau', 'name', 'type', 'category', 'functions', 'staff', 'leaderPosts'],
  reassign: ['function', 'from', 'to'],
  'add-unit': ['unit'],
  'set-unit': UNIT_FIELDS.map((field) => (field === 'id' ? 'unit' : field)),
  'remove-unit': ['unit'],
};

const readInto: ReadValue<{ id: string; name: string; category?: 'economic' | 'social' | 'general' }> = (value, path, errors) => {
  const object = readObject(value, path, errors);
  if (!object) return undefined;
  const before = errors.length;
  checkKeys(object, path, ['id', 'name', 'category'], errors);
  const into = defined({
    id: required(object, 'id', path, readId, errors),
    name: required(object, 'name', path, readName, errors),
    category: optional(object, 'category', path, readCategory, errors),
  });
  return errors.length === before ? (into as { id: string; name: string }) : undefined;
};

/** The fields that belong to one kind of operation, read from `object`. */
function readFields(op: OperationKind, object: JsonObject, path: string, errors: Errors): JsonObject {
  const need = <T>(key: string, read: ReadValue<T>) => required(object, key, path, read, errors);
  const may = <T>(key: string, read: ReadValue<T>) => optional(object, key, path, read, errors);
  switch (op) {
    case 'move':
      return { bureau: need('bureau', readId), to: need('to', readId) };
    case 'merge': {
      const bureaus = need('bureaus', readArray(readId, 2));
      if (bureaus) {
        bureaus.forEach((id, index) => {
          if (bureaus.indexOf(id) !== index) {
            errors.push(fileError(childPath(childPath(path, 'bureaus'), index), 'op.mergeRepeat', { id }));
          }
        });
      }
      return { bureaus, into: need('into', readInto) };
    }
    case 'abolish':
      return { bureau: need('bureau', readId), functionsTo: may('functionsTo', readId) };
    case 'create':
      return { bureau: need('bureau', readBureau) };
    case 'set':
      return {
        bureau: need('bureau', readId),
        name: may('name', readName),
        type: may('type', readBureauType),
        category: may('category', readCategory),
        functions: may('functions', readFunctionIds),
        staff: may('staff', readStaff),
        leaderPosts: may('leaderPosts', readCount),
      };
    case 'reassign':
      return { function: need('function', readId), from: need('from', readId), to: need('to', readId) };
    case 'add-unit':
      return { unit: need('unit', readUnit) };
    case 'set-unit':
      return { unit: need('unit', readId), ...readUnitChanges(object, path, errors) };
    case 'remove-unit':
      return { unit: need('unit', readId) };
  }
}

export const readOperation: ReadValue<Operation> = (value, path, errors) => {
  const object = readObject(value, path, errors);
  if (!object) return undefined;
  const op = required(object, 'op', path, readText, errors);
  if (op === undefined) return undefined;
  if (!(OPERATION_KINDS as readonly string[]).includes(op)) {
    errors.push(fileError(childPath(path, 'op'), 'op.unknown', { value: JSON.stringify(op) }));
    return undefined;
  }
  const kind = op as OperationKind;
  const before = errors.length;
  checkKeys(object, path, ['op', ...RECORD_FIELDS, ...FIELDS[kind]], errors);
  const fields = readFields(kind, object, path, errors);
  const record = readRecord(object, path, errors);
  if (errors.length > before) return undefined;
  return defined({ op: kind, ...fields, ...record }) as Operation;
};

export const readOperations = readArray(readOperation);

/** Checks an operation built by a program (the app) as the parser checks one read from a file. */
export function checkOperation(value: unknown, path: string): { ok: true; operation: Operation } | { ok: false; errors: FileError[] } {
  const errors: FileError[] = [];
  const operation = readOperation(value, path, errors);
  return operation && errors.length === 0 ? { ok: true, operation } : { ok: false, errors };
}
