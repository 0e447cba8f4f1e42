// The one owner of the engine worker. Calls go out in order (operations must arrive in order);
// a worker that dies or stops answering is replaced and brought back to the current file before
// the call is tried again; without workers the same session runs on the main thread.
import { wrap } from 'comlink';
import type { ScenarioFile } from '../model';
import type { Lang } from '../i18n';
import type { EngineApi } from '../../workers/api';

/** The engine as the app calls it: the API the worker exposes, each method answering a promise. */
export type EngineCalls = {
  [K in keyof EngineApi]: EngineApi[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
};
type Method = keyof EngineApi;

export interface BridgeOptions {
  /** Makes a worker; undefined where workers are unavailable. */
  createWorker?: () => Worker;
  /** The file the engine must hold, to bring a new worker up to date. */
  currentFile: () => ScenarioFile | undefined;
  lang: () => Lang;
  /** How long a call may take before the worker is taken for dead. */
  timeoutMs?: number;
  onRestart?: () => void;
  /** A call has gone unanswered for `slowMs` (the user is told: a dead worker is otherwise silent until the timeout). */
  onSlow?: () => void;
  slowMs?: number;
}

export interface EngineBridge {
  /**
   * The engine: `bridge.engine.append(…)`. Calls go out one at a time in the order made; a call to
   * a worker that died is made again on a new one, brought up to date first.
   */
  readonly engine: EngineCalls;
  /** The worker, for tests that kill it on purpose. */
  readonly worker: Worker | undefined;
  dispose(): void;
}

class WorkerDied extends Error {}

// Long only as one closure over the worker it owns (start, restart, catch-up, fallback); each part is short.
export function createEngineBridge(options: BridgeOptions): EngineBridge {
  // a call unanswered this long is taken for a dead worker (a terminated worker says nothing);
  // opening a whole file may take longer than a change, so it gets more time
  const timeoutMs = options.timeoutMs ?? 8_000;
  // opening text gets time by its size (a 20 MB file the most), so that a worker killed while a small
  // file opens is replaced within seconds, not after the longest open could take
  const timeoutFor = (method: string, args: unknown[]) => {
    if (method === 'open' && typeof args[0] === 'string') return timeoutMs + Math.ceil((args[0].length / 20_971_520) * timeoutMs * 5);
    // reading, comparing or merging another file (share…) may take as long as opening one
    return method === 'openFile' || method.startsWith('share') ? timeoutMs * 6 : timeoutMs;
  };
  const slowMs = options.slowMs ?? 3_000;
  let worker: Worker | undefined;
  let remote: EngineCalls | undefined;
  let died: Promise<never> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  /** Sessions run on this thread so far: each is named apart from the others. */
  let inThreadSessions = 0;

  function start(): void {
    if (!options.createWorker) {
      remote = inThread(`main-${++inThreadSessions}`);
      return;
    }
    try {
      const created = options.createWorker();
      worker = created;
      remote = wrap<EngineApi>(created) as unknown as EngineCalls;
      died = new Promise<never>((_, reject) => {
        created.addEventListener('error', () => reject(new WorkerDied('worker error')));
      });
      died.catch(() => undefined);
    } catch {
      worker = undefined;
      remote = inThread(`main-${++inThreadSessions}`);
    }
  }

  function restart(): void {
    worker?.terminate();
    worker = undefined;
    died = undefined;
    start();
    options.onRestart?.();
  }

  async function invoke(method: Method, args: unknown[]): Promise<unknown> {
    const fn = remote![method] as (...a: unknown[]) => Promise<unknown>;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const timer = new Promise<never>((_, reject) => {
      timeout = setTimeout(() => reject(new WorkerDied('timeout')), timeoutFor(method, args));
    });
    const slow = options.onSlow && worker ? setTimeout(options.onSlow, slowMs) : undefined;
    try {
      return await Promise.race([fn(...args), timer, ...(died ? [died] : [])]);
    } finally {
      clearTimeout(timeout);
      clearTimeout(slow);
    }
  }

  async function callNow(method: Method, args: unknown[]): Promise<unknown> {
    try {
      return await invoke(method, args);
    } catch (error) {
      if (!(error instanceof WorkerDied) && !(error instanceof Error && /closed|terminated/i.test(error.message))) throw error;
      restart();
      // a new worker knows nothing: give it the committed file first (a change is committed only
      // after the engine accepts it, so the call being retried is not in that file yet). Also
      // before an `open`: if the file being opened is refused, the open work must still be there
      const file = options.currentFile();
      if (file && method !== 'openFile') await invoke('openFile', [file, options.lang()]);
      return invoke(method, args);
    }
  }

  function call(method: Method, args: unknown[]): Promise<unknown> {
    const result = queue.then(() => callNow(method, args));
    queue = result.catch(() => undefined);
    return result;
  }

  start();
  return {
    engine: engineCalls(call),
    get worker() {
      return worker;
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
    },
  };
}

/**
 * The engine's methods, each sending its name and arguments through `call`. Made on first use, and
 * kept on an object of their own: a test may put a method of its own in place of one.
 */
function engineCalls(call: (method: Method, args: unknown[]) => Promise<unknown>): EngineCalls {
  const made: Partial<Record<Method, (...args: unknown[]) => Promise<unknown>>> = {};
  return new Proxy(made as EngineCalls, {
    get(target, name) {
      const own = (target as Record<string | symbol, unknown>)[name];
      // not a thenable: `then` (and symbols) are no methods of the engine
      if (own !== undefined || typeof name !== 'string' || name === 'then') return own;
      return (made[name as Method] = (...args: unknown[]) => call(name as Method, args));
    },
  });
}

// the engine is fetched only when the main thread must run it (no workers): with a worker, the
// first page never downloads it
function inThread(name: string): EngineCalls {
  let session: Promise<EngineApi> | undefined;
  const load = () => (session ??= import('../../workers/api').then((api) => api.createEngineApi(name)));
  return engineCalls(async (method, args) => ((await load())[method] as (...a: unknown[]) => unknown)(...args));
}
