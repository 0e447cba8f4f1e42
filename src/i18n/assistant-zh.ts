// The planning assistant's texts that the first page needs (its buttons and undo labels); the
// fixes panel and the suggestion dialog load theirs with them (planning-zh.ts). assistant-en.ts
// has the same keys.
export const assistantZh = {
  'assistant.fixes': () => '修正',
  'assistant.fixesHint': () => '查看可以清除这个问题的调整',
  'assistant.suggest': () => '求解合规方案…',
  'assistant.suggestHint': () => '规划助手求解一个清除全部错误的新方案',
  'step.applyFix': () => '修正问题',
  'step.addSuggestion': (a: { name: string }) => `加入建议方案“${a.name}”`,
};

export type AssistantCatalogue = typeof assistantZh;
