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
  const name = (id: string) => nameOf(context, id);
  switch (problem.rule) {
    case 'econ-ratio':
    case 'body-cap':
    case 'group-staffed':
    case 'rank-bottom-growth':
      return translate(lang, `plan.why.${problem.rule}`, { unit: name(problem.subject) });
    case 'social-in-zone':
    case 'econ-in-town':
      return translate(lang, `plan.why.${problem.rule}`, { bureau: name(problem.subject) });
    case 'function-duplicate': {
      const at = problem.subject.indexOf('/');
      const fn = problem.subject.slice(at + 1);
      return translate(lang, 'plan.why.function-duplicate', { unit: name(problem.subject.slice(0, at)), fn: functionLabel(functionRef(context.functions, fn), lang) });
    }
    default:
      return `${problem.rule} · ${name(problem.subject)}`;
  }
}

/** A conflict item (`lock:…`, `no-abolitions`, `rule:…`) in words. */
export function itemWords(context: PlanContext, item: string, lang: Lang): string {
  if (item === 'no-abolitions') return translate(lang, 'plan.item.noAbolitions', {});
  if (item === 'no-hand-overs') return translate(lang, 'plan.item.noHandOvers', {});
  if (item.startsWith('lock:')) return translate(lang, 'plan.item.lock', { name: nameOf(context, item.slice(5)) });
  const [, rule = '', ...rest] = item.split(':');
  const subject = rest.join(':');
  const held = holdWords(context, { rule, subject }, lang);
  if (held !== undefined) return held;
  const at = subject.indexOf('/');
  return translate(lang, 'plan.item.rule', { rule, name: at < 0 ? nameOf(context, subject) : `${nameOf(context, subject.slice(0, at))}/${subject.slice(at + 1)}` });
}

/** What a rule the planner acts on asks of its subject, in words ("…的经济发展类机构占比不低于下限"). */
function holdWords(context: PlanContext, problem: ProblemRef, lang: Lang): string | undefined {
  const name = (id: string) => nameOf(context, id);
  switch (problem.rule) {
    case 'econ-ratio':
    case 'body-cap':
    case 'group-staffed':
    case 'rank-bottom-growth':
      return translate(lang, `plan.hold.${problem.rule}`, { unit: name(problem.subject) });
    case 'social-in-zone':
    case 'econ-in-town':
      return translate(lang, `plan.hold.${problem.rule}`, { bureau: name(problem.subject) });
    case 'function-duplicate': {
      const at = problem.subject.indexOf('/');
      const fn = problem.subject.slice(at + 1);
      return translate(lang, 'plan.hold.function-duplicate', { unit: name(problem.subject.slice(0, at)), fn: functionLabel(functionRef(context.functions, fn), lang) });
    }
    default:
      return undefined;
  }
}
