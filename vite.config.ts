/// <reference types="vitest/config" />
import { type Plugin, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * The production page's Content-Security-Policy: scripts and workers from its own origin only (no
 * inline script, no eval), nothing fetched from anywhere else. Government networks are often
 * closed, and a crafted file must not be able to make the page load or run anything. (The dev
 * server needs an inline preamble for hot reload, so the policy is for the build.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'zonereform-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

/**
 * The Office exports load on demand, in chunks of their own. pptxgenjs zips with JSZip, whose
 * browser bundle carries a setImmediate polyfill with a `new Function` branch (refused under the
 * CSP above): the build takes JSZip's own sources instead, with our setImmediate and no Node streams.
 */
const officeAliases = [
  { find: /^jszip$/, replacement: 'jszip/lib/index.js' },
  { find: /^setimmediate$/, replacement: fileURLToPath(new URL('./src/office/setImmediate.ts', import.meta.url)) },
  { find: /^readable-stream$/, replacement: fileURLToPath(new URL('./src/office/noStreams.ts', import.meta.url)) },
];

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  resolve: { alias: officeAliases },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 600,
    // everything the first page loads stays in one chunk: without this, a chunk loaded on demand
    // that imports the model makes the bundler split the model out of the first page's chunk into
    // a shared one, and two files compress 1.7 KB worse than one (past the 150 KB budget)
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'page', tags: ['$initial'] }] } } },
  },
  // the policy as an HTTP header too: a <meta> policy binds the page only, never its workers, and
  // only a header on the worker script puts the engine worker under it (no eval, no other origin)
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          environment: 'node',
          // the property and schema suites run thousands of cases; on a shared two-core machine a
          // 5 s default fails them for the machine's load, not for their result
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // one Chromium at a time: these machines have two cores
          fileParallelism: false,
        },
      },
    ],
  },
});
