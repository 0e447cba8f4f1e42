// Helpers for the fault and security tests: a browser whose page can be prepared before the app
// runs (init scripts, stored records), every request it makes, the autosave read and written
// directly, downloads read back, and the state of the JavaScript prototypes.
import { readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, type Page, type Worker, chromium } from 'playwright-core';
import { inject } from 'vitest';
import type { AppState } from '../../src/app/controller';
import type { ScenarioFile } from '../../src/model';
import { CHROMIUM_ARGS } from './chromium';
import { baseUrl, nameAlreadyAsked, settled, waitIdle } from './harness';
import { withoutNewStamps } from './stamps';

export const DB = 'zonereform';
export const STORE = 'workspace';
export const CURRENT = 'current';
export const FILE_INPUT = 'input[type=file][data-action="open-file"]';

export const origin = (): string => new URL(baseUrl()).origin;

/** A script run in every page of the context before the page's own scripts, with its argument. */
export interface InitScript<A = unknown> {
  script: (arg: A) => void;
  arg?: A;
}

export interface Browsing {
  browser: Browser;
  context: BrowserContext;
  /** The first tab, on the app (unless opened with `open: false`). */
  page: Page;
  /** The address of every request made by any page or worker of the context, in order. */
  requests: string[];
  /** The requests among them for another origin. */
  foreign: string[];
  /** Those that got past the page's own checks to the network layer (they were stopped there). */
  escaped: string[];
  /** Why requests failed, by address. */
  failed: Record<string, string>;
  /** Errors thrown or logged by any page. */
  errors: string[];
  /** Opens one more tab of the same browser profile on the app. */
  newTab(): Promise<Page>;
  close(): Promise<void>;
}

function local(url: string): boolean {
  return url.startsWith(`${origin()}/`) || url === origin() || url.startsWith('data:') || url.startsWith('blob:');
}

/**
 * A fresh browser profile; `init` scripts run in every page before the app, `seed` records are in
 * the app's IndexedDB store before it first starts. Requests for another origin are recorded, and
 * stopped before the network, so that nothing leaves the machine even if the page tried.
 */
export async function launch(options: { init?: Array<{ script: (arg: never) => void; arg?: unknown }>; seed?: Record<string, unknown>; open?: boolean } = {}): Promise<Browsing> {
  const browser = await chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const requests: string[] = [];
  const foreign: string[] = [];
  const escaped: string[] = [];
  const failed: Record<string, string> = {};
  const errors: string[] = [];
  context.on('request', (request) => {
    requests.push(request.url());
    if (!local(request.url())) foreign.push(request.url());
  });
  context.on('requestfailed', (request) => {
    failed[request.url()] = request.failure()?.errorText ?? 'failed';
  });
  await context.route(
    (url) => !local(url.href),
    (route) => {
      escaped.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  };
  context.on('page', watch);
  if (options.seed) await seedStorage(context, options.seed);
  await nameAlreadyAsked(context);
  for (const { script, arg } of options.init ?? []) await context.addInitScript(script as (arg: unknown) => void, arg);
  const page = await context.newPage();
  if (options.open !== false) await gotoApp(page);
  return {
    browser,
    context,
    page,
    requests,
    foreign,
    escaped,
    failed,
    errors,
    async newTab() {
      const tab = await context.newPage();
      await gotoApp(tab);
      return tab;
    },
    async close() {
      await browser.close();
    },
  };
}

/** Goes to the app and waits until it shows its workspace with the figures of its report. */
export async function gotoApp(page: Page): Promise<void> {
  await page.goto(baseUrl());
  await page.waitForSelector('[data-unit-id]');
  await waitIdle(page);
  await settled(page);
}

const BLANK = '/__blank-page-for-tests';

/**
 * Runs `work` on an empty page of the app's origin (same IndexedDB, no app running): the app of
 * this tab has gone away first, as on a reload, so nothing of it writes in between.
 */
export async function offApp<T>(page: Page, work: () => Promise<T>): Promise<T> {
  const url = `${origin()}${BLANK}`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  try {
    await page.goto(url);
    return await work();
  } finally {
    await page.unroute(url);
  }
}

/** Puts records into the app's store before any page of the context has run the app. */
export async function seedStorage(context: BrowserContext, records: Record<string, unknown>): Promise<void> {
  const page = await context.newPage();
  try {
    await offApp(page, async () => {
      for (const [key, value] of Object.entries(records)) await idbPut(page, key, value);
    });
  } finally {
    await page.close();
  }
}

type IdbCall = { db: string; store: string; action: 'get' | 'put' | 'keys'; key?: string; value?: unknown };

/** One request on the app's store, from the page (opened as the app opens it: version 1, the store created if new). */
function idb(page: Page, call: IdbCall): Promise<unknown> {
  return page.evaluate(
    ({ db, store, action, key, value }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(db, 1);
        open.onupgradeneeded = () => open.result.createObjectStore(store);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const tx = database.transaction(store, action === 'put' ? 'readwrite' : 'readonly');
          const os = tx.objectStore(store);
          const req = action === 'put' ? os.put(value, key) : action === 'get' ? os.get(key!) : os.getAllKeys();
          let result: unknown;
          req.onsuccess = () => (result = req.result);
          tx.oncomplete = () => (database.close(), resolve(result));
          tx.onerror = () => (database.close(), reject(tx.error));
          tx.onabort = () => (database.close(), reject(tx.error));
        };
      }),
    call,
  );
}

