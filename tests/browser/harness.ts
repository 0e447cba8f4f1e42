// Shared by the browser tests: a fresh browser profile per test file, the page opened on the app,
// and helpers that drive it through the attribute hooks of SPEC §10 only.
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { AppState } from '../../src/app/controller';
import type { ScenarioFile } from '../../src/model';
import { CHROMIUM_ARGS } from './chromium';
import type { ExpectedScreen, Values } from './oracle';
import { withoutNewStamps } from './stamps';

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every request the page made that left its own origin. */
  foreign: string[];
  /** Errors the page threw or logged. */
  errors: string[];
  close(): Promise<void>;
}

export const baseUrl = (): string => inject('baseUrl');

/**
 * The page asks the user's name before the first change (SPEC §5 `by`). Tests that are not about
 * that start as a browser where it was asked and skipped; a name given later is kept over reloads.
 */
export async function nameAlreadyAsked(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    try {
      if (localStorage.getItem('zonereform.author') === null) localStorage.setItem('zonereform.author', JSON.stringify({ asked: true }));
    } catch {
      // storage refused: the page asks the name at the first change
    }
  });
}

/** `author: false`: a first visit, where the name has never been asked. */
export async function openApp(options: { width?: number; height?: number; author?: false } = {}): Promise<Session> {
  // playwright gives each launch a new empty profile of its own
  const browser = await chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: options.width ?? 1366, height: options.height ?? 768 } });
  if (options.author !== false) await nameAlreadyAsked(context);
  const page = await context.newPage();
  const origin = new URL(baseUrl()).origin;
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(baseUrl());
  await page.waitForSelector('[data-unit-id]');
  await waitIdle(page);
  return {
    browser,
    context,
    page,
    foreign,
    errors,
    async close() {
      await browser.close();
    },
  };
}

/** Waits until no figure is being recomputed. */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

/** The raw value of a figure on screen (SPEC §10 data-value), as the report would print it. */
export async function shown(page: Page, selector: string): Promise<number | null> {
  const raw = await page.getAttribute(selector, 'data-value');
  if (raw === null) throw new Error(`nothing shown at ${selector}`);
  return raw === 'null' ? null : Number(raw);
}

export async function chooseScenario(page: Page, id: string): Promise<void> {
  await page.click(`[data-scenario-id="${id}"]`);
  await waitIdle(page);
}

/** Drags a bureau card onto a unit (or a bureau) with real mouse events, in steps. */
export async function dragBureau(page: Page, bureauId: string, target: string, options: { beforeDrop?: () => Promise<void> } = {}): Promise<void> {
  const card = page.locator(`[data-bureau-id="${bureauId}"]`);
  await card.scrollIntoViewIfNeeded();
  let from = await card.boundingBox();
  let to = await page.locator(target).first().boundingBox();
  // the chart opens zoomed in to read: a target out of sight is brought in by fitting the chart to the screen
  const viewport = page.viewportSize()!;
  const inView = (box: typeof from) => box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + Math.min(box.height, 40) <= viewport.height;
  if (!inView(from) || !inView(to)) {
    await page.locator('[data-action="fit"]').first().click();
    await page.waitForTimeout(400);
    from = await card.boundingBox();
    to = await page.locator(target).first().boundingBox();
  }
  if (!from || !to) throw new Error(`cannot see ${bureauId} or ${target}`);
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  // aim at an empty part of the target: its header
  const end = target.includes('data-unit-id') ? { x: to.x + to.width / 2, y: to.y + 12 } : { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(start.x + ((end.x - start.x) * i) / 12, start.y + ((end.y - start.y) * i) / 12);
  await options.beforeDrop?.();
  await page.mouse.up();
  await waitIdle(page);
}

/** The page's own state through its test hook (main.tsx), reduced to plain data. */
export interface PageState {
  file: ScenarioFile;
  scenarioId: string;
  lang: string;
  pending: boolean;
  /** Undo steps and redo steps held. */
  past: number;
  future: number;
}

type Hooked = { zonereform: { controller: { store: { get(): AppState } } } };

/** The page's state, its file without the times the page stamped on operations during this run (./stamps.ts). */
export async function pageState(page: Page): Promise<PageState> {
  const state = await rawPageState(page);
  return { ...state, file: withoutNewStamps(state.file) };
}

/** The page's state with its file exactly as the page holds it, stamps included. */
export async function rawPageState(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const s = (window as unknown as Hooked).zonereform.controller.store.get();
    return { file: s.file!, scenarioId: s.scenarioId, lang: s.lang, pending: s.pending, past: s.history.past.length, future: s.history.future.length };
  });
}

