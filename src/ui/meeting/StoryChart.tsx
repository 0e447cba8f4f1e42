// One side of the before/after story: the touched units in the same places on both sides, each
// bureau in the same slot; what leaves stays as a ghost saying where it went, what arrives says
// where it came from. Direction is said in words and arrows and by the border's line (dashed:
// leaving, solid thick: arriving), never by colour alone. No zoom: the layout is sized for reading.
import type { UnitMetrics } from '../../engine';
import { ownValue } from '../../app/figures';
import type { StorySlot, StoryUnit } from '../../app/meeting/story';
import type { Bureau, Unit } from '../../model';
import { type Translate, useT } from '../context';
import { shortenMiddle } from '../text';
import { STORY, type StoryLayout } from './storyLayout';
import { type ViewsTranslate, useViewsText } from './useViewsText';

interface Props {
  side: 'before' | 'after';
  units: readonly StoryUnit[];
  layout: StoryLayout;
  /** Every unit of either side, by id (names of where bureaus go and come from). */
  names: ReadonlyMap<string, Unit>;
  figures: { before: Readonly<Record<string, UnitMetrics>>; after: Readonly<Record<string, UnitMetrics>> | undefined };
  /** The adjustment table's kind of change per bureau (data-change, as the adjustment table says it). */
  changeOf: ReadonlyMap<string, string>;
}

const staffOf = (b: Bureau) => b.staff.admin + b.staff.institutional;

export function StoryChart({ side, units, layout, names, figures, changeOf }: Props) {
  const { t } = useT();
  const { v } = useViewsText();
  const byId = new Map(units.map((u) => [u.id, u]));
  const f = layout.font;
  return (
    <div className={`story story-${side}`} style={{ fontSize: f, width: layout.width, height: layout.height }} data-story-side={side}>
      {layout.boxes.map((box) => {
        const unit = byId.get(box.id);
        if (!unit) return null;
        const record = (side === 'before' ? unit.before : unit.after) ?? unit.after ?? unit.before!;
        const exists = side === 'before' ? unit.before !== undefined : unit.after !== undefined;
        const nameEms = box.width / f - 2 * STORY.pad;
        return (
          <section
            key={box.id}
            className={`story-unit kind-${record.kind}${exists ? '' : ' absent'}`}
            style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
            {...(exists ? { 'data-unit-id': box.id } : { 'data-absent-unit': box.id })}
            aria-label={record.name}
          >
            <header className="story-unit-head" title={record.name}>
              <div className="story-unit-name">{shortenMiddle(record.name, nameEms)}</div>
              <div className="story-unit-figures">
                {unitLine(v, side, unit, figures).map((part) => <span key={part}>{part}</span>)}
              </div>
            </header>
            {unit.slots.map((slot, i) => (
              <StoryCard key={slot.id} slot={slot} side={side} x={box.slots[i]!.x} y={box.slots[i]!.y} names={names} change={changeOf.get(slot.id)} />
            ))}
          </section>
        );
      })}
    </div>
  );
}

/** The unit's figures on this side, in parts that wrap onto a second line in a narrow box. */
function unitLine(v: ViewsTranslate, side: 'before' | 'after', unit: StoryUnit, figures: Props['figures']): string[] {
  const today = ownValue(figures.before, unit.id);
  const then = ownValue(figures.after, unit.id);
  const parts = (label: (n: string) => string, key: 'bodies' | 'staff' | 'leaderPosts') => {
    if (side === 'before') return label(String(today![key]));
    return label(today ? (today[key] === then![key] ? String(then![key]) : `${today[key]}→${then![key]}`) : String(then![key]));
  };
  if (side === 'before' && (!unit.before || !today)) return [v('storyChart.notYet')];
  if (side === 'after' && (!unit.after || !then)) return [v('storyChart.removedUnit')];
  return [
    ...(side === 'after' && !today ? [v('storyChart.newUnit')] : []),
    parts((n) => v('storyChart.bodies', { n }), 'bodies'),
    parts((n) => v('storyChart.staff', { n }), 'staff'),
    parts((n) => v('storyChart.posts', { n }), 'leaderPosts'),
  ];
}

