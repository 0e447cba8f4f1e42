import type { EngineMessage } from '../../i18n/engine';
import type { Bureau, FunctionDef, OrgState, Unit } from '../../model';
import type { Metrics, Totals, UnitMetrics } from '../figures';
import type { LayeredMap } from '../layered';

export type Severity = 'error' | 'warning';

export const RULE_IDS = [
  'body-cap',
  'econ-in-town',
  'econ-ratio',
  'function-duplicate',
  'function-lost',
  'group-staffed',
  'leader-cap',
  'park-parent',
  'rank-bottom-growth',
  'rank-bottom-no-cut',
  'rank-growth-unearned',
  'social-in-zone',
  'town-overlap',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/**
 * What breaks a rule (SPEC §7's subject): a unit; a bureau, with the unit that holds it; or a duty,
 * with the unit where two bureaus carry it (function-duplicate) or without one (function-lost).
 */
export type Subject =
  | { kind: 'unit'; id: string }
  | { kind: 'bureau'; id: string; unitId: string }
  | { kind: 'function'; id: string; unitId?: string };

/** The subject as SPEC §7 writes it in the JSON report: an id, or `unitId/functionId`. */
export function subjectText(subject: Subject): string {
  return subject.kind === 'function' && subject.unitId !== undefined ? `${subject.unitId}/${subject.id}` : subject.id;
}

/** A broken rule before it is put into words (the report renders `message` in one language). */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  subject: Subject;
  message: EngineMessage;
}

export interface RuleSettingsResolved {
  economicRatioMin: number;
  rewardTopN: number;
  bottomN: number;
}

/** SPEC §7's defaults: the one place they are written. */
export const DEFAULT_RULES: Readonly<RuleSettingsResolved> = Object.freeze({ economicRatioMin: 0.6, rewardTopN: 3, bottomN: 2 });

/** A file's `rules` over the defaults. */
export function resolveSettings(rules: Partial<RuleSettingsResolved> | undefined): RuleSettingsResolved {
  return { ...DEFAULT_RULES, ...rules };
}

/** One state seen by the rules, with what they look up often made ready once. */
export interface StateView {
  state: OrgState;
  metrics: Metrics;
  totals: Totals;
  /** unit id → its figures (the same as `metrics.units`, without writing them all out) */
  unitFigures: LayeredMap<string, UnitMetrics>;
  units: ReadonlyMap<string, Unit>;
  bureausByUnit: LayeredMap<string, readonly Bureau[]>;
  /** town or street id → the zones and offices whose territory lists it */
  coveredBy: ReadonlyMap<string, readonly Unit[]>;
  /** Every duty some bureau carries (function-lost compares a scenario's with the baseline's). */
  functionsCarried: ReadonlySet<string>;
}

export interface RuleInput {
  current: StateView;
  /** Present for a scenario: the baseline to compare with (scenario-only rules need it). */
  baseline?: StateView;
  functions: ReadonlyMap<string, FunctionDef>;
  settings: RuleSettingsResolved;
}

export type Rule = (input: RuleInput) => Finding[];

/**
 * A rule about one unit: what it finds depends on that unit, its bureaus and its figures only (and
 * on other units' fields, which a move does not change). Each finding it makes belongs to the unit.
 */
export type UnitRule = (input: RuleInput, unit: Unit, found: Finding[]) => void;
