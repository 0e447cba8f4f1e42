// What every operation may carry beside its effect (SPEC §5): note, doc, and since version 2 who
// proposed it (`by`) and when (`at`). None of them changes anything; each is read as given.
import { fileError } from './errors';
import { type Errors, type JsonObject, type ReadValue, defined, optional, readText } from './read';
import type { OperationRecord } from './types';

const MAX_BY = 100;

/** A person's name: not empty, at most 100 characters (code points, as names are counted). */
export const readBy: ReadValue<string> = (value, path, errors) => {
  const text = readText(value, path, errors);
  if (text === undefined) return undefined;
  if (text === '') {
    errors.push(fileError(path, 'by.empty', {}));
    return undefined;
  }
  const length = [...text].length;
  if (length <= MAX_BY) return text;
  errors.push(fileError(path, 'by.tooLong', { length }));
  return undefined;
};

// ISO 8601 in its extended form: a calendar date, or a date and a time of day with an optional
// offset (`Z` or ±hh:mm; no place on earth is more than 14 hours from UTC). The same pattern
// stands in the JSON Schema; whether the day exists in its month is checked here only.
const WHEN =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)?)?$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `2026-11-29` or `2026-11-29T10:15:00+08:00`; never `2026-02-30` nor an offset of +25:00. */
export const readAt: ReadValue<string> = (value, path, errors) => {
  const text = readText(value, path, errors);
  if (text === undefined) return undefined;
  const match = WHEN.exec(text);
  if (!match) {
    errors.push(fileError(path, 'at.format', { value: JSON.stringify(text) }));
    return undefined;
  }
  if (Number(match[3]) <= daysIn(Number(match[1]), Number(match[2]))) return text;
  errors.push(fileError(path, 'at.noSuchDay', { value: text }));
  return undefined;
};

/** The record fields of an operation, those it has. */
export function readRecord(object: JsonObject, path: string, errors: Errors): OperationRecord {
  return defined({
    note: optional(object, 'note', path, readText, errors),
    doc: optional(object, 'doc', path, readText, errors),
    by: optional(object, 'by', path, readBy, errors),
    at: optional(object, 'at', path, readAt, errors),
  });
}
