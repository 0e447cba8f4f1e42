// The API the engine worker exposes, made the same way wherever it runs: in the worker, or on the
// main thread where workers are unavailable. The planner and the sharing desk read the file the
// session holds.
import { createSession } from '../src/engine/session';
import { createShareDesk } from '../src/engine/share/desk';
import { createPlanner } from '../src/plan/planner';

/** The engine session, and the planner and the sharing desk beside it; `name` names the session's reports. */
export function createEngineApi(name: string) {
  const session = createSession(name);
  return { ...session, ...createPlanner(() => session.loadedFile()), ...createShareDesk(() => session.loadedFile()) };
}

export type EngineApi = ReturnType<typeof createEngineApi>;
