// The import graph of the code, read from the source text (TypeScript's own compiler has no API in
// the version we use), and the checks the layering test makes on it: no import that runs upward,
// and no module-level mutable state in a stateless layer.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { type Layer, LAYERS } from './layers';

/** Source files by their path from the repository root ('src/engine/apply.ts'), with their text. */
export type Sources = ReadonlyMap<string, string>;

export interface Edge {
  from: string;
  to: string;
  /** Only types cross it (`import type …`, `export type … from`): nothing of it runs. */
  typeOnly: boolean;
}

/** Every .ts / .tsx file under the folders given, read from `root`. */
export function readSources(root: string, folders: readonly string[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const folder of folders) {
    const walk = (dir: string) => {
      for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
        const path = posix.join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name)) sources.set(path, readFileSync(join(root, path), 'utf8'));
      }
    };
    if (existsSync(join(root, folder))) walk(folder);
  }
  return sources;
}

// import … from '…' / export … from '…', across lines; `type` after the keyword marks it type-only
const STATIC = /^[ \t]*(import|export)[ \t]+(type[ \t]+)?((?:[\w$]+[ \t]*,[ \t]*)?(?:\{[^}]*\}|\*(?:[ \t]+as[ \t]+[\w$]+)?|[\w$]+))[ \t]+from[ \t]+['"]([^'"]+)['"]/gm;
const BARE = /^[ \t]*import[ \t]+['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const WORKER_URL = /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;

/** The file a relative specifier names, among the sources; undefined for packages and assets. */
function resolve(from: string, specifier: string, sources: Sources): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = posix.normalize(posix.join(posix.dirname(from), specifier.split('?')[0]!));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((candidate) => sources.has(candidate));
}

export function edgesOf(sources: Sources): Edge[] {
  const edges: Edge[] = [];
  for (const [from, text] of sources) {
    const add = (specifier: string, typeOnly: boolean) => {
      const to = resolve(from, specifier, sources);
      if (to) edges.push({ from, to, typeOnly });
    };
    for (const match of text.matchAll(STATIC)) add(match[4]!, match[2] !== undefined);
    for (const match of text.matchAll(BARE)) add(match[1]!, false);
    for (const match of text.matchAll(DYNAMIC)) add(match[1]!, false);
    for (const match of text.matchAll(WORKER_URL)) add(match[1]!, false);
  }
  return edges;
}

export function layerOf(path: string, layers: readonly Layer[] = LAYERS): Layer | undefined {
  return layers.find((layer) => layer.files?.includes(path) || (layer.under !== undefined && path.startsWith(layer.under)));
}

/** Every import that runs upward or sideways into a layer not allowed, and every file without a layer. */
export function layeringProblems(sources: Sources, layers: readonly Layer[] = LAYERS): string[] {
  const problems: string[] = [];
  for (const path of sources.keys()) if (!layerOf(path, layers)) problems.push(`${path}: in no layer (add it to tests/layering/layers.ts)`);
  for (const edge of edgesOf(sources)) {
    const from = layerOf(edge.from, layers);
    const to = layerOf(edge.to, layers);
    if (!from || !to || from === to || from.may.includes(to.name)) continue;
    if (edge.typeOnly && from.types?.includes(to.name)) continue;
    const what = from.types?.includes(to.name) ? 'values' : edge.typeOnly ? 'types' : 'anything';
    problems.push(`${edge.from} → ${edge.to}: ${from.name} may not import ${what} from ${to.name}`);
  }
  return problems;
}

/**
 * Module-level mutable state in the files of stateless layers: a top-level `let` or `var`, a map or
 * set made at the top level, or an array or object literal that is neither typed readonly nor
 * frozen nor `as const`.
 */
export function moduleStateProblems(sources: Sources, layers: readonly Layer[] = LAYERS): string[] {
  const problems: string[] = [];
  for (const [path, text] of sources) {
    if (!layerOf(path, layers)?.stateless) continue;
    const lines = text.split('\n');
    lines.forEach((line, index) => {
      const where = `${path}:${index + 1}`;
      if (/^(export\s+)?(let|var)\s/.test(line)) return void problems.push(`${where}: module-level ${line.trim()}`);
      const constant = /^(?:export\s+)?const\s+[\w$]+\s*(?::\s*([^=]+))?=\s*(.*)$/.exec(line);
      if (!constant) return;
      const [, type = '', init = ''] = constant;
      // a table typed read-only (ReadonlySet, ReadonlyMap, readonly T[], Readonly<…>) is no state
      if (/^\s*(readonly\b|Readonly)/.test(type)) return;
      if (/^new\s+(Map|Set|WeakMap|WeakSet|Array)\b/.test(init)) return void problems.push(`${where}: module-level ${init.split('(')[0]}`);
      if (!/^[[{]/.test(init)) return;
      // the whole statement: up to the line that closes it at the start of a line
      let end = index;
      if (!/[\]}]\s*(as const)?;?\s*$/.test(line) || /[[{]\s*$/.test(line)) while (end < lines.length - 1 && !/^[\]}]/.test(lines[end]!)) end++;
      const statement = lines.slice(index, end + 1).join('\n');
      const frozen = /\bas const\b/.test(statement) || /^\s*(readonly\b|Readonly)/.test(type);
      if (!frozen) problems.push(`${where}: module-level mutable ${init.startsWith('[') ? 'array' : 'object'} (type it readonly, or \`as const\`)`);
    });
  }
  return problems;
}
