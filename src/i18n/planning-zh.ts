// The Chinese words of the planning assistant's screens: the fixes of a problem and the suggestion
// dialog. planning-en.ts has the same keys.
export const planningZh = {
  'planning.stale': () => '文件在算出这些调整之后又有了改动，请重新打开修正或重新求解。',
};

export type PlanningCatalogue = typeof planningZh;
