// npm run bench: the engine, the app in a real Chromium, and the bundle sizes of the same build,
// all measured in one run on one machine. Prints tables; with --json, the last line is one JSON
// object {engine, plan, planUi, office, browser, bundle}. A benchmark, not a test: it asserts nothing.
// `--engine` measures the engine alone (no build, no browser).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserRow, measureBrowser } from './browser';
import { measureBundle } from './bundle';
import { type EngineRow, measureEngine, printEngine } from './engine';
import { measurePlan, printPlan } from './plan';
import { measurePlanUi, printPlanUi } from './planUi';
import { type OfficeRow, measureOffice, printOffice } from './office';

const ratio = (a: number | null, b: number | null) => (a === null || b === null ? 'n/a' : (a / b).toFixed(2));
const show = (v: number | null) => (v === null ? 'n/a' : String(v));

function printBrowser(browser: BrowserRow): void {
  console.log(`browser (production build, headless Chromium), ${browser.bureaus} bureaus`);
  console.log(`  open file → chart and figures painted (median of 3)   ${show(browser.loadMs)} ms`);
  console.log(`  drop → figures painted, 50 drops                      p50 ${show(browser.dropP50Ms)} ms, p95 ${show(browser.dropP95Ms)} ms`);
  console.log(`  frame while dragging over ${show(browser.dragCards)} cards            p95 ${show(browser.dragFrameP95Ms)} ms (idle p95 ${show(browser.idleFrameP95Ms)} ms)`);
  console.log(`  first render of ${show(browser.renderBureaus)} bureaus (median of 5)       ZoneReform ${show(browser.renderMs)} ms, d3-org-chart ${show(browser.peerRenderMs)} ms (ratio ${ratio(browser.renderMs, browser.peerRenderMs)})`);
}

const engineOnly = process.argv.includes('--engine');
const engine: EngineRow[] = measureEngine();
printEngine(engine);
const largest = engine[engine.length - 1]!;
const middle = engine.find((row) => row.bureaus === 10_000);
console.log(`goal: evaluate ≤ 5 × loop at ${largest.bureaus}: ${(largest.evaluateMs / largest.loopMs).toFixed(1)} ×`);
if (middle) console.log(`goal: one move ≤ loop at 10000: ${(middle.incrementalMs / middle.loopMs).toFixed(2)} ×`);
const plan = await measurePlan();
printPlan(plan);
const planUi = await measurePlanUi();
printPlanUi(planUi);
const office: OfficeRow = measureOffice();
printOffice(office);

let browser: BrowserRow | undefined;
let bundle: ReturnType<typeof measureBundle> | undefined;
if (!engineOnly) {
  const distDir = mkdtempSync(join(tmpdir(), 'zonereform-dist-'));
  try {
    browser = await measureBrowser({ distDir });
    bundle = measureBundle(distDir);
  } finally {
    rmSync(distDir, { recursive: true, force: true });
  }
  printBrowser(browser);
  console.log(`bundle (gzip): first page load ${bundle.initialJsGzipBytes} B (goal ≤ 150000), worker ${bundle.workerJsGzipBytes} B`);
  console.log(`  Office, each on first use: ${Object.entries(bundle.officeJsGzipBytes).map(([name, bytes]) => `${name} ${bytes} B`).join(', ')}`);
}
if (process.argv.includes('--json')) console.log(JSON.stringify({ engine, plan, planUi, office, browser, bundle }));
