// Small files and functions (issue 12's targets): no function over 80 lines and no file over 300
// without a comment saying why it is long; the controller's core under 200 lines.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from './graph';
import { sizeProblems } from './size';

const root = join(import.meta.dirname, '../..');
const sources = readSources(root, ['src', 'workers']);

describe('the size of the code', () => {
  it('says why wherever a function runs over 80 lines or a file over 300', () => {
    expect(sizeProblems(sources)).toEqual([]);
  });

  it('keeps the core that runs every user action under 200 lines', () => {
    expect(sources.get('src/app/controller.ts')!.split('\n').length).toBeLessThan(200);
  });

  it('finds a long function and a long file that do not say why, and lets those that do be', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const a${i} = ${i};`).join('\n');
    const files = new Map([
      ['src/engine/a.ts', `export function quiet() {\n${body(85)}\n}\n`],
      ['src/engine/b.ts', `// long: one table, one line per rule\nexport function told() {\n${body(85)}\n}\n`],
      ['src/engine/c.ts', `export const short = () => {\n${body(10)}\n};\n`],
      ['src/engine/d.ts', `// a file\n${body(310)}\n`],
    ]);
    expect(sizeProblems(files)).toEqual([
      'src/engine/a.ts:1: a function of 87 lines, and no comment above it says why it is long',
      'src/engine/d.ts: 312 lines, and no comment at its head says why it is long',
    ]);
  });
});
