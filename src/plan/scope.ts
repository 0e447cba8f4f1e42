// Which units each rule applies to, asked of the engine itself: a probe state holds, in every zone
// and office, one general internal body with a social duty, and in every town and street one body
// with an economic duty; the engine's findings on it say which units are held to the 60% share,
// which may hold no social duty, which lie in some territory, and whose own posts break
// group-staffed. The planner's formulation follows whatever the engine's rules say (format
// version 1 or 2), instead of a second copy of them.
import { type LoadedFile, findingsOf, subjectText, viewState } from '../engine';
import type { Bureau, Category, OrgState, Unit } from '../model';

export interface RuleScope {
  /** zones and offices whose economic share must reach `min` */
  ratioBound: ReadonlySet<string>;
  /** zones and offices whose bureaus may carry no social duty */
  socialFree: ReadonlySet<string>;
  /** towns and streets where an economic duty is a warning */
  covered: ReadonlySet<string>;
  /** groups whose own leader posts break group-staffed */
  groupPosts: ReadonlySet<string>;
  min: number;
  bottomN: number;
}

function dutyOf(loaded: LoadedFile, category: Category): string | undefined {
  for (const fn of loaded.context.functions.values()) if (fn.category === category) return fn.id;
  return undefined;
}

export function ruleScope(loaded: LoadedFile, state: OrgState): RuleScope {
  const social = dutyOf(loaded, 'social');
  const economic = dutyOf(loaded, 'economic');
  const bureaus: Bureau[] = [];
  const holder = new Map<string, string>();
  const probe = (unit: Unit, functions: string[]) => {
    const id = `p${bureaus.length}`;
    holder.set(id, unit.id);
    bureaus.push({ id, name: id, unit: unit.id, type: 'internal', category: 'general', functions, staff: { admin: 0, institutional: 0 }, leaderPosts: 0 });
  };
  for (const unit of state.units) {
    if (unit.kind === 'zone' || unit.kind === 'office') probe(unit, social ? [social] : []);
    else if (unit.kind === 'town' || unit.kind === 'street') probe(unit, economic ? [economic] : []);
  }
  const findings = findingsOf(loaded, viewState({ units: state.units, bureaus }));
  const of = (rule: string, bySubject: (subject: string) => string | undefined) =>
    new Set(findings.filter((f) => f.rule === rule).map((f) => bySubject(subjectText(f.subject))).filter((id): id is string => id !== undefined));
  const settings = loaded.settings;
  return {
    ratioBound: of('econ-ratio', (s) => s),
    socialFree: of('social-in-zone', (s) => holder.get(s)),
    covered: of('econ-in-town', (s) => holder.get(s)),
    groupPosts: of('group-staffed', (s) => s),
    min: settings.economicRatioMin,
    bottomN: settings.bottomN,
  };
}