export const idbGet = (page: Page, key: string): Promise<unknown> => idb(page, { db: DB, store: STORE, action: 'get', key });
/** The work in the autosave record 'current', with the organisation it names (undefined when there is none). */
export async function storedWork(page: Page): Promise<ScenarioFile | undefined> {
  const record = (await idbGet(page, CURRENT)) as { file?: ScenarioFile; organisation?: string; metaStamp?: string } | undefined;
  if (!record?.file) return record?.file;
  let file = record.file;
  if (record.organisation !== undefined) {
    const part = (await idbGet(page, 'current-organisation')) as { stamp: string; units: ScenarioFile['units']; bureaus: ScenarioFile['bureaus'] } | undefined;
    if (part?.stamp !== record.organisation) throw new Error('the stored workspace names an organisation that is not stored');
    file = { ...file, units: part.units, bureaus: part.bureaus };
  }
  if (record.metaStamp !== undefined) {
    // the file's meta is kept apart too, written only when it changes
    const part = (await idbGet(page, 'current-meta')) as { stamp: string; meta?: ScenarioFile['meta'] } | undefined;
    if (part?.stamp !== record.metaStamp) throw new Error('the stored workspace names a meta that is not stored');
    if (Object.hasOwn(file, 'meta')) file = { ...file, meta: part.meta };
  }
  // as pageState reads the page's file: without the times the page stamped during this run
  return withoutNewStamps(file);
}

export const idbPut = async (page: Page, key: string, value: unknown): Promise<void> => void (await idb(page, { db: DB, store: STORE, action: 'put', key, value }));
export const idbKeys = async (page: Page): Promise<string[]> => ((await idb(page, { db: DB, store: STORE, action: 'keys' })) as unknown[]).map(String);

/** Every record kept aside (key → record). */
export async function asideRecords(page: Page): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const key of await idbKeys(page)) if (key.startsWith('aside-')) out[key] = await idbGet(page, key);
  return out;
}

type Hooked = { zonereform: { controller: { store: { get(): AppState } } } };

/** Whether the autosave works, as the app believes ('ok', 'unavailable', 'failed', 'conflict'). */
export function storageState(page: Page): Promise<AppState['storage']> {
  return page.evaluate(() => (window as unknown as Hooked).zonereform.controller.store.get().storage);
}

/** The notices on screen: their tone and their text. */
export function noticesShown(page: Page): Promise<Array<{ tone: string; text: string }>> {
  return page.$$eval('[data-notice]', (elements) => elements.map((e) => ({ tone: e.getAttribute('data-notice') ?? '', text: e.textContent ?? '' })));
}

