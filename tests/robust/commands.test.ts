// Every command of the command line (evaluate, suggest, diff, table) reads its files one way: no
// more than the limit, decoded strictly (GB18030 and UTF-16 read and said on a `$` line, other
// bytes refused), and prints nothing from a file that a terminal would act on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiff } from '../../src/cli/diffRun';
import type { CliIo } from '../../src/cli/run';
import { runSuggest } from '../../src/cli/runSuggest';
import { type TableIo, runTable } from '../../src/cli/tableCommand';
import gb18030 from '../browser/gb18030';
import { BUREAU_HEADERS } from '../office/workbooks';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'zonereform-commands-'));
const xishanPath = join(root, 'scenarios/xishan-1-plus-4.json');
const xishan = readFileSync(xishanPath, 'utf8');
const title = JSON.parse(xishan).title as string;

const at = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const gb = at('gb.json', gb18030(xishan));
const utf16 = at('u16.json', Buffer.from(`\ufeff${xishan}`, 'utf16le'));
const broken = at('broken.json', Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0xff, 0x7d]));
const big = at('big.json', '');
spawnSync('truncate', ['-s', '30M', big]);

function cli(script: string, args: readonly string[]) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), `src/cli/${script}.ts`, ...args], { cwd: root, encoding: 'buffer', maxBuffer: 64 << 20 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

const COMMANDS: ReadonlyArray<[name: string, script: string, args: (file: string) => string[], invalid: number]> = [
  ['evaluate', 'evaluate', (f) => [f, '--lang', 'en'], 1],
  ['suggest', 'suggest', (f) => [f, '--json', '--lang', 'en'], 1],
  ['diff', 'diff', (f) => [f, xishanPath, '--lang', 'en'], 2],
  ['table export', 'tableMain', (f) => ['export', f, '--lang', 'en'], 1],
];

describe.each(COMMANDS)('npm run %s', (_, script, args, invalid) => {
  it('reads a GB18030 file whole, says so on a line that begins with $, and refuses bytes that are no text and a file over the limit', { timeout: 120_000 }, () => {
    const read = cli(script, args(gb));
    expect(read.stderr).toMatch(/(^|\n)(\S+:)?\$  The file is in GB18030; it was converted to be read\./);
    if (script === 'evaluate') expect(read.stdout.toString('utf8')).toContain(title);
    // the same file in another encoding is the same file: nothing differs
    if (script === 'diff') expect(read.status).toBe(0);
    if (script === 'suggest') expect(JSON.parse(read.stdout.toString('utf8')).title).toBe(title);
    if (script === 'tableMain') expect(read.stdout.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(cli(script, args(utf16)).stderr).toContain('$  The file is in UTF-16LE');
    const refused = cli(script, args(broken));
    expect(refused.status).toBe(invalid);
    expect(refused.stderr).toContain('$  The file is not UTF-8 text');
    const tooLarge = cli(script, args(big));
    expect(tooLarge.status).toBe(invalid);
    expect(tooLarge.stderr).toContain('The file is too large: 30.0 MB, over the limit of 20 MB; it was not read');
  });
});

const ESC = '\u001b';
const nasty = `${ESC}[2J${ESC}]8;;http://x.example/${ESC}\\link${ESC}]8;;${ESC}\\\r\n\u009b31m\u202eevil\u2028`;
/** Every control or direction character a terminal acts on (a line break only as the output's own). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The example with a nasty name on the title, a unit, a bureau and the first proposal. */
function nastyFile(): string {
  const file = JSON.parse(xishan);
  file.title = nasty;
  file.units[0].name = nasty;
  file.bureaus[0].name = nasty;
  file.scenarios[0].name = nasty;
  return JSON.stringify(file);
}

function memoryIo(files: Record<string, string | Uint8Array>) {
  const out: Array<string | Uint8Array> = [];
  const err: string[] = [];
  const io: CliIo & TableIo = {
    readFile: (path) => (Object.hasOwn(files, path) ? (typeof files[path] === 'string' ? { text: files[path] } : { bytes: files[path] as Uint8Array }) : { error: 'ENOENT' }),
    stdout: (data: string | Uint8Array) => out.push(data),
    stderr: (text) => err.push(text),
  };
  return { io, stdout: () => out.map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p))).join(''), stderr: () => err.join('') };
}

describe('names holding terminal escapes', () => {
  it('suggest: neither the plan nor the file it prints holds one raw, and the file reads back the same', { timeout: 120_000 }, async () => {
    const text = nastyFile();
    const plain = memoryIo({ f: text });
    await runSuggest(['f', '--lang', 'en', '--scenario', JSON.parse(text).scenarios[0].id], plain.io);
    expect(plain.stdout().length).toBeGreaterThan(0);
    expect(plain.stdout()).not.toMatch(CONTROL);
    expect(plain.stderr()).not.toMatch(CONTROL);
    const json = memoryIo({ f: text });
    await runSuggest(['f', '--json'], json.io);
    expect(json.stdout()).not.toMatch(CONTROL);
    expect(JSON.parse(json.stdout()).title).toBe(nasty);
  });

  it('diff --json: none raw, and the names read back the same', () => {
    const { io, stdout } = memoryIo({ a: xishan, b: nastyFile() });
    expect(runDiff(['a', 'b', '--json'], io)).toBe(1);
    expect(stdout()).not.toMatch(CONTROL);
    expect(JSON.parse(stdout()).b.title).toBe(nasty);
  });

  it('diff: an invalid file’s errors, led by its name, hold none raw', () => {
    const bad = nastyFile().replace('"format"', `"${ESC}[2Jkey":1,"format"`);
    const { io, stderr } = memoryIo({ a: xishan, [`b${ESC}[2J`]: bad });
    expect(runDiff(['a', `b${ESC}[2J`, '--lang', 'en'], io)).toBe(2);
    expect(stderr()).not.toMatch(CONTROL);
    for (const line of stderr().trimEnd().split('\n')) expect(line).toMatch(/^b\\u001b\[2J:\$/);
  });

  it('table import: the scenario file printed holds none raw, and the name reads back the same', async () => {
    const csv = `${BUREAU_HEADERS.join(',')}\nb1,锡山经济开发区管委会,"${nasty.replace(/"/g, '""')}",内设机构,经济发展类,,1,0,0\n`;
    const { io, stdout, stderr } = memoryIo({ 't.csv': new TextEncoder().encode(csv) });
    expect(await runTable(['import', 't.csv'], io)).toBe(0);
    expect(stderr()).toBe('');
    expect(stdout()).not.toMatch(CONTROL);
    expect(JSON.parse(stdout()).bureaus[0].name).toBe(nasty);
  });
});
