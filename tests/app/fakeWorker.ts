// A stand-in for the engine worker: the real engine session exposed with comlink over a
// MessageChannel (structured clone and all), which can be told to stop answering or to die.
import { expose } from 'comlink';
import { createSession } from '../../src/engine/session';

export type WorkerMode = 'answer' | 'silent' | 'crash';

/** Fake workers made so far: each session is named apart, as the page names its workers. */
let made = 0;

export class FakeWorker extends EventTarget {
  /** The methods asked of this worker, in order. */
  readonly calls: string[] = [];
  terminated = false;
  private readonly channel = new MessageChannel();

  constructor(public mode: WorkerMode = 'answer') {
    super();
    expose(createSession(`fake-${++made}`), this.channel.port1);
    this.channel.port2.addEventListener('message', (event) => {
      if (!this.terminated) this.dispatchEvent(Object.assign(new Event('message'), { data: (event as MessageEvent).data }));
    });
    this.channel.port2.start();
  }

  postMessage(message: { type?: string; path?: string[] }, transfer?: Transferable[]): void {
    if (this.terminated) return;
    if (message?.type === 'APPLY') this.calls.push((message.path ?? []).join('.'));
    if (this.mode === 'silent') return;
    if (this.mode === 'crash') {
      // as a worker whose script threw: an error event, and no answer ever
      setTimeout(() => this.dispatchEvent(new Event('error')), 0);
      return;
    }
    this.channel.port2.postMessage(message, transfer ?? []);
  }

  terminate(): void {
    this.terminated = true;
    this.channel.port1.close();
    this.channel.port2.close();
  }
}

/** A `createWorker` that makes fake workers, in the modes given (then answering ones), and keeps them. */
export function workerFactory(modes: Array<WorkerMode | 'throw'> = []) {
  const made: FakeWorker[] = [];
  let asked = 0;
  const create = (): Worker => {
    const mode = modes[asked++] ?? 'answer';
    if (mode === 'throw') throw new Error('workers are not available here');
    const worker = new FakeWorker(mode);
    made.push(worker);
    return worker as unknown as Worker;
  };
  return { create, made, asked: () => asked };
}
