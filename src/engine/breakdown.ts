// Where a proposal's savings come from: each operation's effect on the figures, added up by kind
// of change. The parts add up exactly to the savings (each is a difference of consecutive states).
import type { Operation, OrgState } from '../model';
import { type ApplyContext, applyOperation } from './apply';
import { type Metrics, type Savings, computeMetrics, computeSavings } from './figures';
import { findUnit } from './lookup';

export const CHANGE_KINDS = ['move', 'platform', 'merge', 'abolish', 'create', 'edit', 'units'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type SavingsBreakdown = Record<ChangeKind, Savings>;

function kindOf(operation: Operation, state: OrgState): ChangeKind {
  switch (operation.op) {
    case 'move':
      return findUnit(state, operation.to)?.kind === 'platform' ? 'platform' : 'move';
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

export function savingsBreakdown(baseline: OrgState, operations: readonly Operation[], context: ApplyContext): SavingsBreakdown {
  const parts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, zero()])) as SavingsBreakdown;
  let state = baseline;
  let metrics: Metrics = computeMetrics(state);
  for (const operation of operations) {
    const next = applyOperation(state, operation, context);
    if (!next.ok) break;
    const nextMetrics = computeMetrics(next.state);
    const part = parts[kindOf(operation, state)];
    const step = computeSavings(metrics, nextMetrics);
    for (const key of Object.keys(step) as Array<keyof Savings>) part[key] += step[key];
    state = next.state;
    metrics = nextMetrics;
  }
  return parts;
}
