// Who made an operation and when (SPEC §5 `by`, `at`): stamped by the app on every operation a user
// makes, from the name remembered and the app's clock (read here, never in the engine). They are
// said back in words by ./madeText.ts.
import type { Operation, OperationRecord } from '../model';

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