/** A file the page offers as a download when `click` runs: its suggested name and its bytes. */
export async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Chooses a file in the app's file picker, as a user does. */
export async function chooseFile(page: Page, name: string, content: string | Buffer, mimeType = 'application/json'): Promise<void> {
  await page.setInputFiles(FILE_INPUT, { name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content });
}

/** What a prototype-pollution attack would change, read in a page or in a worker. */
export interface Prototypes {
  objectKeys: string[];
  arrayKeys: string[];
  functionKeys: string[];
  polluted: string;
  objectProtoOfPlain: boolean;
}

const readPrototypes = () => ({
  objectKeys: Object.getOwnPropertyNames(Object.prototype).sort(),
  arrayKeys: Object.getOwnPropertyNames(Array.prototype).sort(),
  functionKeys: Object.getOwnPropertyNames(Function.prototype).sort(),
  polluted: typeof ({} as Record<string, unknown>).polluted,
  objectProtoOfPlain: Object.getPrototypeOf({}) === Object.prototype && Object.getPrototypeOf(Object.prototype) === null,
});

export function prototypesIn(target: Page | Worker): Promise<Prototypes> {
  return (target as Page).evaluate(readPrototypes);
}

/** The engine worker of the page, as Playwright sees it (the one whose script is the engine's). */
export function engineWorkers(page: Page): Worker[] {
  return page.workers().filter((w) => /engine\.worker/.test(w.url()));
}

// ---- init scripts (they run in the page before the app: plain browser code, no imports) ----

/** Records every call of alert, confirm and prompt in window.__dialogCalls instead of showing it. */
export const recordDialogs: InitScript = {
  script: () => {
    const calls: string[] = [];
    Object.defineProperty(window, '__dialogCalls', { value: calls });
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        calls.push(`${name}(${args.map(String).join(', ')})`);
        return name === 'confirm' ? false : null;
      };
    }
  },
};

/** Records the page's Content-Security-Policy violation reports in window.__cspViolations. */
export const recordCspViolations: InitScript = {
  script: () => {
    const seen: Array<{ directive: string; blocked: string; sample: string }> = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
  },
};

/**
 * The browser's storage is full for puts under the key `key`, or under a key starting with
 * `prefix`, until the page sets window.__storageFull to false: the put throws a
 * QuotaExceededError at once ('throw'), or is made and its transaction then aborts, as a real
 * quota error does ('abort').
 */
export const quotaExceededFor = (match: { key?: string; prefix?: string; how?: 'throw' | 'abort' }): InitScript<{ key?: string; prefix?: string; how?: 'throw' | 'abort' }> => ({
  arg: match,
  script: ({ key: blockedKey, prefix, how }) => {
    const put = IDBObjectStore.prototype.put;
    (window as unknown as { __storageFull: boolean }).__storageFull = true;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const full = (window as unknown as { __storageFull: boolean }).__storageFull;
      const blocked = key === blockedKey || (prefix !== undefined && typeof key === 'string' && key.startsWith(prefix));
      if (!full || !blocked) return put.call(this, value, key);
      if (how !== 'abort') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      const request = put.call(this, value, key);
      this.transaction.abort();
      return request;
    };
  },
});

/**
 * The browser refuses storage, as private modes do: `indexedDB.open` reports an error ('event'),
 * or reading `indexedDB` itself throws ('throw').
 */
export const storageRefused = (how: 'event' | 'throw'): InitScript<string> => ({
  arg: how,
  script: (mode: string) => {
    if (mode === 'throw') {
      Object.defineProperty(window, 'indexedDB', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      return;
    }
    IDBFactory.prototype.open = function () {
      const request = new EventTarget() as EventTarget & Record<string, unknown>;
      const error = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      Object.assign(request, { error, result: undefined, readyState: 'pending', onsuccess: null, onerror: null, onupgradeneeded: null, onblocked: null });
      setTimeout(() => {
        request.readyState = 'done';
        const event = new Event('error', { cancelable: true });
        request.dispatchEvent(event);
        (request.onerror as ((e: Event) => void) | null)?.(event);
      }, 0);
      return request as unknown as IDBOpenDBRequest;
    };
  },
});
