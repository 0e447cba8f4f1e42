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

/** For a signed difference alone (a flow of staff, say): which way, and how many. */
export function directionOf(delta: number): { direction: Direction; amount: number } {
  return { direction: delta < 0 ? 'down' : delta > 0 ? 'up' : 'same', amount: Math.abs(delta) };
}
