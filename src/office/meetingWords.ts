// The exports say the figures as the meeting views do: each change in words with its arrow, the
// whole area apart from the zones' own slimming, staff handed to company platforms inside the staff
// change. The words are the screen's (meeting-*, views-*); only their arrangement in cells is here.
import type { LedgerRow } from '../engine/ledger';
import { platformShare, type SavingsStory } from '../engine/savingsStory';
import { type Lang, grouped } from '../i18n';
import { viewsText } from '../i18n/views';
import { countChange, shareChange } from './changeText';
import type { FigureRow } from './workbookExport';

/** A figure's row of a table: its name, today, the proposal and the change in words. */
export function figureWithChange(lang: Lang): (row: FigureRow) => string[] {
  return (row) => {
    const v = row.values[0]!;
    // shares with one decimal, as in the workbook (SPEC §11)
    const show = (n: number | null) => (n === null ? '—' : row.ratio ? `${(Math.round(n * 1000) / 10).toFixed(1)}%` : grouped(n));
    const change = row.baseline === null || v.value === null ? '' : row.ratio ? shareChange(lang, row.baseline, v.value) : countChange(lang, row.baseline, v.value, row.measure);
    return [row.label, show(row.baseline), show(v.value), change];
  };
}

/** A ledger row as cells: the unit, then each count today → in the proposal, its change in words below. */
export function ledgerCells(lang: Lang): (row: LedgerRow) => string[] {
  return (row) => {
    const cell = (key: 'bodies' | 'internalBodies' | 'admin' | 'institutional' | 'leaderPosts', measure: 'bodies' | 'people' | 'posts') => {
      const before = row.before?.[key];
      const after = row.after?.[key];
      const pair = `${before === undefined ? '—' : grouped(before)} → ${after === undefined ? '—' : grouped(after)}`;
      return before === undefined || after === undefined || before === after ? pair : `${pair}\n${countChange(lang, before, after, measure)}`;
    };
    return [row.name, cell('bodies', 'bodies'), cell('internalBodies', 'bodies'), cell('admin', 'people'), cell('institutional', 'people'), cell('leaderPosts', 'posts')];
  };
}

/** A proposal in two lines, as the title slide on screen says it: the zones themselves, then the whole area. */
export function storyLines(lang: Lang, story: SavingsStory): string[] {
  const v = viewsText;
  const colon = lang === 'zh' ? '：' : ': ';
  const item = (label: string, change: { before: number; after: number }, measure: 'bodies' | 'people' | 'posts') =>
    `${label} ${grouped(change.before)} → ${grouped(change.after)} ${countChange(lang, change.before, change.after, measure)}`;
  const lines: string[] = [];
  const { zones, area } = story;
  if (zones) lines.push(`${v(lang, 'story.zones', {})}${colon}${[item(v(lang, 'story.bodies', {}), zones.bodies, 'bodies'), item(v(lang, 'story.staff', {}), zones.staff, 'people')].join(' · ')}`);
  const part = platformWords(lang, story);
  const platform = part === '' ? '' : lang === 'zh' ? `（${part}）` : ` (${part})`;
  lines.push(`${v(lang, 'story.area', {})}${colon}${[item(v(lang, 'story.bodies', {}), area.bodies, 'bodies'), `${item(v(lang, 'story.staff', {}), area.staff, 'people')}${platform}`, item(v(lang, 'story.posts', {}), area.leaderPosts, 'posts')].join(' · ')}`);
  return lines;
}

/** The hand-over to platforms as said beside the whole area's staff change, or '' when there is none. */
export function platformWords(lang: Lang, story: SavingsStory): string {
  const share = platformShare(story.area);
  return share === undefined ? '' : viewsText(lang, share === 'within' ? 'story.ofWhichPlatform' : 'story.platformOutside', { n: grouped(story.area.toPlatforms) });
}
