// The app state: one immutable object, replaced on every change (see store.ts). The UI reads it;
// only the controller and its actions write it.
import type { ChangeLine, Report } from '../engine';
import { DEFAULT_RULES, type RuleSettingsResolved } from '../engine/rules/types';
import type { Lang } from '../i18n';
import { BASELINE_ID, type FileError, type ScenarioFile } from '../model';
import { type AuthorSetting, NOT_ASKED } from './author';
import type { EncodingCheck } from './chosenFile';
import type { History } from './history';
import type { Notice } from './notices';
import type { SharingRequest } from './sharing/request';
import type { RecentFile } from './storage';
import type { TableImportState } from './tableImport';

export interface AppState {
  /** noFile: nothing saved here and the example could not be fetched (the page says so). */
  status: 'starting' | 'ready' | 'noFile';
  file: ScenarioFile | undefined;
  /** The scenario on screen, or "baseline". */
  scenarioId: string;
  lang: Lang;
  report: Report | undefined;
  /** The file's rule settings as the engine resolved them, sent with its report. */
  settings: RuleSettingsResolved;
  /** True while the engine recomputes: the figures on screen are not current. */
  pending: boolean;
  history: History;
  notices: Notice[];
  /** The work has changed since the file was last opened or saved as a file. */
  unsaved: boolean;
  /** The errors of a file that was refused on opening, for the user to read and copy. */
  importErrors: { name: string; errors: FileError[] } | undefined;
  recent: RecentFile[];
  /** A table being brought in (SPEC §11): its preview, until it is opened, put in place or closed. */
  tableImport?: TableImportState;
  /** Changes each time a file is opened (not when it is edited): the chart fits the new one. */
  documentId: number;
  /** The change list of the scenario on screen (empty on the baseline). */
  changes: ChangeLine[];
  /** Autosave works, or why not ('conflict': another tab saved this work since this one did). */
  storage: 'ok' | 'unavailable' | 'failed' | 'conflict';
  /** The name the operations made here are signed with (SPEC §5 `by`), and whether it was asked. */
  author: AuthorSetting;
  /** The name is being asked (before the first change): the change waits for the answer. */
  askingAuthor: boolean;
  /** A file read by a guessed encoding, shown to the user to confirm before it opens. */
  encodingCheck?: EncodingCheck;
  /** A dialog of working with another file (bring proposals in, what differs, merge), and that file. */
  sharing?: SharingRequest;
}

export function initialState(lang: Lang, author: AuthorSetting = NOT_ASKED): AppState {
  return {
    status: 'starting',
    file: undefined,
    scenarioId: BASELINE_ID,
    lang,
    report: undefined,
    settings: DEFAULT_RULES,
    pending: false,
    history: { past: [], future: [] },
    notices: [],
    storage: 'ok',
    changes: [],
    documentId: 0,
    unsaved: false,
    importErrors: undefined,
    recent: [],
    author,
    askingAuthor: false,
  };
}

/** The scenario `scenarioId` names, when the file has it (or it is the baseline). */
export function scenarioExists(file: ScenarioFile, scenarioId: string): boolean {
  return scenarioId === BASELINE_ID || file.scenarios.some((s) => s.id === scenarioId);
}
