// Which state came from which by moving one bureau: evaluation uses it to look again at only the
// two units the move touched. Kept weakly, so states are freed as usual.
import type { OrgState } from '../model';

export interface Move {
  previous: OrgState;
  bureau: string;
}

const moves = new WeakMap<OrgState, Move>();

export function recordMove(next: OrgState, move: Move): void {
  moves.set(next, move);
}

export function moveBehind(state: OrgState): Move | undefined {
  return moves.get(state);
}