/** Waits until the history holds this many undo steps (and redo steps, when given), then until the screen shows it. */
export async function waitSteps(page: Page, past: number, future?: number, options: { timeout?: number } = {}): Promise<void> {
  await page.waitForFunction(
    ([p, f]) => {
      const { history } = (window as unknown as Hooked).zonereform.controller.store.get();
      return history.past.length === p && (f === null || history.future.length === f);
    },
    [past, future ?? null] as const,
    options,
  );
  await settled(page);
}

/**
 * Waits until the engine is idle and the screen shows what the page holds: the scenario's tab is
 * the selected one and the main totals on screen are those of the page's current report.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const s = (window as unknown as Hooked).zonereform.controller.store.get();
    if (s.status !== 'ready' || s.pending || !s.report || document.querySelector('[aria-busy="true"]')) return false;
    if (document.querySelector(`[data-scenario-id="${s.scenarioId}"]`)?.getAttribute('aria-selected') !== 'true') return false;
    const metrics = s.report.scenarios.find((x) => x.id === s.scenarioId)?.metrics ?? s.report.baseline.metrics;
    const onScreen = (path: string) => document.querySelector(`[data-metric="${path}"]`)?.getAttribute('data-value');
    return (
      onScreen('staff.total') === String(metrics.staff.total) &&
      onScreen('bodies.total') === String(metrics.bodies.total) &&
      onScreen('leaderPosts') === String(metrics.leaderPosts) &&
      onScreen('released') === String(metrics.released) &&
      document.querySelectorAll('[data-unit-id]').length === Object.keys(metrics.units).length
    );
  });
  // one more frame, for anything React had left to paint
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

export interface Screen {
  metric: Values;
  baselineMetric: Values;
  saving: Values;
  violations: string[];
  /** Hooks shown more than once. */
  repeated: string[];
}

/** Every figure and violation hook on screen (SPEC §10), read at once. */
export async function readScreen(page: Page): Promise<Screen> {
  const raw = await page.evaluate(() => {
    const repeated: string[] = [];
    const collect = (attribute: string) => {
      const out: Record<string, string | null> = {};
      for (const element of document.querySelectorAll(`[${attribute}]`)) {
        const key = element.getAttribute(attribute)!;
        if (key in out) repeated.push(`${attribute}=${key}`);
        out[key] = element.getAttribute('data-value');
      }
      return out;
    };
    const violations = [...document.querySelectorAll('[data-violation-rule]')].map((e) => `${e.getAttribute('data-violation-rule')} ${e.getAttribute('data-violation-subject')}`);
    return { metric: collect('data-metric'), baselineMetric: collect('data-baseline-metric'), saving: collect('data-saving'), violations, repeated };
  });
  const values = (r: Record<string, string | null>): Values =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === 'null' ? null : v === null ? Number.NaN : Number(v)]));
  return { metric: values(raw.metric), baselineMetric: values(raw.baselineMetric), saving: values(raw.saving), violations: raw.violations.sort(), repeated: raw.repeated };
}

