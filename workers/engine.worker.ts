// The engine in a web worker: a thin comlink wrapper, nothing else. The planner reads the file the
// session holds; the solver it needs is a separate chunk, fetched on the first suggestion.
import { expose } from 'comlink';
import { createSession } from '../src/engine/session';
import { createPlanner } from '../src/plan/planner';

const session = createSession();
const api = { ...session, ...createPlanner(() => session.loadedFile()) };
export type EngineApi = typeof api;
expose(api);
