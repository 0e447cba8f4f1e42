// Notes and reasons in the user's words: names, not ids.
import type { Lang } from '../i18n';
import { translatePlan as translate } from '../i18n/plan';
import { functionRef } from '../model';
import { functionLabel } from '../i18n/lang';
import type { PlanContext } from './context';
import type { ProblemRef } from './types';

export function nameOf(context: PlanContext, id: string): string {
  return context.units.get(id)?.name ?? context.bureaus.get(id)?.name ?? id;
}

/** What fixing the problem means, in a few words. */
export function reasonOf(context: PlanContext, problem: ProblemRef, lang: Lang): string {
  return ruleWords(context, problem, lang, 'why') ?? `${problem.rule} · ${nameOf(context, problem.subject)}`;
}

/** A conflict item (`lock:…`, `no-abolitions`, `rule:…`) in words. */
export function itemWords(context: PlanContext, item: string, lang: Lang): string {
  if (item === 'no-abolitions') return translate(lang, 'plan.item.noAbolitions', {});
  if (item === 'no-hand-overs') return translate(lang, 'plan.item.noHandOvers', {});
  if (item.startsWith('lock:')) return translate(lang, 'plan.item.lock', { name: nameOf(context, item.slice(5)) });
  const [, rule = '', ...rest] = item.split(':');
  const subject = rest.join(':');
  const held = ruleWords(context, { rule, subject }, lang, 'hold');
  if (held !== undefined) return held;
  const at = subject.indexOf('/');
  return translate(lang, 'plan.item.rule', { rule, name: at < 0 ? nameOf(context, subject) : `${nameOf(context, subject.slice(0, at))}/${subject.slice(at + 1)}` });
}

/** A rule the planner acts on, said of its subject: why a change is there (`why`), or what the rule asks of it (`hold`: "…的经济发展类机构占比不低于下限"). */
function ruleWords(context: PlanContext, problem: ProblemRef, lang: Lang, say: 'why' | 'hold'): string | undefined {
  const name = (id: string) => nameOf(context, id);
  switch (problem.rule) {
    case 'econ-ratio':
    case 'body-cap':
    case 'group-staffed':
    case 'rank-bottom-growth':
      return translate(lang, `plan.${say}.${problem.rule}`, { unit: name(problem.subject) });
    case 'social-in-zone':
    case 'econ-in-town':
      return translate(lang, `plan.${say}.${problem.rule}`, { bureau: name(problem.subject) });
    case 'function-duplicate': {
      const at = problem.subject.indexOf('/');
      const fn = problem.subject.slice(at + 1);
      return translate(lang, `plan.${say}.function-duplicate`, { unit: name(problem.subject.slice(0, at)), fn: functionLabel(functionRef(context.functions, fn), lang) });
    }
    default:
      return undefined;
  }
}
