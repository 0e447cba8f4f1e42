// Evaluating states (figures and findings), and what a session keeps to do it fast: the few
// states evaluated last, which states came from which by a move (then only the two units it
// touched are looked at again), and findings already put into words. All of it belongs to one
// Evaluator, which a session owns: nothing is shared between sessions.
import type { Lang } from '../i18n';
import { renderEngine } from '../i18n/engine';
import type { OrgState } from '../model';
import type { Effect } from './apply';
import { type Evaluated, type Move, evaluateMove } from './incremental';
import { LayeredMap } from './layered';
import type { LoadedFile } from './load';
import type { Violation } from './report';
import { type Finding, checkRules } from './rules';
import type { StateView } from './rules/types';
import { viewState } from './view';

/** The findings for one state; with `baseline`, the scenario-only rules too. */
export function findingsOf(loaded: LoadedFile, current: StateView, baseline?: StateView, byUnit?: Map<string, Finding[]>): Finding[] {
  return checkRules({ current, baseline, functions: loaded.context.functions, settings: loaded.settings }, byUnit);
}

/** A state evaluated from nothing: its view, its findings, and each unit's findings. */
export function evaluateState(loaded: LoadedFile, state: OrgState, baseline?: StateView): Evaluated {
  const view = viewState(state);
  const byUnit = new Map<string, Finding[]>();
  const findings = findingsOf(loaded, view, baseline, byUnit);
  return { view, findings, findingsByUnit: LayeredMap.of<string, readonly Finding[]>(byUnit) };
}

export function renderFindings(findings: readonly Finding[], lang: Lang): Violation[] {
  return findings.map((f) => ({ rule: f.rule, severity: f.severity, subject: f.subject, message: renderEngine(lang, f.message) }));
}

/** A baseline evaluated, with its state: scenarios are evaluated against it. */
export type EvaluatedBaseline = Evaluated & { state: OrgState };

export interface Evaluator {
  /**
   * A state's view and findings (against `baseline` for a scenario): kept from before, or from the
   * state it came from by a move when that one is kept, or evaluated whole.
   */
  evaluate(loaded: LoadedFile, state: OrgState, baseline?: EvaluatedBaseline): Evaluated;
  /** `next` came from `previous` by an operation that did `effect` (the session says so as it applies one). */
  derived(next: OrgState, previous: OrgState, effect: Effect): void;
  /**
   * Findings in words in one language: a drop leaves the other scenarios' findings as they were, and
   * of the scenario it changed, only the findings it made anew are put into words.
   */
  violationsOf(findings: readonly Finding[], lang: Lang): Violation[];
}

/** How many evaluated states are kept (the most recent): a scenario's state before and after a drop, for each scenario. */
const RECENT_STATES = 16;

export function createEvaluator(): Evaluator {
  // the key is the state with the baseline it is compared with; the settings and duties belong to
  // the loaded file, so its context is in the key too
  const evaluated = new Map<string, Evaluated>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (o: object) => {
    let id = ids.get(o);
    if (id === undefined) ids.set(o, (id = nextId++));
    return id;
  };
  const moves = new WeakMap<OrgState, { previous: OrgState; move: Move }>();
  const rendered = new WeakMap<readonly Finding[], { lang: Lang; violations: Violation[] }>();
  const renderedOne: Record<Lang, WeakMap<Finding, Violation>> = { zh: new WeakMap(), en: new WeakMap() };

  return {
    evaluate(loaded, state, baseline) {
      const keyFor = (s: OrgState) => `${idOf(loaded.context)}:${baseline ? idOf(baseline.state) : '-'}:${idOf(s)}`;
      const key = keyFor(state);
      const hit = evaluated.get(key);
      if (hit) {
        evaluated.delete(key);
        evaluated.set(key, hit); // most recent last
        return hit;
      }
      const origin = moves.get(state);
      const before = origin && evaluated.get(keyFor(origin.previous));
      const setting = { baseline: baseline?.view, functions: loaded.context.functions, settings: loaded.settings };
      const value = (before && evaluateMove(before, state, origin.move, setting, loaded.context.lookup)) ?? evaluateState(loaded, state, baseline?.view);
      evaluated.set(key, value);
      while (evaluated.size > RECENT_STATES) evaluated.delete(evaluated.keys().next().value!);
      return value;
    },
    derived(next, previous, effect) {
      if (effect.kind === 'move') moves.set(next, { previous, move: effect });
    },
    violationsOf(findings, lang) {
      const kept = rendered.get(findings);
      if (kept?.lang === lang) return kept.violations;
      const one = renderedOne[lang];
      const violations = findings.map((finding) => {
        let violation = one.get(finding);
        if (!violation) one.set(finding, (violation = renderFindings([finding], lang)[0]!));
        return violation;
      });
      rendered.set(findings, { lang, violations });
      return violations;
    },
  };
}
