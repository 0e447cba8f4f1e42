// The one owner of the engine worker. Calls go out in order (operations must arrive in order);
// a worker that dies or stops answering is replaced and brought back to the current file before
// the call is tried again; without workers the same session runs on the main thread.
import { wrap } from 'comlink';
import type { EngineSession } from '../engine/session';
import type { ScenarioFile } from '../model';
import type { Lang } from '../i18n';

type Methods = {
  [K in keyof EngineSession]: EngineSession[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
};

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
  call<K extends keyof EngineSession>(method: K, ...args: Parameters<EngineSession[K]>): Promise<Awaited<ReturnType<EngineSession[K]>>>;
  /** The worker, for tests that kill it on purpose. */
  readonly worker: Worker | undefined;
  dispose(): void;
}

class WorkerDied extends Error {}

export function createEngineBridge(options: BridgeOptions): EngineBridge {
  // a call unanswered this long is taken for a dead worker (a terminated worker says nothing);
  // opening a whole file may take longer than a change, so it gets more time
  const timeoutMs = options.timeoutMs ?? 8_000;
  // opening text gets time by its size (a 20 MB file the most), so that a worker killed while a small
  // file opens is replaced within seconds, not after the longest open could take
  const timeoutFor = (method: string, args: unknown[]) => {
    if (method === 'open' && typeof args[0] === 'string') return timeoutMs + Math.ceil((args[0].length / 20_971_520) * timeoutMs * 5);
    return method === 'openFile' ? timeoutMs * 6 : timeoutMs;
  };
  const slowMs = options.slowMs ?? 3_000;
  let worker: Worker | undefined;
  let remote: Methods | undefined;
  let died: Promise<never> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  function start(): void {
    if (!options.createWorker) {
      remote = inThread();
      return;
    }
    try {
      const created = options.createWorker();
      worker = created;
      remote = wrap<EngineSession>(created) as unknown as Methods;
      died = new Promise<never>((_, reject) => {
        created.addEventListener('error', () => reject(new WorkerDied('worker error')));
      });
      died.catch(() => undefined);
    } catch {
      worker = undefined;
      remote = inThread();
    }
  }

  function restart(): void {
    worker?.terminate();
    worker = undefined;
    died = undefined;
    start();
    options.onRestart?.();
  }

  async function invoke<K extends keyof EngineSession>(method: K, args: unknown[]): Promise<unknown> {
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

  async function callNow<K extends keyof EngineSession>(method: K, args: unknown[]): Promise<unknown> {
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

  start();
  return {
    call(method, ...args) {
      const result = queue.then(() => callNow(method, args));
      queue = result.catch(() => undefined);
      return result as never;
    },
    get worker() {
      return worker;
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
    },
  };
}

// the engine is fetched only when the main thread must run it (no workers): with a worker, the
// first page never downloads it
function inThread(): Methods {
  let session: Promise<EngineSession> | undefined;
  const load = () => (session ??= import('../engine/session').then((engine) => engine.createSession()));
  return new Proxy({} as Methods, {
    get: (_, name) => async (...args: unknown[]) => {
      const fn = (await load())[name as keyof EngineSession] as (...a: unknown[]) => unknown;
      return fn(...args);
    },
  });
}
