// The words of the meeting views in the language on screen: `v` is to views.ts what `t` is to the
// app's catalogue. Only the views that load on demand use it, so their words load with them.
import { useCallback } from 'react';
import { type ViewsArgs, type ViewsKey, viewsText } from '../../i18n/views';
import { useAppState } from '../context';

export type ViewsTranslate = <K extends ViewsKey>(key: K, ...args: ViewsArgs<K> extends Record<string, never> ? [] : [ViewsArgs<K>]) => string;

export function useViewsText(): { v: ViewsTranslate } {
  const lang = useAppState((s) => s.lang);
  const v = useCallback(((key: ViewsKey, args?: object) => viewsText(lang, key, (args ?? {}) as never)) as ViewsTranslate, [lang]);
  return { v };
}
