// A user action that changes the file is data: given the state it starts from, it plans one undo
// step (what changes in the file, its label, how the engine is told) or refuses with reasons.
// The core (../controller.ts) runs it: in turn, checked by the engine, then committed or dropped.
import type { Draft } from 'immer';
import type { Message } from '../../i18n';
import type { FileError, ScenarioFile } from '../../model';
import type { AuthorPrompt } from '../author';
import type { Autosave } from '../autosave';
import type { ChangeList } from '../changeList';
import type { EngineBridge } from '../engineBridge';
import type { EngineLink } from '../engineSync';
import type { EngineSync } from '../history';
import type { Tell } from '../notices';
import type { Stamp } from '../stamp';
import type { AppState } from '../state';
import type { WorkspaceStorage } from '../storage';
import type { Store } from '../store';

/**
 * The state an action plans from: a file is open; `stamp` is who makes the change and when, for the
 * operations it makes (SPEC §5 `by`, `at`: see ./append.ts).
 */
export type OpenState = AppState & { file: ScenarioFile; stamp: Stamp };

/** One undo step, planned. */
export interface FileEdit {
  /** The undo label ("撤销：划转机构"). */
  label: Message;
  /**
   * What changes in the file, on an immer draft of it. It may return a whole new file instead
   * (an import, two files merged): the step then holds the file before and after.
   */
  edit(draft: Draft<ScenarioFile>): ScenarioFile | void;
  /**
   * How the engine is kept in step when the step is done or redone, and when it is undone. Anything
   * that is not one operation on one scenario can say `{ kind: 'file' }`: the engine takes the file
   * whole and checks it again.
   */
  engine: { redo: EngineSync; undo: EngineSync };
  /** The scenario on screen afterwards; the one on screen now when not given. */
  show?: string;
}

/** What an action makes of the state: a step, a refusal with its reasons, or nothing to do. */
export type Plan = FileEdit | { refused: readonly FileError[] } | undefined;

export interface FileAction<Args extends unknown[]> {
  /** The action's name, as the user would say it. */
  readonly name: string;
  /**
   * The step, planned on the state the previous action left. It may take its time (a table read, a
   * plan worked out in a worker): it runs in turn, so nothing else changes the file meanwhile.
   */
  plan(state: OpenState, ...args: Args): Plan | Promise<Plan>;
}

/** What the actions that are not one undo step (open, undo, language …) may use of the core. */
export interface Core {
  readonly store: Store<AppState>;
  readonly engine: EngineLink;
  readonly changeList: ChangeList;
  readonly autosave: Autosave;
  /** The name operations are signed with: asked before the first change. */
  readonly author: AuthorPrompt;
  readonly bridge: EngineBridge;
  readonly storage: WorkspaceStorage;
  readonly tell: Tell;
  /** After the work (`work`) or only what is on screen changed: the change list, then the autosave. */
  settled(work: boolean): void;
  /** `work` made to run after every change asked for before it has finished. */
  inTurn<A extends unknown[], R>(work: (...args: A) => Promise<R>): (...args: A) => Promise<R>;
  /** Runs a file action in turn; true when its step is committed (or there was nothing to change). */
  run<A extends unknown[]>(action: FileAction<A>, ...args: A): Promise<boolean>;
}
