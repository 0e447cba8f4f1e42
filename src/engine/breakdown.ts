// Where a proposal's savings come from: each operation's effect on the figures, added up by
// source (the kind of operation: moves, hand-overs, merges …). The parts add up exactly to the
// savings (each is a difference of consecutive states).
import type { Operation, OrgState } from '../model';
import { type ApplyContext, applyOperation } from './apply';
import { type Savings, savingsOf, totalsAfter, totalsOf } from './figures';
import { SAVING_SOURCES, type SavingSource } from './figureTable';

export type SavingsBreakdown = Record<SavingSource, Savings>;

function sourceOf(operation: Operation, state: OrgState, context: ApplyContext): SavingSource {
  switch (operation.op) {
    case 'move':
      return context.lookup.findUnit(state, operation.to)?.kind === 'platform' ? 'platform' : 'move';
    case 'merge':
      return 'merge';
    case 'abolish':
      return 'abolish';
    case 'create':
      return 'create';
    case 'set':
    case 'reassign':
      return 'edit';
    case 'add-unit':
    case 'set-unit':
    case 'remove-unit':
      return 'units';
  }
}

const zero = (): Savings => ({ bodies: 0, internalBodies: 0, staff: 0, adminStaff: 0, institutionalStaff: 0, leaderPosts: 0, released: 0 });

/**
 * `states`, when the caller has them, are the states after 0, 1, … operations (as the session
 * keeps them): nothing is applied again, and each step counts only the bureaus it changed.
 */
export function savingsBreakdown(baseline: OrgState, operations: readonly Operation[], context: ApplyContext, states?: readonly OrgState[]): SavingsBreakdown {
  const parts = Object.fromEntries(SAVING_SOURCES.map((kind) => [kind, zero()])) as SavingsBreakdown;
  let state = baseline;
  let totals = totalsOf(state);
  for (const [index, operation] of operations.entries()) {
    const kept = states?.[index] === state ? states[index + 1] : undefined;
    let next = kept;
    if (!next) {
      const applied = applyOperation(state, operation, context);
      if (!applied.ok) break;
      next = applied.state;
    }
    const nextTotals = totalsAfter(totals, state, next, context.lookup);
    const part = parts[sourceOf(operation, state, context)];
    const step = savingsOf(totals, nextTotals);
    for (const key of Object.keys(step) as Array<keyof Savings>) part[key] += step[key];
    state = next;
    totals = nextTotals;
  }
  return parts;
}
