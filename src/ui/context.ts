import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { AppState, Controller } from '../app/controller';
import { type Lang, type Message, type MessageArgs, type MessageKey, render, translate } from '../i18n';

export const ControllerContext = createContext<Controller | null>(null);

export function useController(): Controller {
  const controller = useContext(ControllerContext);
  if (!controller) throw new Error('no controller');
  return controller;
}

/** Reads a slice of the app state; re-renders only when that slice changes. */
export function useAppState<T>(select: (state: AppState) => T): T {
  const { store } = useController();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

export function useActions() {
  return useController().actions;
}

export type Translate = <K extends MessageKey>(key: K, ...args: MessageArgs<K> extends Record<string, never> ? [] : [MessageArgs<K>]) => string;

/** The text of a message in the language on screen. */
export function useT(): { t: Translate; lang: Lang; say: (m: Message) => string } {
  const lang = useAppState((s) => s.lang);
  const t = useCallback(
    ((key: MessageKey, args?: object) => translate(lang, key, (args ?? {}) as never)) as Translate,
    [lang],
  );
  const say = useCallback((m: Message) => render(lang, m), [lang]);
  return { t, lang, say };
}
