// The command line on what it should never choke on or pass through: files too large or endless
// (a pipe, /dev/zero), other encodings, five million errors, and names holding terminal escapes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCapped } from '../../src/cli/readCapped';
import { type CliIo, runEvaluate } from '../../src/cli/run';
import { MAX_FILE_BYTES, MAX_LISTED_ERRORS } from '../../src/model';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'zonereform-cli-'));

function run(files: Record<string, Uint8Array | string>, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: (path) => (Object.hasOwn(files, path) ? (typeof files[path] === 'string' ? { text: files[path] } : { bytes: files[path] as Uint8Array }) : { error: 'ENOENT' }),
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  const code = runEvaluate(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const ESC = '\u001b';
const nasty = `${ESC}[2J${ESC}]8;;http://x.example/${ESC}\\link${ESC}]8;;${ESC}\\\r\n\u009b31m\u202eevil`;
const file = (title: string) => ({
  format: 'zonereform/scenario', version: 1, title, region: title,
  units: [{ id: 'z', name: title, kind: 'zone', governance: 'separated' }, { id: 't', name: title, kind: 'town' }],
  bureaus: [{ id: 'b', name: title, unit: 'z', type: 'internal', category: 'social', functions: ['livelihood-services'], staff: { admin: 1, institutional: 0 }, leaderPosts: 0 }],
  scenarios: [{ id: 's', name: title, operations: [{ op: 'move', bureau: 'b', to: 't' }] }],
});

/** Every control character a terminal acts on. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('names with terminal escapes', () => {
  it('reach neither the readable summary nor the JSON report raw, and stay readable escaped', () => {
    const { code, stdout } = run({ 'f.json': JSON.stringify(file(nasty)) }, ['f.json', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(CONTROL);
    expect(stdout).toContain('\\u001b[2J');
    const json = run({ 'f.json': JSON.stringify(file(nasty)) }, ['f.json', '--json']);
    expect(json.stdout).not.toMatch(CONTROL);
    expect(JSON.parse(json.stdout).scenarios[0].name).toBe(nasty);
  });

  it('reach standard error escaped, one error a line', () => {
    const bad = { ...file(nasty), bureaus: [{ ...file(nasty).bureaus[0], unit: 'nowhere' }] };
    const { code, stderr } = run({ 'f.json': JSON.stringify(bad).replace('"meta"', '"x"').replace('"title"', `"${ESC}[2Jk":1,"title"`) }, ['f.json']);
    expect(code).toBe(1);
    expect(stderr).not.toMatch(CONTROL);
    // standard error holds path-led lines only (SPEC §9)
    for (const line of stderr.trimEnd().split('\n')) expect(line).toMatch(/^\$/);
  });
});

describe('a file with five million errors', () => {
  it('lists the first few hundred, then a last line that begins with $ and says exactly how many more', { timeout: 120_000 }, () => {
    const head = JSON.stringify({ format: 'zonereform/scenario', version: 1, title: 't', units: [{ id: 'u', name: 'U', kind: 'town' }], scenarios: [] }).slice(0, -1);
    const text = `${head},"bureaus":[${Array(5_000_000).fill('1').join(',')}]}`;
    const { code, stdout, stderr } = run({ 'big.json': text }, ['big.json', '--lang', 'en']);
    expect(code).toBe(1);
    // the count, exact, on standard output; standard error holds the errors alone
    expect(stdout).toContain('5000000 errors');
    const lines = stderr.trimEnd().split('\n');
    expect(lines.length).toBe(MAX_LISTED_ERRORS + 1);
    for (const line of lines) expect(line).toMatch(/^\$/);
    expect(lines.at(-1)).toBe(`$  … and ${5_000_000 - MAX_LISTED_ERRORS} more errors, not listed one by one (fix those above first).`);
  });
});

describe('other encodings', () => {
  it('UTF-16 is read, and a line at $ says so; text that is not UTF-8 nor GB18030 is refused', () => {
    const text = JSON.stringify(file('锡山区'));
    const utf16 = Buffer.from(`\ufeff${text}`, 'utf16le');
    const read = run({ 'u.json': utf16 }, ['u.json', '--lang', 'en']);
    expect(read.code).toBe(0);
    expect(read.stderr).toBe('$  The file is in UTF-16LE; it was converted to be read. Saving writes it as UTF-8.\n');
    expect(read.stdout).toContain('锡山区');
    const broken = run({ 'b.json': Uint8Array.from([0x7b, 0xff, 0x7d]) }, ['b.json', '--lang', 'en']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('$  The file is not UTF-8 text');
  });
});

describe('reading no more than the limit', () => {
  it('a regular file over the limit is refused by its size, before it is read', () => {
    const path = join(dir, 'sparse.json');
    writeFileSync(path, '');
    // a sparse file: 2 GB by its size, no time or memory to make
    spawnSync('truncate', ['-s', '2G', path]);
    expect(readCapped(path)).toEqual({ size: 2 * 1024 ** 3 });
  });

  it('/dev/zero is read only up to the limit, then refused', () => {
    const read = readCapped('/dev/zero');
    expect(read).toEqual({ size: undefined });
  });

  it('a pipe that goes on past the limit is refused, whole process, in bounded memory', () => {
    const result = spawnSync('sh', ['-c', `head -c ${MAX_FILE_BYTES * 3} /dev/zero | node --max-old-space-size=200 ${join(root, 'node_modules/tsx/dist/cli.mjs')} src/cli/evaluate.ts - --lang en`], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('more than the limit of 20 MB');
  });
});
