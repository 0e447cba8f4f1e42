// A figure before and after, and which way it went: the meeting views say the direction in words
// or arrows ("减少 4", "↓4"), never by a sign alone, so the change is computed once here.

export type Direction = 'down' | 'up' | 'same';

export interface FigureChange {
  before: number;
  after: number;
  /** after − before */
  delta: number;
  /** |delta| */
  amount: number;
  direction: Direction;
}

export function figureChange(before: number, after: number): FigureChange {
  const delta = after - before;
  return { before, after, delta, amount: Math.abs(delta), direction: delta < 0 ? 'down' : delta > 0 ? 'up' : 'same' };
}

/** A share's change in percentage points, to one decimal (the way shares are shown: 36.4%). */
export function ratioChange(before: number, after: number): { direction: Direction; points: number } {
  const points = Math.round(Math.abs(after - before) * 1000) / 10;
  return { direction: points === 0 ? 'same' : after < before ? 'down' : 'up', points };
}

/** For a signed difference alone (a flow of staff, say): which way, and how many. */
export function directionOf(delta: number): { direction: Direction; amount: number } {
  return { direction: delta < 0 ? 'down' : delta > 0 ? 'up' : 'same', amount: Math.abs(delta) };
}
