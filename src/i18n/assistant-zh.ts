// The planning assistant's texts that the first page needs (its buttons and undo labels); the
// fixes panel and the suggestion dialog load theirs with them (planning-zh.ts). assistant-en.ts
// has the same keys.
export const assistantZh = {
  'assistant.fixes': () => '修正',
  'assistant.suggest': () => '求解合规方案…',
  'step.applyFix': () => '修正问题',
};

export type AssistantCatalogue = typeof assistantZh;
