// A build of the Office parts alone, with the app's settings (its aliases, its CSP): the browser
// test runs them in a module worker under that CSP, and the bundle check reads their chunks.
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import app from '../../../vite.config';

export default mergeConfig(app, defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: process.env.OFFICE_OUT_DIR ?? fileURLToPath(new URL('../../../node_modules/.office-build', import.meta.url)), emptyOutDir: true, sourcemap: false },
}));
