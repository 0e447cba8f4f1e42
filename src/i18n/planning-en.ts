// The English words of the planning assistant's screens. Same keys as planning-zh.ts.
import type { PlanningCatalogue } from './planning-zh';

export const planningEn: { [K in keyof PlanningCatalogue]: PlanningCatalogue[K] } = {
  'planning.stale': () => 'The file has changed since these changes were worked out: open the fixes again, or suggest again.',
};
