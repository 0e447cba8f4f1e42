// The Office parts (table import, .xlsx, .pptx, .docx) in a real Chromium under the app's
// Content-Security-Policy, sent as a header so that it binds the module worker too: on the page
// and in the worker each part loads with import(), runs, and breaks no rule of the policy.
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { CHROMIUM_ARGS } from './chromium';
import { freePort } from './server';

const root = join(import.meta.dirname, '../..');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
let dir: string;
let server: Server;
let browser: Browser;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zonereform-office-'));
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'tests/office/browser/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, OFFICE_OUT_DIR: dir },
  });
  const port = await freePort();
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(dir, path === '/' ? 'index.html' : path));
      response.writeHead(200, { 'Content-Type': TYPES[extname(path) || '.html'] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${port}/`;
  browser = await chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the Office parts under the app’s Content-Security-Policy', () => {
  it('import a workbook and write .xlsx, .pptx and .docx, on the page and in a module worker, with no violation', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(url)) foreign.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { inWorker?: unknown }).inWorker !== undefined, undefined, { timeout: 60_000 });
    const result = await page.evaluate(() => {
      const w = window as unknown as { onPage: unknown; inWorker: unknown; cspViolations: string[] };
      return { onPage: w.onPage, inWorker: w.inWorker, violations: w.cspViolations };
    });
    for (const run of [result.onPage, result.inWorker] as Array<{ xlsx: number; pptx: number; docx: number; roundTrip: boolean; error?: string }>) {
      expect(run.error).toBeUndefined();
      expect(run.roundTrip).toBe(true);
      expect(run.xlsx).toBeGreaterThan(5_000);
      expect(run.pptx).toBeGreaterThan(20_000);
      expect(run.docx).toBeGreaterThan(5_000);
    }
    expect(result.violations, JSON.stringify(result)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });
});
