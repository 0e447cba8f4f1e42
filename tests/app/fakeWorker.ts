// A stand-in for the engine worker: the real engine session and planner exposed with comlink over
// a MessageChannel (structured clone and all), which can be told to stop answering or to die, or to
// take its time over a suggestion.
import { expose } from 'comlink';
import type { ProgressReport, SuggestRequest } from '../../src/plan/types';
import type { Lang } from '../../src/i18n';
import { createEngineApi } from '../../workers/api';

export type WorkerMode = 'answer' | 'silent' | 'crash';

/** Fake workers made so far: each session is named apart, as the page names its workers. */
let made = 0;

export class FakeWorker extends EventTarget {
  /** The methods asked of this worker, in order. */
  readonly calls: string[] = [];
  terminated = false;
  /**
   * A suggestion that takes its time: before the planner's own work, `reports` waits of `everyMs`,
   * each followed by a progress report when `reporting` (a worker busy on a long suggestion),
   * or by none (a worker stuck inside one).
   */
  pace: { reports: number; everyMs: number; reporting: boolean } | undefined;
  private readonly channel = new MessageChannel();

  constructor(public mode: WorkerMode = 'answer') {
    super();
    const api = createEngineApi(`fake-${++made}`);
    const suggest = async (request: SuggestRequest, lang: Lang, progress?: ProgressReport) => {
      const pace = this.pace;
      for (let i = 0; pace && i < pace.reports; i++) {
        await new Promise((resolve) => setTimeout(resolve, pace.everyMs));
        if (pace.reporting && progress && (await progress({ done: 0, total: pace.reports })) === false) break;
      }
      return api.suggest(request, lang, progress);
    };
    expose({ ...api, suggest }, this.channel.port1);
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
