// Who made an operation and when, as people read it: "张三 · 11月29日 10:15" (SPEC §5 `by`, `at`).
// Only the parts shown after the first paint (the change list, its review) use it, so its words
// (i18n/review.ts) stay off the first page.
import type { Lang } from '../i18n';
import { reviewText } from '../i18n/review';
import type { OperationRecord } from '../model';
import { nameShown } from './author';

const WHEN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;

/**
 * When, as a person reads it: the day and the time of day as the author's clock showed them (the
 * offset is not converted: "10:15" is what the author saw); the year only when it is not `thisYear`.
 */
export function whenText(at: string, lang: Lang, thisYear?: number): string {
  const match = WHEN.exec(at);
  if (!match) return at;
  const year = Number(match[1]);
  const date = reviewText(lang, 'when.date', { year: year === thisYear ? undefined : year, month: Number(match[2]), day: Number(match[3]) });
  return match[4] === undefined ? date : reviewText(lang, 'when.dateTime', { date, time: `${match[4]}:${match[5]}` });
}

/** "张三 · 11月29日 10:15", "张三", "11月29日 10:15", or undefined when the operation says neither. */
export function madeText(record: Pick<OperationRecord, 'by' | 'at'>, lang: Lang, thisYear?: number): string | undefined {
  const parts = [record.by === undefined ? undefined : nameShown(record.by), record.at === undefined ? undefined : whenText(record.at, lang, thisYear)].filter((p): p is string => p !== undefined);
  return parts.length === 0 ? undefined : parts.join(' · ');
}
