// Global setup of the browser tests: a fresh production build served on 127.0.0.1, and Chromium.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { freePort, waitFor } from './server';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

const root = join(import.meta.dirname, '../..');
let server: ChildProcess | undefined;

export default async function setup(project: TestProject) {
  const PORT = await freePort();
  const chromium = findChromium();
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  server = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${PORT}/`;
  await waitFor(url, 20_000);
  project.provide('baseUrl', url);
  project.provide('chromiumPath', chromium);
  return () => {
    server?.kill();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}
