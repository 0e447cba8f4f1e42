// Keeps the engine in step with the file: tells it each step (an operation appended, the file
// again …), and turns its reply into the report on screen, whole or as steps from the one held.
// It also says when the engine is busy.
import type { StepReply, OpenReply, Report, RuleSettingsResolved } from '../engine';
import { applyPatch } from '../engine/patch';
import type { Lang } from '../i18n';
import type { FileError, ScenarioFile } from '../model';
import type { EngineBridge } from './engineBridge';
import type { EngineSync } from './history';
import type { AppState } from './state';
import type { Store } from './store';

/** The engine's judgement of a step: the report after it, or why it is refused. */
export type Judged = { ok: true; report: Report; settings: RuleSettingsResolved } | { ok: false; errors: FileError[] };

export interface EngineLink {
  /** Runs `work` with the state saying the engine is busy (the figures on screen are not current). */
  busy<T>(work: () => Promise<T>): Promise<T>;
  /** Tells the engine a step of the file (done or undone) that leaves it as `file`. */
  follow(target: EngineSync, file: ScenarioFile): Promise<Judged>;
  /** Opens the text of a file in the engine; its report becomes the one on screen. */
  open(text: string): Promise<OpenReply>;
  /** Opens a file already parsed (a restored session), checked again by the engine. */
  openFile(file: ScenarioFile): Promise<OpenReply>;
  /**
   * The whole report in `lang`, named for the next steps (after a change of language); undefined
   * when the language on screen is no longer `lang` by the time it comes.
   */
  reportIn(lang: Lang): Promise<Report | undefined>;
}

export function connectEngine(bridge: EngineBridge, store: Store<AppState>): EngineLink {
  let busyCount = 0;
  /**
   * The name of the report on screen as the engine knows it: after a change the engine then sends
   * only the steps from it to the new report. Undefined when the report on screen is not one the
   * engine named (it then sends the whole report).
   */
  let reportToken: string | undefined;

  async function busy<T>(work: () => Promise<T>): Promise<T> {
    busyCount++;
    store.set({ pending: true });
    try {
      return await work();
    } finally {
      busyCount--;
      if (busyCount === 0) store.set({ pending: false });
    }
  }

  /** The report a reply gives: whole, or the report on screen with the reply's steps made. */
  async function reportOf(reply: StepReply | OpenReply): Promise<Judged> {
    if (!reply.ok) return reply;
    reportToken = reply.token;
    const { settings } = reply;
    if ('report' in reply) return { ok: true, report: reply.report, settings };
    // steps are sent only from the report this side named, which is the one on screen
    const held = store.get().report;
    if (held) return { ok: true, report: applyPatch(held, reply.patch), settings };
    const named = await bridge.engine.namedReport(store.get().lang);
    if (!named) return { ok: false, errors: [] };
    reportToken = named.token;
    return { ok: true, report: named.report, settings };
  }

  async function tell(target: EngineSync, file: ScenarioFile): Promise<Judged> {
    const lang = store.get().lang;
    switch (target.kind) {
      case 'append':
        return reportOf(await bridge.engine.append(target.scenarioId, target.operation, lang, reportToken));
      case 'truncate':
        return reportOf(await bridge.engine.truncate(target.scenarioId, target.count, lang, reportToken));
      case 'baseline':
        return reportOf(await bridge.engine.editBaseline(target.operation, lang, reportToken));
      case 'record': {
        // the engine keeps the records for the change list; it recomputes nothing for them
        await bridge.engine.setRecord(target.scenarioId, target.index, target.record);
        const { report, settings } = store.get();
        return report ? { ok: true, report, settings } : reportOf(await bridge.engine.openFile(file, lang));
      }
      case 'status': {
        await bridge.engine.setStatus(target.scenarioId, target.status);
        const { report, settings } = store.get();
        return report ? { ok: true, report, settings } : reportOf(await bridge.engine.openFile(file, lang));
      }
      case 'file':
        return reportOf(await bridge.engine.openFile(file, lang));
    }
  }

  async function opened(reply: OpenReply): Promise<OpenReply> {
    if (reply.ok) reportToken = reply.token;
    return reply;
  }

  return {
    busy,
    follow: (target, file) => busy(() => tell(target, file)),
    open: (text) => busy(async () => opened(await bridge.engine.open(text, store.get().lang))),
    openFile: (file) => busy(async () => opened(await bridge.engine.openFile(file, store.get().lang))),
    async reportIn(lang) {
      const named = await busy(() => bridge.engine.namedReport(lang));
      if (!named || store.get().lang !== lang) return undefined;
      reportToken = named.token;
      return named.report;
    },
  };
}
