import { createContext, useCallback, useContext, useEffect, useState, useSyncExternalStore } from 'react';
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

/** How long the engine may take before the figures say they are being computed. */
export const BUSY_AFTER_MS = 150;

/**
 * Whether the engine is computing, said only once it has taken longer than `BUSY_AFTER_MS`: a
 * drop answered at once shows its new figures without first flashing "computing" (and without
 * drawing the panel twice more), while a slow change still says it is under way.
 */
export function useBusy(): boolean {
  const { store } = useController();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const follow = () => {
      const pending = store.get().pending;
      if (!pending) {
        clearTimeout(timer);
        timer = undefined;
        setShown(false);
      } else timer ??= setTimeout(() => setShown(store.get().pending), BUSY_AFTER_MS);
    };
    follow();
    const unsubscribe = store.subscribe(follow);
    return () => (unsubscribe(), clearTimeout(timer));
  }, [store]);
  return shown;
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
