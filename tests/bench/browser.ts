// The app in a real Chromium at 10,000 bureaus: opening a file, dropping a bureau, dragging one
// over about 2,000 cards, and the first render of a 2,000-bureau tree beside d3-org-chart. Builds
// the app and the render page itself, serves both on 127.0.0.1, and closes everything at the end.
// Every time is read inside the page (performance.now), so no round trip to this process counts.
// "Painted" means: the condition held, then the next animation frame ran, then a task queued from
// it read the clock, i.e. after that frame's style, layout and paint.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { type Server, createServer as createHttpServer } from 'node:http';
import { freePort, waitFor } from '../browser/server';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import type { AppState } from '../../src/app/controller';
import { generateProvince } from '../../src/generate/province';
import { type ScenarioFile, serialiseScenarioFile } from '../../src/model';
import { CHROMIUM_ARGS, findChromium } from '../browser/chromium';
import { median, round } from './measure';

const root = join(import.meta.dirname, '../..');
const VITE = join(root, 'node_modules/vite/bin/vite.js');
const BUREAUS = 10_000;
const SEED = 20251126;
const LOAD_RUNS = 3;
const DROPS = 50;
const DRAG_MOVES = 120;
const RENDER_RUNS = 5;
const VIEWPORT = { width: 1600, height: 900 };
const DRAG_VIEWPORT = { width: 2400, height: 1350 };

export interface BrowserRow {
  bureaus: number;
  /** Median of LOAD_RUNS openings of the 10,000-bureau file, from the file input's change event to the chart and figures painted. */
  loadMs: number | null;
  /** Drop of a real drag (mouse up) to the new figures painted, over DROPS drops. */
  dropP50Ms: number | null;
  dropP95Ms: number | null;
  /** 95th percentile of frame intervals while a card is dragged over `dragCards` cards. */
  dragFrameP95Ms: number | null;
  /** The same, on the same view with nothing happening: the display's own frame interval. */
  idleFrameP95Ms: number | null;
  /** Bureau cards in the DOM during the drag. */
  dragCards: number | null;
  /** Median first render of the same tree by ZoneReform's chart and by d3-org-chart. */
  renderMs: number | null;
  peerRenderMs: number | null;
  /** Bureaus in that tree, each drawn as a card by both charts. */
  renderBureaus: number | null;
}

// tsx compiles this file keeping function names, through a helper that the functions sent to the
// page call there too: the page gets a stand-in
const KEEP_NAMES = 'globalThis.__name = (f) => f;';

