// The engine in a web worker: a thin comlink wrapper, nothing else. The page names each worker it
// starts (engine-1, engine-2 … when one is replaced): the session's report tokens carry the name.
import { expose } from 'comlink';
import { createSession } from '../src/engine/session';

const api = createSession(self.name || 'engine');
export type EngineApi = typeof api;
expose(api);
