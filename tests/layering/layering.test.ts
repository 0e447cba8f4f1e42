// Layers only import downward (model → engine → worker → app → ui; the command line on the
// engine), the view takes only types from the engine, and the engine keeps no state at module
// level. Read from the import graph of src/ and workers/; the checker is shown failing on small
// graphs, and on the real one with one import added that runs upward.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edgesOf, layeringProblems, moduleStateProblems, readSources } from './graph';

const root = join(import.meta.dirname, '../..');
const sources = readSources(root, ['src', 'workers']);

/** The real sources with one file's text changed. */
const withText = (path: string, change: (text: string) => string) => new Map([...sources].map(([p, text]) => [p, p === path ? change(text) : text]));

describe('the layers of the code', () => {
  it('reads the graph: every file, and the edges it has', () => {
    expect(sources.size).toBeGreaterThan(100);
    const edges = edgesOf(sources);
    // a few edges known to be there, of each kind the reader must see
    expect(edges).toContainEqual({ from: 'src/engine/report.ts', to: 'src/engine/evaluator.ts', typeOnly: false });
    expect(edges).toContainEqual({ from: 'src/ui/App.tsx', to: 'src/engine/index.ts', typeOnly: true });
    expect(edges).toContainEqual({ from: 'src/app/engineBridge.ts', to: 'workers/api.ts', typeOnly: false }); // import('…') on first use
    expect(edges).toContainEqual({ from: 'src/main.tsx', to: 'workers/engine.worker.ts', typeOnly: false }); // new Worker(new URL(…))
  });

  it('has no import that runs upward, and every file is in a layer', () => {
    expect(layeringProblems(sources)).toEqual([]);
  });

  it('keeps no mutable state at module level in the engine', () => {
    expect(moduleStateProblems(sources)).toEqual([]);
  });

  it('fails when an import is added that runs upward', () => {
    const upward = withText('src/engine/figures.ts', (text) => `import { createStore } from '../app/store';\n${text}`);
    expect(layeringProblems(upward)).toEqual(['src/engine/figures.ts → src/app/store.ts: engine may not import anything from app']);
    const viewTakesEngine = withText('src/ui/Notices.tsx', (text) => `import { buildReport } from '../engine';\n${text}`);
    expect(layeringProblems(viewTakesEngine)).toEqual(['src/ui/Notices.tsx → src/engine/index.ts: ui may not import values from engine']);
    const workerTakesCatalogue = withText('src/model/errors.ts', (text) => `import { translate } from '../i18n';\n${text}`);
    expect(layeringProblems(workerTakesCatalogue)).toEqual(['src/model/errors.ts → src/i18n/index.ts: model may not import values from i18n']);
  });

  it('fails when the engine keeps state at module level', () => {
    const stateful = withText('src/engine/lookup.ts', (text) => `${text}\nconst positions = new WeakMap<object, number>();\nlet made = 0;\nexport const seen: string[] = [];\n`);
    expect(moduleStateProblems(stateful).map((p) => p.replace(/:\d+:/, ':'))).toEqual([
      'src/engine/lookup.ts: module-level new WeakMap<object, number>',
      'src/engine/lookup.ts: module-level let made = 0;',
      'src/engine/lookup.ts: module-level mutable array (type it readonly, or `as const`)',
    ]);
  });
});

describe('the checker on small graphs', () => {
  const graph = (files: Record<string, string>) => new Map(Object.entries(files));

  it('tells type-only imports from imports of values, on one line or many', () => {
    const files = graph({
      'src/ui/a.tsx': "import type { Report } from '../engine/r';\nimport {\n  type Violation,\n  buildReport,\n} from '../engine/r';\nexport type { X } from '../engine/r';",
      'src/engine/r.ts': 'export const x = 1;',
    });
    expect(edgesOf(files)).toEqual([
      { from: 'src/ui/a.tsx', to: 'src/engine/r.ts', typeOnly: true },
      { from: 'src/ui/a.tsx', to: 'src/engine/r.ts', typeOnly: false },
      { from: 'src/ui/a.tsx', to: 'src/engine/r.ts', typeOnly: true },
    ]);
    expect(layeringProblems(files)).toEqual(['src/ui/a.tsx → src/engine/r.ts: ui may not import values from engine']);
  });

  it('finds every upward edge: engine → app, model → engine, workers → app, a dynamic import, a bare import', () => {
    const files = graph({
      'src/engine/e.ts': "import { a } from '../app/a';",
      'src/model/m.ts': "import type { E } from '../engine/e';",
      'workers/w.ts': "const app = import('../src/app/a');",
      'src/i18n/lang.ts': "import '../model/m';",
      'src/app/a.ts': "import { e } from '../engine/e';",
    });
    expect(layeringProblems(files)).toEqual([
      'src/engine/e.ts → src/app/a.ts: engine may not import anything from app',
      'src/model/m.ts → src/engine/e.ts: model may not import types from engine',
      'workers/w.ts → src/app/a.ts: workers may not import anything from app',
      'src/i18n/lang.ts → src/model/m.ts: i18n-engine may not import anything from model',
    ]);
  });

  it('names a file that no layer holds', () => {
    expect(layeringProblems(graph({ 'src/solver/plan.ts': 'export {};' }))).toEqual(['src/solver/plan.ts: in no layer (add it to tests/layering/layers.ts)']);
  });

  it('lets readonly, frozen and `as const` tables be', () => {
    const files = graph({
      'src/engine/t.ts': [
        'const A: readonly string[] = [];',
        "export const B = ['x', 'y'] as const;",
        'const C: ReadonlyArray<number> = [1];',
        'const D: Readonly<{ a: number }> = Object.freeze({ a: 1 });',
        'const E = [',
        "  'x',",
        '] as const;',
        'const F = {',
        '  a: 1,',
        '};',
        "const G: ReadonlySet<string> = new Set(['a']);",
        "const H = new Set(['a']);",
      ].join('\n'),
    });
    expect(moduleStateProblems(files)).toEqual([
      'src/engine/t.ts:8: module-level mutable object (type it readonly, or `as const`)',
      'src/engine/t.ts:12: module-level new Set',
    ]);
  });
});
