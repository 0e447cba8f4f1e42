// The planning assistant's words (plan-zh.ts, plan-en.ts): spoken in the worker, where the planner
// runs, and by the command line; the page never carries them.
import { type ArgsOf, cataloguePair } from './catalogue';
import { planEn } from './plan-en';
import { planZh } from './plan-zh';

type PlanCatalogue = typeof planZh;
export type PlanKey = keyof PlanCatalogue;
export type PlanArgs<K extends PlanKey> = ArgsOf<PlanCatalogue, K>;

/** A message of the planner not yet put into words. */
export type PlanMessage = { key: PlanKey; args: PlanArgs<PlanKey> };

const words = cataloguePair(planZh, planEn);

export function planMessage<K extends PlanKey>(key: K, args: PlanArgs<K>): PlanMessage {
  return { key, args } as PlanMessage;
}

export const translatePlan = words.text;

/** Whether `key` is one of the planner's. */
export const isPlanKey = words.has;
