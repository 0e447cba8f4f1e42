// The English texts of the planning assistant that the first page needs. Same keys as assistant-zh.ts.
import type { AssistantCatalogue } from './assistant-zh';

export const assistantEn: { [K in keyof AssistantCatalogue]: AssistantCatalogue[K] } = {
  'assistant.fixes': () => 'Fixes',
  'assistant.suggest': () => 'Suggest a plan…',
  'step.applyFix': () => 'Fix a problem',
};
