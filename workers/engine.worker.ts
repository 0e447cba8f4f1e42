// The engine in a web worker: a thin comlink wrapper, nothing else.
import { expose } from 'comlink';
import { createSession } from '../src/engine/session';

const api = createSession();
export type EngineApi = typeof api;
expose(api);
