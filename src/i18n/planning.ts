// The words of the planning assistant's screens (planning-zh.ts, planning-en.ts): the fixes of a
// problem and the suggestion dialog. They load with those screens, not with the first page.
import type { Lang, Localized } from './lang';
import { planningEn } from './planning-en';
import { type PlanningCatalogue, planningZh } from './planning-zh';

export type PlanningKey = keyof PlanningCatalogue;
export type PlanningArgs<K extends PlanningKey> = Parameters<PlanningCatalogue[K]> extends [] ? Record<string, never> : Parameters<PlanningCatalogue[K]>[0];

const catalogues: Record<Lang, PlanningCatalogue> = { zh: planningZh, en: planningEn };

export function planningText<K extends PlanningKey>(lang: Lang, key: K, args: PlanningArgs<K>): string {
  return (catalogues[lang][key] as (a: PlanningArgs<K>) => string)(args);
}

export function planningLocalized<K extends PlanningKey>(key: K, args: PlanningArgs<K>): Localized {
  return { zh: planningText('zh', key, args), en: planningText('en', key, args) };
}