function StoryCard({ slot, side, x, y, names, change }: { slot: StorySlot; side: 'before' | 'after'; x: number; y: number; names: ReadonlyMap<string, Unit>; change: string | undefined }) {
  const { t } = useT();
  const { v } = useViewsText();
  const unitName = (id: string) => names.get(id)?.name ?? id;
  const bureau = side === 'before' ? slot.before : slot.after;
  const c = slot.change;
  const lineEms = STORY.card.width - 0.9;
  if (!bureau) {
    // before: a place kept for what arrives; after: the ghost of what left
    const shown = slot.before ?? slot.after!;
    const text =
      side === 'before'
        ? c.kind === 'arrives'
          ? v('storyChart.willArrive', { from: unitName(c.from) })
          : c.kind === 'merged'
            ? v('storyChart.willMerge')
            : v('storyChart.willCreate')
        : c.kind === 'leaves'
          ? v(c.platform ? 'storyChart.wentToPlatform' : 'storyChart.wentTo', { to: unitName(c.to) })
          : c.kind === 'mergedAway'
            ? v('storyChart.wentInto', { into: c.into })
            : v('storyChart.wasAbolished');
    return (
      <div
        className={`story-card ${side === 'before' ? 'placeholder' : `ghost ghost-${c.kind}`}`}
        style={{ left: x, top: y }}
        {...(side === 'after' ? { 'data-ghost-bureau': shown.id } : { 'data-placeholder': shown.id })}
        title={`${shown.name} · ${text}`}
      >
        <div className="story-card-name">{shortenMiddle(shown.name, STORY.card.width - 0.8)}</div>
        <div className="story-card-mark"><span aria-hidden="true">{side === 'before' ? '' : c.kind === 'abolished' ? '✕ ' : '→ '}</span>{shortenMiddle(text, lineEms / 0.8)}</div>
      </div>
    );
  }
  const mark = markText(v, slot, unitName);
  const staff = staffOf(bureau);
  return (
    <div
      className={`story-card cat-${bureau.category} change-${c.kind}`}
      style={{ left: x, top: y }}
      data-bureau-id={bureau.id}
      {...(change ? { 'data-change': change } : {})}
      title={`${bureau.name}${mark ? ` · ${mark}` : ''}`}
    >
      <div className="story-card-name">{shortenMiddle(bureau.name, STORY.card.width - 0.8)}</div>
      <div className="story-card-mark">
        {mark ? (
          <>
            <span aria-hidden="true">{arrowOf(c.kind)}</span>
            {shortenMiddle(mark, lineEms / 0.8 - 1.5)}
          </>
        ) : (
          v('storyChart.figures', { staff, posts: bureau.leaderPosts })
        )}
      </div>
    </div>
  );
}

function arrowOf(kind: StorySlot['change']['kind']): string {
  if (kind === 'leaves') return '→ ';
  if (kind === 'arrives') return '← ';
  if (kind === 'created' || kind === 'merged') return '＋ ';
  if (kind === 'abolished') return '✕ ';
  if (kind === 'mergedAway') return '⇢ ';
  if (kind === 'edited') return '✎ ';
  return '';
}

function markText(v: ViewsTranslate, slot: StorySlot, unitName: (id: string) => string): string | undefined {
  const c = slot.change;
  const staffChange = slot.before && slot.after && staffOf(slot.before) !== staffOf(slot.after) ? v('storyChart.staffChange', { was: staffOf(slot.before), now: staffOf(slot.after) }) : '';
  switch (c.kind) {
    case 'same':
      return undefined;
    case 'edited':
      return staffChange === '' ? v('storyChart.edited') : staffChange;
    case 'leaves':
      return v(c.platform ? 'storyChart.toPlatform' : 'storyChart.to', { to: unitName(c.to) });
    case 'abolished':
      return v('storyChart.abolished');
    case 'mergedAway':
      return v('storyChart.into', { into: c.into });
    case 'arrives':
      return v('storyChart.from', { from: unitName(c.from) });
    case 'created':
      return v('storyChart.created');
    case 'merged':
      return v('storyChart.mergedFrom', { parts: c.from });
  }
}
