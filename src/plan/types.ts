// What the planning assistant is asked and what it answers: plain data only, so that every type
// here can cross the worker boundary as it is.
import type { Operation } from '../model';
import type { ChangeLine, Metrics, Savings } from '../engine';

/** The errors a suggestion always clears (issue 15), and the warnings it clears when asked. */
export const PLAN_ERRORS = ['econ-ratio', 'social-in-zone', 'body-cap', 'group-staffed', 'rank-bottom-growth'] as const;
export const PLAN_WARNINGS = ['econ-in-town', 'function-duplicate'] as const;
export type PlanRule = (typeof PLAN_ERRORS)[number] | (typeof PLAN_WARNINGS)[number];

export const OBJECTIVES = ['fewest-changes', 'most-staff-saved'] as const;
export type Objective = (typeof OBJECTIVES)[number];

/** What must not change. */
export interface Locks {
  /** Bureau or unit ids: a locked bureau is neither moved, merged, abolished nor edited, and takes no duty; a locked unit's bureaus are all locked and nothing enters or leaves it. */
  ids: string[];
  noAbolitions: boolean;
  noHandOvers: boolean;
}

export interface SuggestRequest {
  /** Start from today's organisation (`baseline`) or from a proposal's state. */
  from: string;
  objective: Objective;
  locks: Locks;
  /** Warnings to clear as well as the errors. */
  warnings: Array<(typeof PLAN_WARNINGS)[number]>;
}

/** A problem, as the engine names it. */
export interface ProblemRef {
  rule: string;
  subject: string;
}

/** Why a problem cannot be cleared: the smallest set of locks and rules found that leave no plan. */
export interface Obstacle {
  problems: ProblemRef[];
  /** Each a lock (`lock:<id>`, `no-abolitions`, `no-hand-overs`) or a rule on something (`rule:<rule>:<subject>`). */
  conflict: string[];
  /** The same in words, zh and en. */
  message: { zh: string; en: string };
}

export interface SuggestedOperation {
  operation: Operation;
  /** The operation in words, as the change list says it (from the state it meets). */
  change: ChangeLine;
  /** The problems this operation helps to clear. */
  fixes: ProblemRef[];
}

export interface SuggestResult {
  status: 'cleared' | 'partly';
  /** The new proposal: the start's operations (from a proposal) followed by the plan's. */
  scenario: { id: string; name: string; notes: string; operations: Operation[] };
  plan: SuggestedOperation[];
  /** Targeted problems at the start, and those the engine still reports after the plan. */
  targeted: ProblemRef[];
  remaining: ProblemRef[];
  /** Errors the engine reports after the plan that it did not report at the start (always empty unless something is wrong). */
  newErrors: ProblemRef[];
  obstacles: Obstacle[];
  objective: { changes: number; staffSaved: number };
  metrics: Metrics;
  savings: Savings;
  /** How the work went: components solved, integer programs, whether each was solved to optimality. */
  stats: { components: number; programs: number; optimal: boolean };
}

export interface Progress {
  done: number;
  total: number;
}

/** Reports progress (first with `done: 0`, then after each component); answering `false` cancels the suggestion, which then answers `{ ok: false, cancelled: true }`. */
export type ProgressReport = (progress: Progress) => boolean | void | Promise<boolean | void>;
