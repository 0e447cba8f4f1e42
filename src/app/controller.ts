// The core that runs every user action. Actions that change the file are data (./actions): each
// plans one undo step; the core runs them one at a time, has the engine judge each step, and only
// then commits it to the file, the history and the autosave. A refused step leaves all as it was.
// Engine sync (./engineSync.ts), the change list (./changeList.ts) and autosave (./autosave.ts)
// are modules of their own.
import { produceWithPatches } from 'immer';
import { type Lang, message } from '../i18n';
import { bindActions } from './actions';
import type { Core, FileAction } from './actions/types';
import { approvalBreach } from './approval';
import { type AuthorSetting, createAuthorPrompt } from './author';
import { createAutosave } from './autosave';
import { followChangeList } from './changeList';
import type { EngineBridge } from './engineBridge';
import type { OfficeStart } from './officeBridge';
import { connectEngine } from './engineSync';
import { type Step, push } from './history';
import { type Tell, notice } from './notices';
import { type AppState, initialState } from './state';
import type { WorkspaceStorage } from './storage';
import type { Stamp } from './stamp';
import { createStore } from './store';

export type { AppState } from './state';

export interface AppDeps {
  bridge: EngineBridge;
  storage: WorkspaceStorage;
  /** The file a first visit opens (its text, or a promise of it where it loads on demand). */
  defaultFile: () => string | Promise<string>;
  initialLang: Lang;
  rememberLang?: (lang: Lang) => void;
  /** How the Office work (tables in and out) is started on first use: its worker, or the API on this thread. */
  office: OfficeStart;
  /** Tells other tabs that this one saved (they then know their copy is behind). */
  announce?: (revision: number) => void;
  /** The name remembered from an earlier visit (SPEC §5 `by`), and where a new one is remembered. */
  initialAuthor?: AuthorSetting;
  rememberAuthor?: (setting: AuthorSetting) => void;
  /** Ask the name before the first change (the page does; a headless app need not). */
  askAuthor?: boolean;
  /**
   * The clock: now, as the `at` of an operation made now (the page gives the machine's local time,
   * ./stamp.ts localIso). Without one (a headless app) operations are made without a time.
   */
  now?: () => string;
}

export function createController(deps: AppDeps) {
  const store = createStore<AppState>(initialState(deps.initialLang, deps.initialAuthor));
  const tell: Tell = (tone, msg, details) => store.set((s) => ({ notices: [...s.notices.slice(-4), notice(tone, msg, details)] }));
  const engine = connectEngine(deps.bridge, store);
  const changeList = followChangeList(deps.bridge, store);
  const autosave = createAutosave(store, deps, tell);
  const author = createAuthorPrompt(store, deps.askAuthor === true, deps.rememberAuthor);

  /**
   * Every change runs after the one before has finished: each reads the file as the last one left
   * it, and the engine hears of the changes in the order the file takes them (a held Ctrl+Z, two
   * quick drops).
   */
  let queue: Promise<unknown> = Promise.resolve();
  function inTurn<A extends unknown[], R>(work: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
    return (...args) => {
      const run = queue.then(() => work(...args));
      queue = run.catch(() => undefined);
      return run;
    };
  }

  function settled(work: boolean): void {
    void changeList.refresh();
    if (work) autosave.workChanged();
    else autosave.viewChanged();
  }

  /** Plans the action on the state as the last change left it; commits its step if the engine accepts it. */
  async function perform<A extends unknown[]>(action: FileAction<A>, ...args: A): Promise<boolean> {
    if (!store.get().file) return false;
    // the first change waits for the name it will be signed with
    await author.beforeChange();
    const state = store.get();
    const { file } = state;
    if (!file) return false;
    const stamp: Stamp = { ...(state.author.name ? { by: state.author.name } : {}), ...(deps.now ? { at: deps.now() } : {}) };
    const plan = await action.plan({ ...state, file, stamp }, ...args);
    if (!plan) return false;
    if ('refused' in plan) {
      tell('error', message('notice.refused', {}), plan.refused);
      return false;
    }
    const [next, patches, inverse] = produceWithPatches(file, plan.edit);
    // an approved proposal takes no new operation, whichever action planned it
    const breach = approvalBreach(file, next);
    if (breach) {
      tell('error', breach);
      return false;
    }
    if (patches.length === 0) {
      // nothing changed (a name set to itself, an edit of nothing): no step to undo
      if (plan.show !== undefined) store.set({ scenarioId: plan.show });
      return true;
    }
    const reply = await engine.follow(plan.engine.redo, next);
    if (!reply.ok) {
      tell('error', message('notice.refused', {}), reply.errors);
      return false;
    }
    const now = store.get();
    const step: Step = { label: plan.label, scenarioId: now.scenarioId, patches, inverse, redoSync: plan.engine.redo, undoSync: plan.engine.undo };
    store.set({ file: next, report: reply.report, settings: reply.settings, history: push(now.history, step), scenarioId: plan.show ?? now.scenarioId, unsaved: true });
    settled(true);
    return true;
  }

  const core: Core = { store, engine, changeList, autosave, author, bridge: deps.bridge, storage: deps.storage, tell, settled, inTurn, run: (action, ...args) => inTurn(() => perform(action, ...args))() };
  // `run` takes any file action: how tests (and new features) run an action of their own
  return { store, actions: bindActions(core, deps), run: core.run };
}

export type Controller = ReturnType<typeof createController>;
export type Actions = Controller['actions'];
