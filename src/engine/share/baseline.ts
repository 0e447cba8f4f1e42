// What differs between two baselines (SPEC §3: units and bureaus, today's organisation) and what
// else decides a proposal's figures: the duties the file defines (§4) and its rule numbers (§7).
// Two files "have the same baseline" when none of these differ: then a proposal gives the same
// report in either.
import { BUILT_IN_FUNCTIONS, type Bureau, type FunctionDef, type RuleSettings, type ScenarioFile, type Unit, functionCatalogue } from '../../model';
import { DEFAULT_RULES } from '../rules';
import { sameValue } from './canonical';
import {
  BUREAU_RECORDS,
  FUNCTION_RECORDS,
  type FieldChange,
  type RecordChange,
  UNIT_RECORDS,
  diffRecords,
  fieldChanges,
  patchRecords,
  withFields,
} from './records';

export type Baseline = Pick<ScenarioFile, 'units' | 'bureaus' | 'functions' | 'rules'>;

export interface BaselineDiff {
  units: RecordChange<Unit>[];
  bureaus: RecordChange<Bureau>[];
  /** The duties each file knows (built-in and its own), by id. */
  functions: RecordChange<FunctionDef>[];
  /** The rule numbers each file uses, with SPEC §7's defaults where it sets none. */
  rules: FieldChange[];
}

const RULE_FIELDS: readonly string[] = ['economicRatioMin', 'rewardTopN', 'bottomN'];

export function rulesOf(baseline: Baseline): Required<RuleSettings> {
  return { ...DEFAULT_RULES, ...baseline.rules };
}

export function diffBaselines(a: Baseline, b: Baseline): BaselineDiff {
  return {
    units: diffRecords(a.units, b.units, UNIT_RECORDS),
    bureaus: diffRecords(a.bureaus, b.bureaus, BUREAU_RECORDS),
    functions: diffRecords([...functionCatalogue(a.functions).values()], [...functionCatalogue(b.functions).values()], FUNCTION_RECORDS),
    rules: fieldChanges(rulesOf(a), rulesOf(b), RULE_FIELDS),
  };
}

export function isSameBaseline(diff: BaselineDiff): boolean {
  return diff.units.length === 0 && diff.bureaus.length === 0 && diff.functions.length === 0 && diff.rules.length === 0;
}

/** `a` with the differences made: what `diffBaselines(a, b)` gives, applied to `a`, is `b`'s baseline. */
export function patchBaseline(a: Baseline, diff: BaselineDiff): Required<Pick<Baseline, 'units' | 'bureaus' | 'rules'>> & Pick<Baseline, 'functions'> {
  const catalogue = patchRecords([...functionCatalogue(a.functions).values()], diff.functions);
  const builtIn = new Map(BUILT_IN_FUNCTIONS.map((fn) => [fn.id, fn]));
  // a file lists only the duties that are not the built-in ones as SPEC §4 gives them
  const own = catalogue.filter((fn) => !sameValue(fn, builtIn.get(fn.id)));
  return {
    units: patchRecords(a.units, diff.units),
    bureaus: patchRecords(a.bureaus, diff.bureaus),
    functions: own.length > 0 ? own : undefined,
    rules: withFields(rulesOf(a), diff.rules),
  };
}