/** The screen shows exactly the engine's figures, savings and violations for the expected state. */
export async function expectScreen(page: Page, expected: ExpectedScreen, scenarioId: string): Promise<void> {
  await settled(page);
  expect(await page.getAttribute(`[data-scenario-id="${scenarioId}"]`, 'aria-selected'), `tab ${scenarioId} on screen`).toBe('true');
  const screen = await readScreen(page);
  expect.soft(screen.repeated, 'hooks shown twice').toEqual([]);
  expect.soft(screen.metric, 'data-metric').toEqual(expected.metric);
  expect.soft(screen.baselineMetric, 'data-baseline-metric').toEqual(expected.baselineMetric);
  expect.soft(screen.saving, 'data-saving').toEqual(expected.saving);
  expect.soft(screen.violations, 'violations').toEqual(expected.violations);
}

/** The open dialog (there is at most one). */
export const DIALOG = '[role="dialog"]';

/** Clicks the dialog's confirm button and waits until the dialog is gone. */
export async function confirmDialog(page: Page): Promise<void> {
  await page.click(`${DIALOG} [data-action="confirm"]`);
  await page.waitForSelector(DIALOG, { state: 'detached' });
}

/** Selects a bureau by clicking its card; its inspector opens. */
export async function selectBureau(page: Page, bureauId: string): Promise<void> {
  await page.click(`[data-bureau-id="${bureauId}"]`);
  await page.waitForSelector('[data-action="move-to"]');
}

/** Selects a unit by clicking the name in its box's header; its inspector opens. */
export async function selectUnit(page: Page, unitId: string): Promise<void> {
  await page.click(`[data-unit-id="${unitId}"] > header button`);
  await page.waitForSelector('[data-action="edit-unit"]');
}

/** Reloads the page and waits until the app has restored its workspace. */
export async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.waitForSelector('[data-unit-id]');
  await settled(page);
}

/** Waits until the autosave in IndexedDB holds what the page holds: the file, the scenario on screen, the language, the history. */
export async function waitSaved(page: Page, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    // page.waitForFunction takes a promise for a truthy value, so the record is read here instead
    const same = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const s = (window as unknown as Hooked).zonereform.controller.store.get();
          const open = indexedDB.open('zonereform');
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('workspace')) return (db.close(), resolve(false));
            const store = db.transaction('workspace', 'readonly').objectStore('workspace');
            const get = store.get('current');
            // the organisation (units and bureaus) is stored apart, under the stamp 'current' names
            const organisation = store.get('current-organisation');
            // and so is the file's meta, under the stamp 'metaStamp' names
            const meta = store.get('current-meta');
            get.onerror = () => (db.close(), resolve(false));
            meta.onsuccess = () => {
              db.close();
              type Stored = { file: Record<string, unknown>; organisation?: string; metaStamp?: string; scenarioId: string; lang: string; history: { past: unknown[]; future: unknown[] } };
              const record = get.result as Stored | undefined;
              const part = organisation.result as { stamp: string; units: unknown; bureaus: unknown } | undefined;
              const apart = record?.organisation !== undefined;
              if (apart && part?.stamp !== record.organisation) return resolve(false);
              const joined = record && (apart ? { ...record, file: { ...record.file, units: part!.units, bureaus: part!.bureaus } } : record);
              const metaPart = meta.result as { stamp: string; meta: unknown } | undefined;
              if (joined?.metaStamp !== undefined && metaPart?.stamp !== joined.metaStamp) return resolve(false);
              const saved = joined && (joined.metaStamp !== undefined && Object.hasOwn(joined.file, 'meta') ? { ...joined, file: { ...joined.file, meta: metaPart!.meta } } : joined);
              resolve(
                saved !== undefined &&
                  JSON.stringify(saved.file) === JSON.stringify(s.file) &&
                  saved.scenarioId === s.scenarioId &&
                  saved.lang === s.lang &&
                  saved.history.past.length === s.history.past.length &&
                  saved.history.future.length === s.history.future.length,
              );
            };
          };
        }),
    );
    if (same) return;
    if (Date.now() > until) throw new Error('the autosave did not catch up with the page');
    await new Promise((r) => setTimeout(r, 100));
  }
}
