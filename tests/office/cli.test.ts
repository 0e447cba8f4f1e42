// `npm run table` (SPEC §11, exit codes as §9), driven through runTable with files and output in memory.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type TableIo, runTable } from '../../src/cli/tableCommand';
import { parseScenarioFile } from '../../src/model/parse';
import { importTable } from '../../src/office/tableImport';
import { validRows, workbook, BUREAU_HEADERS } from './workbooks';

const example = readFileSync(new URL('../../scenarios/xishan-1-plus-4.json', import.meta.url));

function fakeIo(files: Record<string, Uint8Array>) {
  const out: Array<string | Uint8Array> = [];
  const err: string[] = [];
  const io: TableIo = {
    readFile: (path) => (Object.hasOwn(files, path) ? { bytes: files[path]! } : { error: 'ENOENT' }),
    stdout: (data) => out.push(data),
    stderr: (text) => err.push(text),
  };
  const bytes = () => {
    const parts = out.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p));
    const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    return all;
  };
  return { io, bytes, text: () => new TextDecoder().decode(bytes()), stderr: () => err.join('') };
}

const { units, bureaus } = validRows();
const good = workbook([{ name: '单位', rows: units }, { name: '机构', rows: bureaus }]);
const bad = workbook([{ name: '单位', rows: units }, { name: '机构', rows: [BUREAU_HEADERS, ['x', 'kfq', '招商局', '内设机构', '经济发展类', '', '十二', 0, 1], ['y', 'nowhere', '经发局', '内设机构', '经济发展类', '', 1, 0, 1]] }]);
const files = { 'good.xlsx': good, 'bad.xlsx': bad, 'xishan.json': new Uint8Array(example), 'broken.json': new TextEncoder().encode('{') };

describe('table import', () => {
  it('writes the scenario file on standard output and exits 0', async () => {
    const { io, text, stderr } = fakeIo(files);
    expect(await runTable(['import', 'good.xlsx'], io)).toBe(0);
    const parsed = parseScenarioFile(text());
    expect(parsed.ok && parsed.file.bureaus.map((b) => b.id)).toEqual(['zs', 'jj', 'sh']);
    expect(stderr()).toBe('');
  });

  it('exits 1 with every error on standard error, one a line, each beginning with its sheet!cell', async () => {
    const { io, text, stderr } = fakeIo(files);
    expect(await runTable(['import', 'bad.xlsx', '--lang', 'en'], io)).toBe(1);
    expect(text()).toBe('');
    expect(stderr().trimEnd().split('\n')).toEqual([
      '机构!G2 (行政编制): must be a whole number, 0 or more; found “十二”',
      '机构!B3 (所属单位): no unit “nowhere”: give the ID or the exact name of a unit of the Units sheet',
    ]);
  });

  it('exits 2 for wrong usage and for a file it cannot read', async () => {
    for (const argv of [[], ['import'], ['import', 'a', 'b'], ['import', 'good.xlsx', '--bogus'], ['export', 'xishan.json', '--scenario'], ['import', 'good.xlsx', '--kind', '某镇=village']]) {
      const { io, stderr } = fakeIo(files);
      expect(await runTable(argv, io), argv.join(' ')).toBe(2);
      expect(stderr()).toContain('npm run -s table');
    }
    const { io, stderr } = fakeIo(files);
    expect(await runTable(['import', 'missing.xlsx'], io)).toBe(2);
    expect(stderr()).toContain('ENOENT');
  });
});

describe('table export', () => {
  it('writes an .xlsx that imports back to the same organisation', async () => {
    const { io, bytes } = fakeIo(files);
    expect(await runTable(['export', 'xishan.json'], io)).toBe(0);
    const result = importTable(bytes(), { fileName: 'x.xlsx' });
    const original = parseScenarioFile(new TextDecoder().decode(example));
    expect(result.ok && original.ok && result.file.bureaus).toEqual(original.ok && original.file.bureaus);
  });

  it('writes a deck or a document with --pptx / --docx, for the proposals chosen', async () => {
    const deck = fakeIo(files);
    expect(await runTable(['export', 'xishan.json', '--pptx', '--scenario', 'plan-b'], deck.io)).toBe(0);
    expect(Object.keys(unzipSync(deck.bytes()))).toContain('ppt/presentation.xml');
    const doc = fakeIo(files);
    expect(await runTable(['export', 'xishan.json', '--docx', '--scenario=plan-a'], doc.io)).toBe(0);
    expect(new TextDecoder().decode(unzipSync(doc.bytes())['word/document.xml']!)).toContain('方案A');
  });

  it('exits 1 for an invalid scenario file, with path-led lines, and 2 for an unknown proposal', async () => {
    const broken = fakeIo(files);
    expect(await runTable(['export', 'broken.json'], broken.io)).toBe(1);
    expect(broken.stderr()).toMatch(/^\$ /);
    const unknown = fakeIo(files);
    expect(await runTable(['export', 'xishan.json', '--scenario', 'nope'], unknown.io)).toBe(2);
  });

  it('writes the template', async () => {
    const { io, bytes } = fakeIo(files);
    expect(await runTable(['template'], io)).toBe(0);
    expect(importTable(bytes(), { fileName: 't.xlsx' }).ok).toBe(true);
  });
});
