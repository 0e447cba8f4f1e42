// Small readers for the parts of a file: each checks one value, records what is wrong at its
// path, and returns the value (typed) or undefined. They never throw.
import { childPath, fileError } from './errors';
import type { ErrorSink } from './limits';

/** Where readers record what is wrong: an array, or an ErrorList that keeps the first few hundred. */
export type Errors = ErrorSink;
export type JsonObject = Record<string, unknown>;
export type ReadValue<T> = (value: unknown, path: string, errors: Errors) => T | undefined;

export const MAX_COUNT = 1_000_000;
const ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

export function readObject(value: unknown, path: string, errors: Errors): JsonObject | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as JsonObject;
  errors.push(fileError(path, 'field.type', { expected: 'object' }));
  return undefined;
}

/** Refuses every key not named in `allowed` (forbidden keys are reported once, elsewhere). */
export function checkKeys(object: JsonObject, path: string, allowed: readonly string[], errors: Errors): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key) && !isForbiddenKey(key)) {
      errors.push(fileError(childPath(path, key), 'field.unknown', { field: key }));
    }
  }
}

export function required<T>(object: JsonObject, key: string, path: string, read: ReadValue<T>, errors: Errors): T | undefined {
  if (!Object.hasOwn(object, key)) {
    errors.push(fileError(path, 'field.missing', { field: key }));
    return undefined;
  }
  return read(object[key], childPath(path, key), errors);
}

/** Records each of `keys` that the object lacks; their values are read elsewhere. */
export function requirePresent(object: JsonObject, keys: readonly string[], path: string, errors: Errors): void {
  for (const key of keys) if (!Object.hasOwn(object, key)) errors.push(fileError(path, 'field.missing', { field: key }));
}

export function optional<T>(object: JsonObject, key: string, path: string, read: ReadValue<T>, errors: Errors): T | undefined {
  if (!Object.hasOwn(object, key)) return undefined;
  return read(object[key], childPath(path, key), errors);
}

export const readText: ReadValue<string> = (value, path, errors) => {
  if (typeof value === 'string') return value;
  errors.push(fileError(path, 'field.type', { expected: 'string' }));
  return undefined;
};

export const readId: ReadValue<string> = (value, path, errors) => {
  const text = readText(value, path, errors);
  if (text === undefined) return undefined;
  if (ID_PATTERN.test(text)) return text;
  errors.push(fileError(path, 'id.format', {}));
  return undefined;
};

export const readName: ReadValue<string> = (value, path, errors) => {
  const text = readText(value, path, errors);
  if (text === undefined) return undefined;
  if (text === '') {
    errors.push(fileError(path, 'name.empty', {}));
    return undefined;
  }
  const length = [...text].length;
  if (length > 200) {
    errors.push(fileError(path, 'name.tooLong', { length }));
    return undefined;
  }
  return text;
};

export const readBoolean: ReadValue<boolean> = (value, path, errors) => {
  if (typeof value === 'boolean') return value;
  errors.push(fileError(path, 'field.type', { expected: 'boolean' }));
  return undefined;
};

/** A whole number from 0 to 1,000,000: staff, posts, caps, counts. */
export const readCount: ReadValue<number> = (value, path, errors) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push(fileError(path, 'field.type', { expected: 'integer' }));
    return undefined;
  }
  if (!Number.isInteger(value)) errors.push(fileError(path, 'number.notInteger', {}));
  else if (value < 0) errors.push(fileError(path, 'number.negative', {}));
  else if (value > MAX_COUNT) errors.push(fileError(path, 'number.tooLarge', {}));
  else return value;
  return undefined;
};

export const readRatio: ReadValue<number> = (value, path, errors) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push(fileError(path, 'field.type', { expected: 'number' }));
    return undefined;
  }
  if (value >= 0 && value <= 1) return value;
  errors.push(fileError(path, 'number.ratio', {}));
  return undefined;
};

export function readEnum<T extends string>(allowed: readonly T[]): ReadValue<T> {
  return (value, path, errors) => {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    if (typeof value !== 'string') errors.push(fileError(path, 'field.type', { expected: 'string' }));
    else errors.push(fileError(path, 'field.enum', { value: JSON.stringify(value), allowed }));
    return undefined;
  };
}

export function readArray<T>(item: ReadValue<T>, min = 0): ReadValue<T[]> {
  return (value, path, errors) => {
    if (!Array.isArray(value)) {
      errors.push(fileError(path, 'field.type', { expected: 'array' }));
      return undefined;
    }
    const before = errors.length;
    const items: T[] = [];
    value.forEach((element, index) => {
      const read = item(element, childPath(path, index), errors);
      if (read !== undefined) items.push(read);
    });
    if (value.length < min) errors.push(fileError(path, 'array.tooShort', { min }));
    return errors.length === before ? items : undefined;
  };
}

export const readIdList: ReadValue<string[]> = readArray(readId);

/** Any JSON object, kept as it is (`meta`). */
export const readMeta: ReadValue<JsonObject> = readObject;

/** Copies the defined entries only, so that optional fields absent in the file stay absent. */
export function defined<T extends object>(fields: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out as T;
}