type Hooked = { zonereform: { controller: { store: { get(): AppState; subscribe(listener: () => void): () => void } } } };

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The production build of the app, as the browser tests make it. */
export function buildApp(outDir: string): void {
  execFileSync(process.execPath, [VITE, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
}

function buildRenderPage(outDir: string): void {
  const config = join(root, 'tests/bench/render/vite.config.ts');
  execFileSync(process.execPath, [VITE, 'build', '--config', config, '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** A static server for the render page (the app itself is served by vite preview). */
function serveStatic(dir: string, port: number): Promise<Server> {
  const server = createHttpServer((request, response) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    try {
      if (!file.startsWith(dir) || !statSync(file).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** Runs `work` in the page, failing after `ms` (page.evaluate itself waits forever). */
async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function openApp(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(KEEP_NAMES);
  // the page asks the user's name before the first change; a benchmark's drops do not wait for it
  await context.addInitScript(() => {
    if (localStorage.getItem('zonereform.author') === null) localStorage.setItem('zonereform.author', JSON.stringify({ asked: true }));
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(url);
  await page.waitForSelector('[data-unit-id]');
  await idle(page);
  return page;
}

function idle(page: Page): Promise<unknown> {
  return page.waitForFunction(() => {
    const s = (window as unknown as Hooked).zonereform.controller.store.get();
    return s.status === 'ready' && !s.pending && s.report !== undefined && !document.querySelector('[aria-busy="true"]');
  }, undefined, { timeout: 120_000 });
}

/**
 * Installs, in the page, a watch that starts its clock at the next event `startOn` (captured on
 * window before the app sees it) and stops it once `condition` holds and a frame is painted.
 * The condition is checked at every DOM change and every store change. Read the result with
 * `watched`.
 */
async function watch(page: Page, startOn: 'change' | 'mouseup', condition: Condition): Promise<void> {
  await page.evaluate(
    ([event, cond]) => {
      const { store } = (window as unknown as Hooked).zonereform.controller;
      const holds = (): boolean => {
        const s = store.get();
        if (s.status !== 'ready' || s.pending || !s.report || document.querySelector('[aria-busy="true"]')) return false;
        const metrics = s.report.scenarios.find((x) => x.id === s.scenarioId)?.metrics ?? s.report.baseline.metrics;
        const onScreen = (path: string) => document.querySelector(`[data-metric="${path}"]`)?.getAttribute('data-value');
        // the figures panel shows the report the page holds
        if (onScreen('staff.total') !== String(metrics.staff.total) || onScreen('bodies.total') !== String(metrics.bodies.total) || onScreen('leaderPosts') !== String(metrics.leaderPosts)) return false;
        if (cond.title !== undefined && (s.file?.title !== cond.title || !document.querySelector('.file-title')?.textContent?.includes(cond.title))) return false;
        if (cond.unit !== undefined && !document.querySelector(`[data-unit-id="${cond.unit}"]`)) return false;
        for (const [path, value] of Object.entries(cond.values ?? {})) if (onScreen(path) !== String(value)) return false;
        return true;
      };
      const w = window as unknown as { benchWatch?: Promise<{ start: number; end: number }> };
      w.benchWatch = new Promise((resolve) => {
        let start: number | undefined;
        let done = false;
        const check = () => {
          if (done || start === undefined || !holds()) return;
          done = true;
          observer.disconnect();
          unsubscribe();
          requestAnimationFrame(() => setTimeout(() => resolve({ start: start!, end: performance.now() }), 0));
        };
        window.addEventListener(event, () => ((start = performance.now()), queueMicrotask(check)), { capture: true, once: true });
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        const unsubscribe = store.subscribe(check);
      });
    },
    [startOn, condition] as const,
  );
}

interface Condition {
  /** The open file's title, in the store and on screen. */
  title?: string;
  /** A unit box that must be on screen. */
  unit?: string;
  /** data-metric paths and the data-value each must show. */
  values?: Record<string, number>;
}

async function watched(page: Page, what: string): Promise<number> {
  const { start, end } = await within(120_000, what, page.evaluate(() => (window as unknown as { benchWatch: Promise<{ start: number; end: number }> }).benchWatch));
  return end - start;
}

async function measureLoad(browser: Browser, url: string, path: string, file: ScenarioFile): Promise<{ ms: number; page: Page }> {
  const times: number[] = [];
  let page: Page | undefined;
  for (let run = 0; run < LOAD_RUNS; run++) {
    await page?.context().close();
    page = await openApp(browser, url); // a fresh profile: the example is open, nothing saved
    await watch(page, 'change', { title: file.title, unit: file.units[0]!.id });
    await page.setInputFiles('[data-action="open-file"]', path);
    times.push(await watched(page, 'opening the file'));
  }
  return { ms: median(times), page: page! };
}

const unitBodies = (page: Page, unit: string) => page.getAttribute(`[data-unit-id="${unit}"] [data-metric="units.${unit}.bodies"]`, 'data-value').then(Number);

/** Drags a card with real mouse events and drops it on a unit's header. */
async function dragTo(page: Page, bureauId: string, unit: string): Promise<void> {
  const from = await page.locator(`[data-bureau-id="${bureauId}"]`).boundingBox();
  const to = await page.locator(`[data-unit-id="${unit}"] > header`).boundingBox();
  if (!from || !to) throw new Error(`cannot see bureau ${bureauId} or unit ${unit}`);
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const end = { x: to.x + to.width / 2, y: to.y + Math.min(12, to.height / 2) };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(start.x + ((end.x - start.x) * i) / 8, start.y + ((end.y - start.y) * i) / 8);
  await page.mouse.up();
}

/** Whether a box lies wholly inside the viewport, clear of the chart's tool row and legend. */
const inView = (box: { x: number; y: number; width: number; height: number } | null) =>
  box !== null && box.x >= 0 && box.y >= 60 && box.x + box.width <= VIEWPORT.width - 420 && box.y + box.height <= VIEWPORT.height - 40;

async function measureDrops(page: Page, file: ScenarioFile): Promise<{ p50: number; p95: number }> {
  const scenario = file.scenarios[0]!.id;
  await page.click(`[data-scenario-id="${scenario}"]`);
  await idle(page);
  // two park offices of one zone stand side by side: fly to the first (as a click in the ratio list
  // does) and ping-pong one bureau between them, so that each drop is a real move
  const [a, b] = ['z0-o0', 'z0-o1'];
  const name = file.units.find((u) => u.id === a)!.name;
  await page.click(`.ratios .ratio-name[title="${name}"]`);
  await page.waitForTimeout(600); // the flight lasts 300 ms
  const headers = await Promise.all([a, b].map((u) => page.locator(`[data-unit-id="${u}"] > header`).boundingBox()));
  if (!headers.every(inView)) throw new Error(`units ${a} and ${b} are not both in view after the flight`);
  const bureau = await page.locator(`[data-unit-id="${a}"] [data-bureau-id]`).first().getAttribute('data-bureau-id');
  if (!bureau) throw new Error(`no bureau card in ${a}`);
  const times: number[] = [];
  for (let i = 0; i < DROPS; i++) {
    const [from, to] = i % 2 === 0 ? [a, b] : [b, a];
    const values = { [`units.${from}.bodies`]: (await unitBodies(page, from)) - 1, [`units.${to}.bodies`]: (await unitBodies(page, to)) + 1 };
    if (!inView(await page.locator(`[data-bureau-id="${bureau}"]`).boundingBox())) throw new Error(`bureau ${bureau} went out of view`);
    // before the mouse goes down: d3-drag then listens for the mouse up on window too, and stops it there
    await watch(page, 'mouseup', { values });
    await dragTo(page, bureau, to);
    times.push(await watched(page, `drop ${i + 1}`));
    await idle(page);
  }
  return { p50: median(times), p95: percentile(times, 95) };
}

const countCards = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-bureau-id]').length);
const frames = (page: Page, n = 2) => page.evaluate((k) => new Promise<void>((resolve) => {
  let left = k;
  const next = () => (--left <= 0 ? resolve() : requestAnimationFrame(next));
  requestAnimationFrame(next);
}), n);

/** Frame intervals (ms) from requestAnimationFrame timestamps while `during` runs. */
async function frameIntervals(page: Page, during: () => Promise<void>): Promise<number[]> {
  type Frames = { benchFrames?: { stamps: number[]; on: boolean } };
  await page.evaluate(() => {
    // a loop of its own: one that an earlier measurement left running stops at its next frame
    const mine = { stamps: [] as number[], on: true };
    (window as unknown as Frames).benchFrames = mine;
    const tick = (time: number) => {
      if (!mine.on) return;
      mine.stamps.push(time);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await during();
  const stamps = await page.evaluate(() => {
    const mine = (window as unknown as Frames).benchFrames!;
    mine.on = false;
    return mine.stamps;
  });
  return stamps.slice(1).map((t, i) => t - stamps[i]!);
}

/**
 * Flies to a zone in the middle of the chart and zooms out with the wheel to the farthest zoom at
 * which cards are still drawn. The chart draws what is seen and as much again around it, and
 * redraws that region when the view leaves it or the level of detail changes: so the view goes
 * one wheel step past the point where cards become summaries and one step back, which draws the
 * largest region of cards.
 */
async function zoomToCards(page: Page, file: ScenarioFile, viewport: { width: number; height: number }): Promise<number> {
  const zones = file.units.filter((u) => u.kind === 'zone');
  const middle = zones[Math.floor(zones.length / 2)]!;
  await page.click(`.ratios .ratio-name[title="${middle.name}"]`);
  await page.waitForTimeout(600); // the flight lasts 300 ms
  await page.mouse.move((viewport.width - 400) / 2, viewport.height / 2);
  for (let step = 0; step < 40 && (await countCards(page)) > 0; step++) {
    await page.mouse.wheel(0, 60);
    await frames(page, 3);
  }
  await page.mouse.wheel(0, -60);
  await frames(page, 3);
  return countCards(page);
}

async function measureDrag(page: Page, file: ScenarioFile): Promise<{ p95: number; idleP95: number; cards: number }> {
  // a larger screen than the other parts: at the farthest zoom that draws cards, about 2,000 of
  // them are drawn at this size
  const viewport = DRAG_VIEWPORT;
  await page.setViewportSize(viewport);
  const cards = await zoomToCards(page, file, viewport);
  if (cards === 0) throw new Error('no cards drawn at any zoom');
  // a card near the middle of the chart, wholly in view
  const id = await page.evaluate(({ x, y }) => {
    let best: { id: string; d: number } | undefined;
    for (const card of document.querySelectorAll('[data-bureau-id]')) {
      const r = card.getBoundingClientRect();
      if (r.left < 0 || r.top < 60 || r.right > x * 2 || r.bottom > y * 2 - 40) continue;
      const d = Math.hypot(r.left + r.width / 2 - x, r.top + r.height / 2 - y);
      if (!best || d < best.d) best = { id: card.getAttribute('data-bureau-id')!, d };
    }
    return best?.id;
  }, { x: (viewport.width - 400) / 2, y: viewport.height / 2 });
  if (!id) throw new Error('no card in view to drag');
  const box = (await page.locator(`[data-bureau-id="${id}"]`).boundingBox())!;
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const idleIntervals = await frameIntervals(page, () => page.waitForTimeout(1500));
  const past = await page.evaluate(() => (window as unknown as Hooked).zonereform.controller.store.get().history.past.length);
  // across the chart and back in a loop, then dropped where it started: a drop on its own unit is
  // no change, so the file is left as it was
  const width = viewport.width - 400 - 80;
  const height = viewport.height - 200;
  const dragIntervals = await frameIntervals(page, async () => {
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= DRAG_MOVES; i++) {
      const a = (2 * Math.PI * i) / DRAG_MOVES;
      await page.mouse.move(40 + width / 2 + (width / 2) * Math.sin(a) * 0.9, 100 + height / 2 - (height / 2) * Math.sin(2 * a) * 0.9);
      if (i === 10 && !(await page.$('.drag-ghost'))) throw new Error('the card did not start to drag');
    }
    await page.mouse.move(start.x, start.y);
    await page.mouse.up();
  });
  const after = await page.evaluate(() => (window as unknown as Hooked).zonereform.controller.store.get().history.past.length);
  if (after !== past) throw new Error('the drag changed the file: it was meant to drop the card where it started');
  return { p95: percentile(dragIntervals, 95), idleP95: percentile(idleIntervals, 95), cards };
}

interface RenderResult {
  ms: number;
  bureaus: number;
  nodes: number;
}
type RenderBench = { renderBench: { bureaus: number; zoneReform(): Promise<RenderResult>; peer(): Promise<RenderResult> } };

async function measureRender(browser: Browser, url: string): Promise<{ ms: number; peerMs: number; bureaus: number }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript(KEEP_NAMES);
  page.on('pageerror', (error) => console.error(`render page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  const expected = await page.evaluate(() => (window as unknown as RenderBench).renderBench.bureaus);
  const run = (which: 'zoneReform' | 'peer') => within(120_000, `render by ${which}`, page.evaluate((w) => (window as unknown as RenderBench).renderBench[w](), which));
  await run('zoneReform'); // warm-up: code compiled, fonts and styles loaded
  await run('peer');
  const ours: number[] = [];
  const peer: number[] = [];
  for (let i = 0; i < RENDER_RUNS; i++) {
    const a = await run('zoneReform');
    const b = await run('peer');
    if (a.bureaus !== expected || b.bureaus !== expected) throw new Error(`not every bureau was drawn: ZoneReform ${a.bureaus}, d3-org-chart ${b.bureaus} of ${expected}`);
    ours.push(a.ms);
    peer.push(b.ms);
  }
  await page.close();
  return { ms: median(ours), peerMs: median(peer), bureaus: expected };
}

/** Runs a part, or says why it could not be measured and gives null. */
async function part<T>(name: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    console.error(`browser bench: ${name} not measured: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

export async function measureBrowser(options: { distDir?: string } = {}): Promise<BrowserRow> {
  const scratch = mkdtempSync(join(tmpdir(), 'zonereform-bench-'));
  const distDir = options.distDir ?? join(scratch, 'dist');
  const renderDir = join(scratch, 'render');
  let preview: ChildProcess | undefined;
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    buildApp(distDir);
    buildRenderPage(renderDir);
    const file = generateProvince({ bureaus: BUREAUS, seed: SEED, scenarios: 1, operations: 100 });
    const path = join(scratch, `province-${BUREAUS}.json`);
    writeFileSync(path, serialiseScenarioFile(file), 'utf8');

    const [appPort, renderPort] = [await freePort(), await freePort()];
    preview = spawn(process.execPath, [VITE, 'preview', '--host', '127.0.0.1', '--port', String(appPort), '--strictPort', '--outDir', distDir], { cwd: root, stdio: 'ignore' });
    server = await serveStatic(renderDir, renderPort);
    const appUrl = `http://127.0.0.1:${appPort}/`;
    await waitFor(appUrl, 20_000);
    browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });

    const load = await part('loadMs', () => measureLoad(browser!, appUrl, path, file));
    if (!load) console.error('browser bench: drops and drag frames not measured either: they run on the opened file');
    const drops = load ? await part('drops', () => measureDrops(load.page, file)) : null;
    const drag = load ? await part('drag frames', () => measureDrag(load.page, file)) : null;
    await load?.page.context().close();
    const render = await part('render', () => measureRender(browser!, `http://127.0.0.1:${renderPort}/`));
    const r = (v: number | undefined) => (v === undefined ? null : round(v, 1));
    return {
      bureaus: BUREAUS,
      loadMs: r(load?.ms),
      dropP50Ms: r(drops?.p50),
      dropP95Ms: r(drops?.p95),
      dragFrameP95Ms: r(drag?.p95),
      idleFrameP95Ms: r(drag?.idleP95),
      dragCards: drag?.cards ?? null,
      renderMs: r(render?.ms),
      peerRenderMs: r(render?.peerMs),
      renderBureaus: render?.bureaus ?? null,
    };
  } finally {
    await browser?.close().catch(() => undefined);
    server?.close();
    preview?.kill();
    rmSync(scratch, { recursive: true, force: true });
  }
}
