// npx tsx tests/bench/browser-run.ts: the browser benchmark and the bundle sizes of the build it
// made, as a table; the last line is one JSON object, {"browser":[…],"bundle":{…}}.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureBrowser } from './browser';
import { measureBundle } from './bundle';

const distDir = mkdtempSync(join(tmpdir(), 'zonereform-dist-'));
try {
  const browser = await measureBrowser({ distDir });
  const bundle = measureBundle(distDir);
  const show = (v: number | null) => (v === null ? 'n/a' : String(v));
  console.log(`bureaus ${browser.bureaus}`);
  console.log(`  open file (median of 3)        ${show(browser.loadMs)} ms`);
  console.log(`  drop → figures painted         p50 ${show(browser.dropP50Ms)} ms, p95 ${show(browser.dropP95Ms)} ms`);
  console.log(`  drag over ${show(browser.dragCards)} cards, frame p95  ${show(browser.dragFrameP95Ms)} ms (idle frame p95 ${show(browser.idleFrameP95Ms)} ms)`);
  console.log(`first render of ${show(browser.renderBureaus)} bureaus (median of 5)`);
  console.log(`  ZoneReform chart               ${show(browser.renderMs)} ms`);
  console.log(`  d3-org-chart                   ${show(browser.peerRenderMs)} ms`);
  console.log(`bundle (gzip): initial JS ${bundle.initialJsGzipBytes} B, worker JS ${bundle.workerJsGzipBytes} B`);
  console.log(JSON.stringify({ browser: [browser], bundle }));
} finally {
  rmSync(distDir, { recursive: true, force: true });
}
