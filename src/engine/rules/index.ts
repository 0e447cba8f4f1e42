import { functionLost, rankRules } from './comparison';
import { bodyCap, econInTown, econRatio, functionDuplicate, groupStaffed, leaderCap, parkParent, socialInZone, townOverlap } from './organisation';
import type { Finding, Rule, RuleInput } from './types';

export * from './types';

const RULES: readonly Rule[] = [
  econRatio, socialInZone, econInTown, functionDuplicate, bodyCap, leaderCap, parkParent, townOverlap, groupStaffed,
  // scenario only: they return nothing without a baseline to compare with
  functionLost, rankRules,
];

/** Every rule broken, sorted by rule id then subject as JavaScript's default sort compares strings. */
export function checkRules(input: RuleInput): Finding[] {
  return RULES.flatMap((rule) => rule(input)).sort(
    (a, b) => compareStrings(a.rule, b.rule) || compareStrings(a.subject, b.subject),
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
