// A figure's change in the words the screen uses ("↓减少 47 名", "↑提高 2.5 个百分点", "＝不变"), so that
// an export never says it differently from the meeting views (meeting-zh.ts: delta.*).
import { type Direction, figureChange, ratioChange } from '../engine/figureChange';
import { type Lang, grouped, translate } from '../i18n';

/** What a count counts: 个 for bodies, 名 for people and posts. */
export type Measure = 'bodies' | 'people' | 'posts' | '';

const ARROW: Record<Direction, string> = { down: '↓', up: '↑', same: '＝' };

/** "减少 47 名", "增加 2 个", "不变". */
export function countWords(lang: Lang, before: number, after: number, measure: Measure): string {
  const change = figureChange(before, after);
  if (change.direction === 'same') return translate(lang, 'delta.same', {});
  return translate(lang, change.direction === 'down' ? 'delta.down' : 'delta.up', { n: grouped(change.amount), measure });
}

/** "↓减少 47 名": the words with their arrow, as the screen shows a change. */
export function countChange(lang: Lang, before: number, after: number, measure: Measure): string {
  return `${ARROW[figureChange(before, after).direction]}${countWords(lang, before, after, measure)}`;
}

export function shareChange(lang: Lang, before: number | null, after: number | null): string {
  if (before === null || after === null) return '';
  const { direction, points } = ratioChange(before, after);
  if (direction === 'same') return `${ARROW.same}${translate(lang, 'delta.same', {})}`;
  return `${ARROW[direction]}${translate(lang, direction === 'down' ? 'delta.ratioDown' : 'delta.ratioUp', { pt: String(points) })}`;
}
