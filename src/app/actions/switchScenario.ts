// Another scenario on screen: not an undo step, and saved after a moment (quick switching writes once).
import { BASELINE_ID } from '../../model';
import { scenarioExists } from '../state';
import type { Core } from './types';

export function switchScenario(core: Core, scenarioId: string): void {
  const file = core.store.get().file;
  if (scenarioId !== BASELINE_ID && !(file && scenarioExists(file, scenarioId))) return;
  core.store.set({ scenarioId });
  core.settled(false);
}
