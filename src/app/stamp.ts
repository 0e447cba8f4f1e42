// Who made an operation and when (SPEC §5 `by`, `at`): stamped by the app on every operation a user
// makes, from the name remembered and the app's clock (read here, never in the engine), and said
// back in words for the change list and the adjustment table: "张三 · 11月29日 10:15".
import { type Lang, translate } from '../i18n';
import type { Operation, OperationRecord } from '../model';
import { nameShown } from './author';

/** What the app stamps on the operations it makes now. */
export type Stamp = Pick<OperationRecord, 'by' | 'at'>;

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The local date and time with its offset from UTC, to the second: `2026-11-29T10:15:00+08:00`.
 * `offsetMinutes` is east of UTC (China +480); the machine's own for that moment unless given.
 */
export function localIso(date: Date, offsetMinutes = -date.getTimezoneOffset()): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}` +
    `T${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`
  );
}

/** The operation with the stamp's name and time, where it carries none of its own (brought from another file, say). */
export function stamped<T extends Operation>(operation: T, stamp: Stamp): T {
  const by = operation.by ?? stamp.by;
  const at = operation.at ?? stamp.at;
  return { ...operation, ...(by === undefined ? {} : { by }), ...(at === undefined ? {} : { at }) };
}

const WHEN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;

/**
 * When, as a person reads it: the day and the time of day as the author's clock showed them (the
 * offset is not converted: "10:15" is what the author saw); the year only when it is not `thisYear`.
 */
export function whenText(at: string, lang: Lang, thisYear?: number): string {
  const match = WHEN.exec(at);
  if (!match) return at;
  const year = Number(match[1]);
  const date = translate(lang, 'when.date', { year: year === thisYear ? undefined : year, month: Number(match[2]), day: Number(match[3]) });
  return match[4] === undefined ? date : translate(lang, 'when.dateTime', { date, time: `${match[4]}:${match[5]}` });
}

/** "张三 · 11月29日 10:15", "张三", "11月29日 10:15", or undefined when the operation says neither. */
export function madeText(record: Pick<OperationRecord, 'by' | 'at'>, lang: Lang, thisYear?: number): string | undefined {
  const parts = [record.by === undefined ? undefined : nameShown(record.by), record.at === undefined ? undefined : whenText(record.at, lang, thisYear)].filter((p): p is string => p !== undefined);
  return parts.length === 0 ? undefined : parts.join(' · ');
}
