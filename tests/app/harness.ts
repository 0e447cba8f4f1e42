// A headless app: the real controller and engine bridge (the engine session in this thread, or
// behind a fake worker), an autosave kept in a Map, and helpers that wait until the app is idle
// and read its store. Tests drive it only through the controller's actions.
import { expect } from 'vitest';
import type { AuthorSetting } from '../../src/app/author';
import { type AppState, createController } from '../../src/app/controller';
import { type BridgeOptions, type EngineBridge, type EngineCalls, createEngineBridge } from '../../src/app/engineBridge';
import type { History } from '../../src/app/history';
import type { OfficeStart } from '../../src/app/officeBridge';
import { readRecentList } from '../../src/app/records';
import { ConflictError, type LoadOutcome, RECENT_LIMIT, type RecentFile, STORAGE_VERSION, type SavedWorkspace, type WorkspaceStorage } from '../../src/app/storage';
import { type Lang, type MessageKey, message } from '../../src/i18n';
import type { Operation, Scenario, ScenarioFile } from '../../src/model';
import { XISHAN_TEXT } from './files';

const CURRENT = 'current';

/**
 * An autosave in memory that behaves as the IndexedDB one does: records are stored as structured
 * clones under keys, a record that cannot be read is kept aside under a key of its own, and
 * switches make it fail the ways a browser's storage fails.
 */
export interface MemoryStorage extends WorkspaceStorage {
  /** Every stored record by key: "current" and the ones kept aside. */
  readonly records: Map<string, unknown>;
  /** What each successful `save` received, in order. */
  readonly saves: SavedWorkspace[];
  /** Every call of `keepAside`, in order. */
  readonly keptAside: Array<{ record: unknown; reason: string }>;
  /** `save` throws as a full quota does. */
  failSaves: boolean;
  /** The browser refuses storage (private mode): `load` says unavailable, `save` throws. */
  unavailable: boolean;
  /** Puts a raw record where the app looks for its workspace. */
  putCurrent(record: unknown): void;
}

export function memoryStorage(): MemoryStorage {
  const records = new Map<string, unknown>();
  let asides = 0;
  const storage: MemoryStorage = {
    records,
    saves: [],
    keptAside: [],
    failSaves: false,
    unavailable: false,
    putCurrent(record) {
      records.set(CURRENT, structuredClone(record));
    },
    async load(): Promise<LoadOutcome> {
      if (storage.unavailable) return { kind: 'unavailable', reason: 'SecurityError: storage is disabled' };
      if (!records.has(CURRENT)) return { kind: 'empty' };
      const record = structuredClone(records.get(CURRENT));
      if (readable(record)) return { kind: 'loaded', saved: record };
      const version = (record as { storageVersion?: unknown } | null)?.storageVersion;
      const reason = typeof version === 'number' && version > STORAGE_VERSION ? 'newer' : 'unreadable';
      return { kind: 'unreadable', reason, asideKey: await storage.keepAside(record, reason) };
    },
    async save(saved, expected) {
      if (storage.unavailable) throw new DOMException('The operation is insecure.', 'SecurityError');
      if (storage.failSaves) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      // as the IndexedDB storage: a tab writes only over the revision it last saw, unless forced
      const current = records.get(CURRENT) as Partial<SavedWorkspace> | undefined;
      const before = typeof current?.revision === 'number' ? current.revision : 0;
      if (expected !== 'force' && before !== expected) throw new ConflictError(before);
      const revision = expected === 'force' ? before + 1 : (saved.revision ?? before);
      // a structured clone, as IndexedDB stores it: anything that is not plain data throws here
      const stored = structuredClone({ ...saved, revision });
      records.set(CURRENT, stored);
      storage.saves.push(structuredClone(stored));
      return revision;
    },
    async recent() {
      return structuredClone(readRecentList(records.get('recent')).entries);
    },
    async remember(entry) {
      if (storage.unavailable) throw new DOMException('The operation is insecure.', 'SecurityError');
      if (storage.failSaves) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      const list = readRecentList(records.get('recent')).entries;
      records.set('recent', structuredClone([entry, ...list.filter((e) => e.id !== entry.id)].slice(0, RECENT_LIMIT)));
    },
    async keepAside(record, reason) {
      storage.keptAside.push({ record: structuredClone(record), reason });
      if (storage.unavailable) return undefined;
      const key = `aside-${++asides}-${reason}`;
      records.set(key, structuredClone(record));
      return key;
    },
  };
  return storage;
}

/** The shape the IndexedDB storage accepts as a saved workspace. */
function readable(value: unknown): value is SavedWorkspace {
  const v = value as Partial<SavedWorkspace> | null;
  return (
    typeof v === 'object' && v !== null && v.storageVersion === STORAGE_VERSION && typeof v.file === 'object' &&
    typeof v.scenarioId === 'string' && typeof v.history === 'object' && Array.isArray(v.history?.past) && Array.isArray(v.history?.future)
  );
}

/** A saved workspace as the app writes it. */
export function savedWorkspace(file: ScenarioFile, fields: Partial<SavedWorkspace> = {}): SavedWorkspace {
  return { storageVersion: STORAGE_VERSION, savedAt: '2025-06-01T08:00:00.000Z', file, scenarioId: 'baseline', lang: 'zh', history: { past: [], future: [] }, ...fields };
}

