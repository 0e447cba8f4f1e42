// The words of the planning assistant's screens (planning-zh.ts, planning-en.ts): the fixes of a
// problem and the suggestion dialog. They load with those screens, not with the first page.
import { type ArgsOf, cataloguePair } from './catalogue';
import { planningEn } from './planning-en';
import { type PlanningCatalogue, planningZh } from './planning-zh';

export type PlanningKey = keyof PlanningCatalogue;
export type PlanningArgs<K extends PlanningKey> = ArgsOf<PlanningCatalogue, K>;

const words = cataloguePair(planningZh, planningEn);

export const planningText = words.text;

export const planningLocalized = words.localized;
