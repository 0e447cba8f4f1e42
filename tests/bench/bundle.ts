// How much JavaScript a first visit downloads, and how much the engine worker adds, gzipped (node's
// default level, about what a static server sends). Read from a production build:
// - initial: the entry <script type="module"> of index.html, its <link rel="modulepreload"> files,
//   and every chunk reachable from them through static `import … from "./x.js"` / `import "./x.js"`
//   / `export … from "./x.js"`. Dynamic `import("./x.js")` chunks are the views loaded on demand:
//   not counted. The workers are never counted here.
// - worker: the engine worker (each file a chunk starts as `new Worker(new URL("…"))` but the Office
//   worker), with its own static imports.
// - office: the Office work, each part as it loads on first use: its worker with its static imports,
//   and each chunk that worker fetches with `import()` when asked (the deck, the document).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleRow {
  initialJsGzipBytes: number;
  workerJsGzipBytes: number;
  /** by chunk name without its hash (`office.worker`, `deck`, `document`); empty for a build without one */
  officeJsGzipBytes: Record<string, number>;
}

const OFFICE_WORKER = /office\.worker[-.][^/]*\.js$/;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;
const chunkName = (file: string) => (file.split('/').pop() ?? file).replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');

/** Attribute values of the tags named `tag` that also carry `must` (e.g. rel="modulepreload"). */
function attributeOf(html: string, tag: string, must: RegExp, attribute: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    const element = match[0];
    if (!must.test(element)) continue;
    const value = new RegExp(`\\b${attribute}\\s*=\\s*["']([^"']+)["']`, 'i').exec(element)?.[1];
    if (value) found.push(value);
  }
  return found;
}

/** A URL of the page (absolute from the site root, or relative to `from`) as a file of the build. */
function fileOf(distDir: string, url: string, from: string): string | undefined {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return undefined; // another origin or data:
  const path = url.split(/[?#]/)[0]!;
  return path.startsWith('/') ? join(distDir, path) : resolve(from, path);
}

// static imports and re-exports as rolldown/rollup print them, minified or not; `import(` and
// `import.meta` do not match because a name, `{`, `*` or a quote must follow the keyword
const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*(?:as\s+[\w$]+)?)?\s*(?:from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const WORKER_URL = /new\s+(?:Shared)?Worker\s*\(\s*new\s+URL\s*\(\s*["'`]([^"'`]+)["'`]/g;

export function staticImportsOf(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

/** Every file reachable from `entries` through static imports, the entries included. */
function closure(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    for (const specifier of staticImportsOf(readFileSync(file, 'utf8'))) queue.push(resolve(dirname(file), specifier));
  }
  return seen;
}

const gzipBytes = (files: Iterable<string>): number => {
  let total = 0;
  for (const file of files) total += gzipSync(readFileSync(file)).length;
  return total;
};

function jsFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The worker files a build starts: named in `new Worker(new URL(…))`, else any `*.worker-*.js`. */
function workerEntries(distDir: string): string[] {
  const workers = new Set<string>();
  for (const file of jsFilesUnder(distDir)) {
    for (const match of readFileSync(file, 'utf8').matchAll(WORKER_URL)) {
      const target = fileOf(distDir, match[1]!, dirname(file));
      if (target && existsSync(target)) workers.add(target);
    }
  }
  if (workers.size === 0) for (const file of jsFilesUnder(distDir)) if (/\.worker[-.][^/]*\.js$/.test(file)) workers.add(file);
  return [...workers];
}

export function measureBundle(distDir: string): BundleRow {
  const root = resolve(distDir);
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const scripts = attributeOf(html, 'script', /type\s*=\s*["']module["']/i, 'src');
  const preloads = attributeOf(html, 'link', /rel\s*=\s*["']modulepreload["']/i, 'href');
  if (scripts.length === 0) throw new Error(`no <script type="module" src> in ${join(root, 'index.html')}`);
  const entries = [...scripts, ...preloads].map((url) => fileOf(root, url, root)).filter((f): f is string => f !== undefined);
  const starts = workerEntries(root);
  const workers = closure(starts);
  if (workers.size === 0) throw new Error(`no worker bundle found in ${root}`);
  const initial = [...closure(entries)].filter((file) => file.endsWith('.js') && !workers.has(file));
  const engine = closure(starts.filter((file) => !OFFICE_WORKER.test(file)));
  return { initialJsGzipBytes: gzipBytes(initial), workerJsGzipBytes: gzipBytes(engine), officeJsGzipBytes: officeChunks(starts.filter((file) => OFFICE_WORKER.test(file))) };
}

/** The Office worker's own bytes, then each chunk it loads on demand, less what is loaded already. */
function officeChunks(starts: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const start of starts) {
    const loaded = closure([start]);
    out[chunkName(start)] = gzipBytes(loaded);
    const parts = [...loaded].flatMap((file) => [...readFileSync(file, 'utf8').matchAll(DYNAMIC_IMPORT)].map((m) => resolve(dirname(file), m[1]!)));
    for (const part of new Set(parts)) out[chunkName(part)] = gzipBytes([...closure([part])].filter((file) => !loaded.has(file)));
  }
  return out;
}

/** The files each figure counts, relative to the build, for a reader who wants to check them. */
export function bundleFiles(distDir: string): { initial: string[]; worker: string[] } {
  const root = resolve(distDir);
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const urls = [...attributeOf(html, 'script', /type\s*=\s*["']module["']/i, 'src'), ...attributeOf(html, 'link', /rel\s*=\s*["']modulepreload["']/i, 'href')];
  const workers = closure(workerEntries(root));
  const initial = [...closure(urls.map((url) => fileOf(root, url, root)).filter((f): f is string => f !== undefined))].filter((f) => f.endsWith('.js') && !workers.has(f));
  return { initial: initial.map((f) => relative(root, f)).sort(), worker: [...workers].map((f) => relative(root, f)).sort() };
}
