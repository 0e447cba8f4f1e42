// When an operation was made (SPEC §5 v2: `at`, an ISO 8601 date `2026-11-29` or date-time
// `2026-11-29T10:15:00+08:00`), as a number that orders operations of two people. A date alone, or
// a time written without an offset, is read in China Standard Time (UTC+8), where the people who
// write these files work; `Z` and an offset are read as written.
const AT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const CHINA = 8 * 60;

/** Milliseconds since 1970 (UTC), or undefined when `at` is absent or not such a date. */
export function instantOf(at: string | undefined): number | undefined {
  if (at === undefined) return undefined;
  const m = AT.exec(at);
  if (!m) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((part) => (part === undefined ? undefined : Number(part)));
  const fraction = m[7] === undefined ? 0 : Number(`0.${m[7]}`) * 1000;
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysIn(year!, month!) || hour > 24 || minute > 59 || second > 60) return undefined;
  if (hour === 24 && (minute > 0 || second > 0 || fraction > 0)) return undefined;
  const offset = m[8] === undefined ? CHINA : offsetMinutes(m[8]);
  if (offset === undefined) return undefined;
  return Date.UTC(year!, month! - 1, day!, hour, minute, Math.min(second, 59), fraction) - offset * 60_000;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offsetMinutes(text: string): number | undefined {
  if (text === 'Z') return 0;
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/**
 * Each operation's time for ordering: its own `at`, or else that of the operation before it in the
 * same list (an operation without a date stays behind the one it followed), or else -Infinity.
 */
export function effectiveTimes(operations: ReadonlyArray<{ at?: string }>): number[] {
  const out: number[] = [];
  let last = -Infinity;
  for (const operation of operations) {
    const own = instantOf(operation.at);
    if (own !== undefined) last = own;
    out.push(last);
  }
  return out;
}
