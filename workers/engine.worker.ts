// The engine in a web worker: a thin comlink wrapper, nothing else. The page names each worker it
// starts (engine-1, engine-2 … when one is replaced): the session's report tokens carry the name.
// The solver the planner needs is a separate chunk, fetched on the first suggestion.
import { expose } from 'comlink';
import { type EngineApi, createEngineApi } from './api';

const api: EngineApi = createEngineApi(self.name || 'engine');
export type { EngineApi };
expose(api);
