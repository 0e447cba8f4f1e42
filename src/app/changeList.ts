// The change list (调整清单) of the scenario on screen, asked of the engine after each change of the
// work or of the scenario on screen, but only while it is on screen.
import { BASELINE_ID } from '../model';
import type { EngineBridge } from './engineBridge';
import type { AppState } from './state';
import type { Store } from './store';

export interface ChangeList {
  /** Asks for the change list of the scenario on screen, when it is watched. */
  refresh(): Promise<void>;
  /** The change list is on screen (kept up to date) or not (emptied and left). */
  watch(on: boolean): void;
}

export function followChangeList(bridge: EngineBridge, store: Store<AppState>): ChangeList {
  /** Whether the change list is on screen: while it is not, it is not asked of the engine after every drop. */
  let watched = true;
  async function refresh(): Promise<void> {
    if (!watched) return;
    const { scenarioId } = store.get();
    const changes = scenarioId === BASELINE_ID ? [] : await bridge.engine.changes(scenarioId);
    if (store.get().scenarioId === scenarioId) store.set({ changes });
  }
  return {
    refresh,
    watch(on) {
      if (on === watched) return;
      watched = on;
      if (on) void refresh();
      else if (store.get().changes.length > 0) store.set({ changes: [] });
    },
  };
}
