import type { Unit } from '../../model';
import { functionLost, rankRules } from './comparison';
import { bodyCap, econInTown, econRatio, functionDuplicate, groupStaffed, leaderCap, parkParent, socialInZone, townOverlap } from './organisation';
import { type Finding, type Rule, type RuleInput, type UnitRule, subjectText } from './types';

export * from './types';

const UNIT_RULES: readonly UnitRule[] = [
  econRatio, socialInZone, econInTown, functionDuplicate, bodyCap, leaderCap, parkParent, townOverlap, groupStaffed,
  // scenario only: it finds nothing without a baseline to compare with
  rankRules,
];

/** Rules about the whole state; a move changes none of what they read (scenario only). */
const STATE_RULES: readonly Rule[] = [functionLost];

/** What the unit rules find for one unit, in no particular order. */
export function unitFindings(input: RuleInput, unit: Unit): Finding[] {
  const found: Finding[] = [];
  for (const rule of UNIT_RULES) rule(input, unit, found);
  return found;
}

/** Every rule broken, sorted (see `compareFindings`); `byUnit` receives each unit's findings. */
export function checkRules(input: RuleInput, byUnit?: Map<string, Finding[]>): Finding[] {
  const found: Finding[] = [];
  for (const unit of input.current.state.units) {
    const own = unitFindings(input, unit);
    if (own.length > 0) {
      byUnit?.set(unit.id, own);
      for (const finding of own) found.push(finding);
    }
  }
  for (const rule of STATE_RULES) for (const finding of rule(input)) found.push(finding);
  return found.sort(compareFindings);
}

/** By rule id then subject as SPEC §7 writes it, as JavaScript's default sort compares strings. */
export function compareFindings(a: Finding, b: Finding): number {
  return compareStrings(a.rule, b.rule) || compareStrings(subjectText(a.subject), subjectText(b.subject));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `sorted` without `gone` and with `added`, still sorted; `sorted` itself is not changed. */
export function replaceFindings(sorted: readonly Finding[], gone: readonly Finding[], added: readonly Finding[]): Finding[] {
  const goneSet = gone.length > 8 ? new Set(gone) : undefined;
  const next =
    gone.length === 0 ? sorted.slice() : sorted.filter((finding) => (goneSet ? !goneSet.has(finding) : !gone.includes(finding)));
  for (const finding of added) {
    let low = 0;
    let high = next.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareFindings(next[middle]!, finding) <= 0) low = middle + 1;
      else high = middle;
    }
    next.splice(low, 0, finding);
  }
  return next;
}
