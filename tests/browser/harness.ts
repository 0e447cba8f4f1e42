// Shared by the browser tests: a fresh browser profile per test file, the page opened on the app,
// and helpers that drive it through the attribute hooks of SPEC §10 only.
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

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

export async function openApp(options: { width?: number; height?: number } = {}): Promise<Session> {
  // playwright gives each launch a new empty profile of its own
  const browser = await chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: options.width ?? 1366, height: options.height ?? 768 } });
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
export async function dragBureau(page: Page, bureauId: string, target: string): Promise<void> {
  const card = page.locator(`[data-bureau-id="${bureauId}"]`);
  await card.scrollIntoViewIfNeeded();
  const from = await card.boundingBox();
  const to = await page.locator(target).first().boundingBox();
  if (!from || !to) throw new Error(`cannot see ${bureauId} or ${target}`);
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  // aim at an empty part of the target: its header
  const end = target.includes('data-unit-id') ? { x: to.x + to.width / 2, y: to.y + 12 } : { x: to.x + to.width / 2, y: to.y + to.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(start.x + ((end.x - start.x) * i) / 12, start.y + ((end.y - start.y) * i) / 12);
  await page.mouse.up();
  await waitIdle(page);
}
