// The words of status, authors and review in the language on screen: `r` is to review.ts what `t`
// is to the app's catalogue. Only the parts that load after the first paint use it.
import { useCallback } from 'react';
import { type ReviewArgs, type ReviewKey, reviewText } from '../../i18n/review';
import { useAppState } from '../context';

export type ReviewTranslate = <K extends ReviewKey>(key: K, ...args: ReviewArgs<K> extends Record<string, never> ? [] : [ReviewArgs<K>]) => string;

export function useReviewText(): { r: ReviewTranslate } {
  const lang = useAppState((s) => s.lang);
  const r = useCallback(((key: ReviewKey, args?: object) => reviewText(lang, key, (args ?? {}) as never)) as ReviewTranslate, [lang]);
  return { r };
}
