// The planning assistant's words (plan-zh.ts, plan-en.ts): spoken in the worker, where the planner
// runs, and by the command line; the page never carries them.
import type { Lang } from './lang';
import { planEn } from './plan-en';
import { planZh } from './plan-zh';

type PlanCatalogue = typeof planZh;
export type PlanKey = keyof PlanCatalogue;
export type PlanArgs<K extends PlanKey> = Parameters<PlanCatalogue[K]> extends [] ? Record<string, never> : Parameters<PlanCatalogue[K]>[0];

/** A message of the planner not yet put into words. */
export type PlanMessage = { key: PlanKey; args: PlanArgs<PlanKey> };

const catalogues: Record<Lang, PlanCatalogue> = { zh: planZh, en: planEn };

export function planMessage<K extends PlanKey>(key: K, args: PlanArgs<K>): PlanMessage {
  return { key, args } as PlanMessage;
}

export function translatePlan<K extends PlanKey>(lang: Lang, key: K, args: PlanArgs<K>): string {
  return (catalogues[lang][key] as (a: PlanArgs<K>) => string)(args);
}

/** Whether `key` is one of the planner's. */
export function isPlanKey(key: string): key is PlanKey {
  return Object.hasOwn(planZh, key);
}