export interface AppOptions {
  /** The text a first visit opens; the Xishan example unless told. */
  defaultFile?: string | (() => string | Promise<string>);
  storage?: MemoryStorage;
  lang?: Lang;
  createWorker?: BridgeOptions['createWorker'];
  timeoutMs?: number;
  /** The Office work (tables in and out); the real API on this thread unless told. */
  office?: OfficeStart;
  /** Call `start` before returning (and wait until idle); true unless told. */
  start?: boolean;
  /** The name remembered from an earlier visit; whether to ask it before the first change; the clock. */
  author?: AuthorSetting;
  askAuthor?: boolean;
  now?: () => string;
}

export interface App {
  store: ReturnType<typeof createController>['store'];
  actions: ReturnType<typeof createController>['actions'];
  /** Runs a file action through the controller's core, as the actions above do. */
  run: ReturnType<typeof createController>['run'];
  bridge: EngineBridge;
  storage: MemoryStorage;
  /** The languages `rememberLang` was told, in order. */
  remembered: Lang[];
  /** The author settings `rememberAuthor` was told, in order. */
  rememberedAuthors: AuthorSetting[];
  /** How many times the bridge replaced its worker. */
  restarts: () => number;
  state(): AppState;
  file(): ScenarioFile;
  scenario(id: string): Scenario;
  history(): History;
  /** The labels of the undo stack, oldest first. */
  pastLabels(): MessageKey[];
  notices(tone?: 'error' | 'warning' | 'info'): AppState['notices'];
  /** Waits until no engine call is in flight and nothing is pending. */
  idle(): Promise<void>;
  /** How many times the engine was asked `method` so far. */
  calls(method: string): number;
  /** Applies an operation as a dialog would and waits until idle; the controller's answer. */
  apply(operation: Operation): Promise<boolean>;
  dispose(): void;
}

const macrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function openApp(options: AppOptions = {}): Promise<App> {
  const storage = options.storage ?? memoryStorage();
  const remembered: Lang[] = [];
  const rememberedAuthors: AuthorSetting[] = [];
  let restarts = 0;
  let controller: ReturnType<typeof createController> | undefined;
  const real = createEngineBridge({
    createWorker: options.createWorker,
    currentFile: () => controller?.store.get().file,
    lang: () => controller?.store.get().lang ?? 'zh',
    timeoutMs: options.timeoutMs,
    onRestart: () => restarts++,
  });
  // the same bridge, counting the calls in flight so that tests can wait for quiet
  let inFlight = 0;
  const asked = new Map<string, number>();
  const engine = new Proxy(real.engine, {
    get(target, method: keyof EngineCalls) {
      return (...args: unknown[]) => {
        inFlight++;
        asked.set(method, (asked.get(method) ?? 0) + 1);
        const result = (target[method] as (...a: unknown[]) => Promise<unknown>)(...args);
        const done = () => void inFlight--;
        result.then(done, done);
        return result;
      };
    },
  });
  const bridge: EngineBridge = {
    engine,
    get worker() {
      return real.worker;
    },
    dispose: () => real.dispose(),
  };
  controller = createController({
    bridge,
    storage,
    defaultFile: typeof options.defaultFile === 'function' ? options.defaultFile : () => (options.defaultFile as string | undefined) ?? XISHAN_TEXT,
    initialLang: options.lang ?? 'zh',
    rememberLang: (lang) => remembered.push(lang),
    office: options.office ?? { inThread: async () => (await import('../../workers/officeApi')).createOfficeApi() },
    initialAuthor: options.author,
    askAuthor: options.askAuthor,
    rememberAuthor: (setting) => rememberedAuthors.push(setting),
    now: options.now,
  });
  const { store, actions, run } = controller;

  const app: App = {
    store,
    actions,
    run,
    bridge,
    storage,
    remembered,
    rememberedAuthors,
    restarts: () => restarts,
    state: () => store.get(),
    file() {
      const file = store.get().file;
      if (!file) return expect.fail('no file is open');
      return file;
    },
    scenario(id) {
      const found = app.file().scenarios.find((s) => s.id === id);
      if (!found) return expect.fail(`no scenario ${id}`);
      return found;
    },
    history: () => store.get().history,
    calls: (method) => asked.get(method) ?? 0,
    pastLabels: () => store.get().history.past.map((step) => step.label.key),
    notices: (tone) => store.get().notices.filter((n) => tone === undefined || n.tone === tone),
    async idle() {
      // a hang, not slowness: generous, so that a loaded machine does not fail a correct run
      const deadline = Date.now() + 60_000;
      let quiet = 0;
      // quiet twice in a row: an answer may start the next call (the change list) a tick later
      while (quiet < 2) {
        await macrotask();
        quiet = inFlight === 0 && !store.get().pending ? quiet + 1 : 0;
        if (Date.now() > deadline) throw new Error(`the app did not become idle (${inFlight} calls in flight)`);
      }
    },
    async apply(operation) {
      // the label a dialog gives: every "step.<op>" message takes no arguments
      const accepted = await actions.apply(operation, message(`step.${operation.op}` as 'step.move', {}));
      await app.idle();
      return accepted;
    },
    dispose() {
      real.dispose();
    },
  };
  if (options.start !== false) {
    await actions.start();
    await app.idle();
  }
  return app;
}

/** Waits longer than the autosave's debounce. */
export const afterDebounce = () => new Promise<void>((resolve) => setTimeout(resolve, 400));
