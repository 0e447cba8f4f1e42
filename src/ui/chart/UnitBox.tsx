import { memo, useCallback } from 'react';
import type { UnitMetrics } from '../../engine';
import { percent } from '../../i18n';
import type { UnitBox as Box } from './layout';
import { BureauCard, type Mark } from './BureauCard';
import type { DragHandlers } from './useBureauDrag';
import { useT } from '../context';
import { shortenMiddle } from '../text';

interface Props {
  box: Box;
  figures: UnitMetrics | undefined;
  selectedUnit: string | undefined;
  selectedBureau: string | undefined;
  unitMark: Mark;
  bureauMarks: ReadonlyMap<string, Mark>;
  /** The bureau being dragged, when it is one of this unit's. */
  dragging: { id: string; unit: string; type: string } | undefined;
  /** A bureau of another unit is being dragged: this unit may take it. */
  dropOk: boolean;
  drag: DragHandlers | undefined;
  /** Seen from far: stripes for its bureaus instead of cards; from farther, the box alone. */
  summary: 'near' | 'far' | 'overview';
  /** Lit for a moment after the view flew here: the unit itself (true) or one of its bureaus (its id). */
  flash: boolean | string;
  changes?: ReadonlyMap<string, string>;
  minRatio: number;
  /** Why a bureau being dragged cannot be dropped here (a leading group), said during the drag. */
  refusal?: string;
  /** For a unit folded in its band: opens the band. */
  onOpen?(): void;
  onSelect(kind: 'unit' | 'bureau', id: string): void;
  onCardKey(id: string, key: string): void;
}

// Long: one unit's box, its header of figures, its cards and its folded form, drawn together.
export const UnitBox = memo(function UnitBox({ box, figures, selectedUnit, selectedBureau, unitMark, bureauMarks, dragging, dropOk, drag, flash, summary, changes, minRatio, refusal, onOpen, onSelect, onCardKey }: Props) {
  const { t } = useT();
  const { unit } = box;
  const ratio = figures?.economicRatio;
  const lowRatio = ratio !== null && ratio !== undefined && unitMark !== undefined && unit.kind === 'zone' && ratio < minRatio;
  // the same function from one drawing to the next, so that cards whose props are the same are not drawn again
  const selectBureau = useCallback((id: string) => onSelect('bureau', id), [onSelect]);
  const className = `unit kind-${unit.kind}${selectedUnit === unit.id ? ' selected' : ''}${unitMark ? ` mark-${unitMark}` : ''}${dropOk ? ' drop-ok' : ''}${flash === true ? ' flash' : ''}`;
  if (summary === 'overview') {
    // from this far a box's words would be a pixel high: the box alone, one element, named on hover
    return (
      <section
        className={`${className} overview`}
        style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
        data-unit-id={unit.id}
        aria-label={unit.name}
        title={unit.name}
        onClick={() => onSelect('unit', unit.id)}
      />
    );
  }
  // the name shortened in the middle: its end tells a committee from an office
  const nameEms = (box.width - 2 * 12) / 14;
  return (
    <section
      className={className}
      style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
      data-unit-id={unit.id}
      aria-label={unit.name}
    >
      <header className="unit-head" onClick={() => onSelect('unit', unit.id)}>
        <button type="button" className="unit-name" title={unit.name} onClick={(e) => (e.stopPropagation(), onSelect('unit', unit.id))}>
          {shortenMiddle(unit.name, nameEms)}
        </button>
        <div className="unit-line">
          <div className="unit-tags">
            <span className="tag">{t(`kind.${unit.kind}`)}</span>
            {unit.level && <span className="tag">{t(`level.${unit.level}`)}</span>}
            {unit.governance && <span className="tag">{t(`governance.${unit.governance}`)}</span>}
            {unit.partyCommittee && <span className="tag">{t('tag.party')}</span>}
            {unit.developedTown && <span className="tag">{t('tag.developedTown')}</span>}
            {unit.jointWith && <span className="tag">{t('tag.joint')}</span>}
          </div>
          {unitMark && <span className={`card-flag flag-${unitMark}`}>!</span>}
          {ratio !== null && ratio !== undefined && (
            <span className={`unit-ratio${lowRatio ? ' low' : ''}`}>{t('unit.ratio', { ratio: percent(ratio) })}</span>
          )}
        </div>
        {figures && (
          <div className="unit-figures">
            <span data-metric={`units.${unit.id}.bodies`} data-value={figures.bodies}>{t('unit.bodies', { n: figures.bodies })}</span>
            <span data-metric={`units.${unit.id}.staff`} data-value={figures.staff}>{t('unit.staff', { n: figures.staff })}</span>
            <span data-metric={`units.${unit.id}.leaderPosts`} data-value={figures.leaderPosts}>{t('unit.posts', { n: figures.leaderPosts })}</span>
          </div>
        )}
      </header>
      {box.folded && (
        <button type="button" className="unit-folded" data-action="open-folded" onClick={onOpen}>
          {t('chart.folded', { n: figures?.bodies ?? 0 })}
        </button>
      )}
      {!box.folded && box.cards.length === 0 && <div className="unit-empty">{t(unit.kind === 'group' ? 'unit.groupEmpty' : 'unit.empty')}</div>}
      {refusal && <div className="drop-refusal" role="note">{refusal}</div>}
      {summary === 'far' && box.cards.length > 0 && <UnitSummary box={box} marks={bureauMarks} />}
      {summary === 'near' && box.cards.map((card) => (
        <BureauCard
          key={card.bureau.id}
          bureau={card.bureau}
          x={card.x}
          y={card.y}
          selected={selectedBureau === card.bureau.id}
          flash={flash === card.bureau.id}
          mark={bureauMarks.get(card.bureau.id)}
          mergeTarget={dragging !== undefined && dragging.unit === unit.id && dragging.type === card.bureau.type && dragging.id !== card.bureau.id}
          change={changes?.get(card.bureau.id)}
          drag={drag}
          onSelect={selectBureau}
          onKey={onCardKey}
        />
      ))}
    </section>
  );
});

/** A unit seen from far: one stripe a bureau, coloured by category, marked where a rule is broken. */
function UnitSummary({ box, marks }: { box: Box; marks: ReadonlyMap<string, Mark> }) {
  return (
    <div className="unit-summary" aria-hidden="true">
      {box.cards.map((card) => (
        <span key={card.bureau.id} className={`stripe cat-${card.bureau.category}${marks.get(card.bureau.id) ? ` mark-${marks.get(card.bureau.id)}` : ''}`} style={{ left: card.x, top: card.y }} />
      ))}
    </div>
  );
}
