// The words of the sharing dialogs in the language on screen (src/i18n/shareView.ts, loaded with
// the dialogs), beside the app's own (useT).
import { useCallback } from 'react';
import { type ShareViewArgs, type ShareViewKey, shareViewText } from '../../i18n/shareView';
import { useT } from '../context';

export type ShareSay = <K extends ShareViewKey>(key: K, ...args: ShareViewArgs<K> extends Record<string, never> ? [] : [ShareViewArgs<K>]) => string;

export function useShareWords() {
  const words = useT();
  const { lang } = words;
  const s = useCallback(((key: ShareViewKey, args?: object) => shareViewText(lang, key, (args ?? {}) as never)) as ShareSay, [lang]);
  return { ...words, s };
}
