// A change said in words with an arrow ("↓ 减少 4 个"): the direction never rests on a sign or a
// colour alone (colour-blind readers, a projector that washes colours out).
import { type Direction, ratioChange } from '../../app/meeting';
import { grouped } from '../../i18n';
import { useT } from '../context';

export type Measure = 'bodies' | 'people' | 'posts' | '';

const ARROW: Record<Direction, string> = { down: '↓', up: '↑', same: '＝' };

export function Delta({ change, measure = '', hook }: { change: { direction: Direction; amount: number }; measure?: Measure; hook?: Record<string, string | number> }) {
  const { t } = useT();
  const words = change.direction === 'same' ? t('delta.same') : t(change.direction === 'down' ? 'delta.down' : 'delta.up', { n: grouped(change.amount), measure });
  return (
    <span className={`delta ${change.direction}`} {...hook}>
      <span className="delta-arrow" aria-hidden="true">{ARROW[change.direction]}</span>
      {words}
    </span>
  );
}

/** A change of a share, in percentage points. */
export function RatioDelta({ before, after }: { before: number | null; after: number | null }) {
  const { t } = useT();
  if (before === null || after === null) return null;
  const { direction, points } = ratioChange(before, after);
  return (
    <span className={`delta ${direction}`}>
      <span className="delta-arrow" aria-hidden="true">{ARROW[direction]}</span>
      {direction === 'same' ? t('delta.same') : t(direction === 'down' ? 'delta.ratioDown' : 'delta.ratioUp', { pt: String(points) })}
    </span>
  );
}
