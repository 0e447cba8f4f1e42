// `npm run diff -- A B [--json] [--lang zh|en]`, driven through runDiff with files held in memory.
import { describe, expect, it } from 'vitest';
import { runDiff } from '../../src/cli/diffRun';
import type { CliIo } from '../../src/cli/run';
import { type RawFile, bureau, file, scenario, town, zone } from '../engine/build';

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: (path) => (Object.hasOwn(files, path) ? { text: files[path]! } : { error: 'ENOENT' }),
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const a: RawFile = {
  ...file({
    units: [zone('xs', { name: '锡山经开区' }), town('dg', { name: '东港镇' })],
    bureaus: [bureau('b1', 'xs', { name: '招商局', staff: { admin: 3 } }), bureau('b2', 'xs', { name: '城管局', category: 'social', staff: { admin: 4 } })],
    scenarios: [scenario('plan-a', [{ op: 'move', bureau: 'b2', to: 'dg' }], '方案甲')],
  }),
  title: '锡山区方案',
};
const b: RawFile = {
  ...a,
  bureaus: [{ ...a.bureaus[0]!, staff: { admin: 5, institutional: 0 } }, a.bureaus[1]!, bureau('b3', 'dg', { name: '经发局' })],
  scenarios: [scenario('plan-a', [{ op: 'move', bureau: 'b2', to: 'dg' }, { op: 'abolish', bureau: 'b1', doc: '锡编〔2025〕12号' }], '方案甲')],
};
const reordered: RawFile = { ...a, units: [...a.units].reverse(), bureaus: [...a.bureaus].reverse() };
const files = {
  'a.json': JSON.stringify(a),
  'b.json': JSON.stringify(b, null, 2),
  'a-reordered.json': JSON.stringify(reordered, null, '\t'),
  'bad.json': JSON.stringify({ ...a, title: '', bureaus: [{ ...a.bureaus[0]!, staff: { admin: -1, institutional: 0 } }] }),
};

describe('npm run diff', () => {
  it('exits 0 and says so when the files differ only in order and formatting', () => {
    const { io, stdout, stderr } = fakeIo(files);
    expect(runDiff(['a.json', 'a-reordered.json', '--lang', 'en'], io)).toBe(0);
    expect(stdout()).toContain('do not differ');
    expect(stderr()).toBe('');
  });

  it('exits 1 and prints what differs: bureaus by id, each operation with its sentence, the figures side by side', () => {
    const { io, stdout, stderr } = fakeIo(files);
    expect(runDiff(['a.json', 'b.json'], io)).toBe(1);
    const text = stdout();
    expect(text).toContain('b1 “招商局”');
    expect(text).toMatch(/\+ 机构 b3 “经发局”（仅 B 有）/);
    expect(text).toContain('B 第 2 项（仅 B 有）');
    expect(text).toContain('撤销');
    // 行政编制 by hand: A 3 + 4 = 7, B 5 + 4 + 0 = 9
    expect(text).toMatch(/行政编制\s+7\s+9\s+\+2/);
    expect(stderr()).toBe('');
  });

  it('with --json names each differing unit, bureau and operation by id, and gives the figures from the engine', () => {
    const { io, stdout } = fakeIo(files);
    expect(runDiff(['a.json', 'b.json', '--json'], io)).toBe(1);
    const out = JSON.parse(stdout());
    expect(out.same).toBe(false);
    expect(out.baseline.bureaus.map((c: { change: string; id: string }) => [c.change, c.id])).toEqual([['changed', 'b1'], ['added', 'b3']]);
    expect(out.proposals[0].id).toBe('plan-a');
    expect(out.proposals[0].operations).toEqual([
      { change: 'added', after: 1, operation: { op: 'abolish', bureau: 'b1', doc: '锡编〔2025〕12号' }, subject: { kind: 'bureau', id: 'b1' } },
    ]);
    const today = out.figures.find((f: { state: string }) => f.state === 'baseline');
    expect(today.before.staff).toEqual({ admin: 7, institutional: 0, total: 7 });
    expect(today.after.staff).toEqual({ admin: 9, institutional: 0, total: 9 });
    expect(today.differences).toContainEqual({ figure: 'bodies', unit: 'dg', before: 0, after: 1 });
  });

  it('exits 2 for a file that cannot be read or is invalid: one line per error, led by the file and the JSON path', () => {
    const missing = fakeIo(files);
    expect(runDiff(['a.json', 'gone.json'], missing.io)).toBe(2);
    expect(missing.stderr()).toMatch(/^gone\.json:\$ {2}\S/);
    expect(missing.stdout()).toBe('');
    const invalid = fakeIo(files);
    expect(runDiff(['bad.json', 'a.json', '--lang', 'en'], invalid.io)).toBe(2);
    const lines = invalid.stderr().trimEnd().split('\n');
    // b2 is missing from bad.json: plan-a's move of it is refused too, in the same pass
    expect(lines.map((l) => l.slice(0, l.indexOf('  ')))).toEqual(['bad.json:$.title', 'bad.json:$.bureaus[0].staff.admin', 'bad.json:$.scenarios[0].operations[0]']);
    expect(invalid.stdout()).toBe('');
  });

  it.each([
    ['one file', ['a.json']],
    ['three files', ['a.json', 'b.json', 'a.json']],
    ['an unknown option', ['a.json', 'b.json', '--verbose']],
    ['a language other than zh and en', ['a.json', 'b.json', '--lang', 'fr']],
    ['--lang without a value', ['a.json', 'b.json', '--lang']],
  ])('exits 2 for %s, printing nothing on standard output', (_name, argv) => {
    const { io, stdout, stderr } = fakeIo(files);
    expect(runDiff(argv, io)).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr()).toContain('npm run diff');
  });

  it('prints its usage with --help and exits 0', () => {
    const { io, stdout } = fakeIo(files);
    expect(runDiff(['--help', '--lang', 'en'], io)).toBe(0);
    expect(stdout()).toContain('Exit status: 0');
  });

  it('prints no control character or direction override taken from a file', () => {
    const nasty = '\u001b[2J\u001b]0;title\u0007招商\r\n局\u202e\u0085\u009b31m';
    const c: RawFile = { ...b, title: nasty, bureaus: [{ ...b.bureaus[0]!, name: nasty }, ...b.bureaus.slice(1)], scenarios: [scenario('plan-a', [{ op: 'abolish', bureau: 'b1', note: nasty }], nasty)] };
    for (const argv of [['a.json', 'c.json'], ['c.json', 'a.json', '--lang', 'en']]) {
      const { io, stdout } = fakeIo({ ...files, 'c.json': JSON.stringify(c) });
      expect(runDiff(argv, io)).toBe(1);
      const text = stdout();
      expect(text).toContain('招商 局');
      // no C0/C1 control other than the line breaks of the summary itself, no direction marks
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
  });
});
