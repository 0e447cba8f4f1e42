// The owner of the Office worker (../../workers/office.worker.ts): started on the first table read
// or export, never with the page, so the first page neither downloads nor runs any Office code. A
// worker that fails (out of memory on a huge table, a chunk that cannot load) is dropped, the call
// is refused with the reason, and the next call starts a new one. Where there is no worker, the
// same API runs on this thread if the caller gives it (tests do); the page does not, so that no
// Office code is bundled with it.
import { wrap } from 'comlink';
import type { OfficeApi } from '../../workers/officeApi';

/** The Office work as the app calls it: each method of the worker's API, answering a promise. */
export type OfficeCalls = {
  [K in keyof OfficeApi]: OfficeApi[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
};

export class OfficeFailed extends Error {}

export interface OfficeStart {
  /** Makes the worker; undefined where workers are unavailable. */
  worker?: () => Worker;
  /** The API on this thread, where there is no worker. */
  inThread?: () => Promise<OfficeApi>;
}

export function createOfficeBridge({ worker: createWorker, inThread: loadInThread }: OfficeStart): OfficeCalls {
  let remote: { calls: OfficeCalls; worker?: Worker; failed: Promise<never> } | undefined;
  let inThread: Promise<OfficeApi> | undefined;

  function start(): NonNullable<typeof remote> | undefined {
    if (!createWorker) return undefined;
    try {
      const worker = createWorker();
      const failed = new Promise<never>((_, reject) => {
        worker.addEventListener('error', (event) => reject(new OfficeFailed(event.message || 'the Office worker stopped')));
      });
      failed.catch(() => undefined);
      return { calls: wrap<OfficeApi>(worker) as unknown as OfficeCalls, worker, failed };
    } catch {
      return undefined;
    }
  }

  async function call(method: keyof OfficeApi, args: unknown[]): Promise<unknown> {
    remote ??= start();
    if (!remote) {
      if (!loadInThread) throw new OfficeFailed('this browser cannot run web workers');
      inThread ??= loadInThread();
      return ((await inThread)[method] as (...a: unknown[]) => unknown)(...args);
    }
    const current = remote;
    try {
      return await Promise.race([(current.calls[method] as (...a: unknown[]) => Promise<unknown>)(...args), current.failed]);
    } catch (error) {
      if (error instanceof OfficeFailed && remote === current) {
        current.worker?.terminate();
        remote = undefined;
      }
      throw error;
    }
  }

  return new Proxy({} as OfficeCalls, {
    get: (_, name) => (typeof name !== 'string' || name === 'then' ? undefined : (...args: unknown[]) => call(name as keyof OfficeApi, args)),
  });
}
