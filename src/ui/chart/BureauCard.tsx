import { memo, useRef } from 'react';
import type { Bureau } from '../../model';
import { useT } from '../context';
import { shortenMiddle } from '../text';
import { type DragHandlers, useBureauDrag } from './useBureauDrag';

export type Mark = 'error' | 'warning' | undefined;

interface Props {
  bureau: Bureau;
  x: number;
  y: number;
  selected: boolean;
  /** Lit for a moment after the view flew here. */
  flash?: boolean;
  mark: Mark;
  /** While another bureau of this unit and type is dragged: it may be merged into this one. */
  mergeTarget: boolean;
  /** What the proposal does to it (before/after view). */
  change?: string;
  drag: DragHandlers | undefined;
  onSelect(id: string): void;
  onKey(id: string, key: string): void;
}

export const BureauCard = memo(function BureauCard({ bureau, x, y, selected, flash, mark, mergeTarget, change, drag, onSelect, onKey }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const { t } = useT();
  useBureauDrag(ref, bureau.id, drag);
  const staff = bureau.staff.admin + bureau.staff.institutional;
  return (
    <div
      ref={ref}
      className={`card cat-${bureau.category}${selected ? ' selected' : ''}${flash ? ' flash' : ''}${mark ? ` mark-${mark}` : ''}${change ? ` change-${change}` : ''}${drag ? '' : ' fixed'}`}
      style={{ left: x, top: y }}
      data-bureau-id={bureau.id}
      {...(mergeTarget ? { 'data-drop-bureau': 'true' } : {})}
      {...(change ? { 'data-change': change } : {})}
      tabIndex={0}
      role="button"
      aria-pressed={selected}
      aria-label={t('card.aria', { name: bureau.name, category: t(`category.${bureau.category}`), staff, posts: bureau.leaderPosts })}
      title={bureau.name}
      onClick={() => onSelect(bureau.id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onSelect(bureau.id);
        } else onKey(bureau.id, event.key);
      }}
    >
      <div className="card-name">{shortenMiddle(bureau.name, 11.6)}</div>
      <div className="card-meta">
        <span className="card-type">{t(`type.${bureau.type}`)}</span>
        <span className="card-num" title={t('card.staffTitle', { admin: bureau.staff.admin, institutional: bureau.staff.institutional })}>
          {t('card.staff', { n: staff })}
        </span>
        <span className="card-num">{t('card.posts', { n: bureau.leaderPosts })}</span>
        {mark && <span className={`card-flag flag-${mark}`} aria-label={t(`severity.${mark}`)}>!</span>}
        {change && <span className={`change-badge change-${change}`}>{t(`bureauChange.${change}` as 'bureauChange.moved')}</span>}
      </div>
    </div>
  );
});
