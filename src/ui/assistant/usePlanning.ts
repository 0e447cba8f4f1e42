// The assistant's screens: their words (loaded with them, not with the first page) and the
// assistant itself, fetched from the controller on first use.
import { useCallback, useEffect, useState } from 'react';
import type { Assistant } from '../../app/assistant';
import { type PlanningArgs, type PlanningKey, planningText } from '../../i18n/planning';
import { useActions, useT } from '../context';

export type PlanningT = <K extends PlanningKey>(key: K, ...args: PlanningArgs<K> extends Record<string, never> ? [] : [PlanningArgs<K>]) => string;

/** The planning words in the language on screen. */
export function usePlanningT(): PlanningT {
  const { lang } = useT();
  return useCallback(((key: PlanningKey, args?: object) => planningText(lang, key, (args ?? {}) as never)) as PlanningT, [lang]);
}

/** The assistant, once loaded. */
export function useAssistant(): Assistant | undefined {
  const actions = useActions();
  const [assistant, setAssistant] = useState<Assistant>();
  useEffect(() => {
    let live = true;
    actions.assistant().then(
      (loaded) => live && setAssistant(loaded),
      () => undefined, // offline or a new build: the next opening asks again
    );
    return () => {
      live = false;
    };
  }, [actions]);
  return assistant;
}
