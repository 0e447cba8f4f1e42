// The English texts of the planning assistant that the first page needs. Same keys as assistant-zh.ts.
import type { AssistantCatalogue } from './assistant-zh';

export const assistantEn: { [K in keyof AssistantCatalogue]: AssistantCatalogue[K] } = {
  'assistant.fixes': () => 'Fixes',
  'assistant.fixesHint': () => 'See the changes that clear this problem',
  'assistant.suggest': () => 'Suggest a plan…',
  'assistant.suggestHint': () => 'The planning assistant solves for a new proposal that clears every error',
  'step.applyFix': () => 'Fix a problem',
  'step.addSuggestion': (a) => `Add suggested plan "${a.name}"`,
};
