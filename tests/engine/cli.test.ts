// SPEC §9: `evaluate FILE [--json] [--scenario ID] [--lang zh|en]`, driven through runEvaluate
// with files and output held in memory.
import { describe, expect, it } from 'vitest';
import { type CliIo, runEvaluate } from '../../src/cli/run';
import { buildReport, loadScenarioFile, reportJson } from '../../src/engine';
import { type RawFile, bureau, file, loaded, scenario, zone } from './build';

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

const good: RawFile = {
  ...file({
    units: [zone('xs', { name: '锡山经开区', bodyCap: 1 })],
    bureaus: [
      bureau('a', 'xs', { name: '招商局', staff: { admin: 3, institutional: 0 } }),
      bureau('b', 'xs', { name: '经发局', staff: { admin: 2, institutional: 1 } }),
    ],
    scenarios: [
      scenario('alpha', [{ op: 'merge', bureaus: ['a', 'b'], into: { id: 'ab', name: '经济发展局' } }], '方案甲'),
      scenario('beta', [{ op: 'abolish', bureau: 'b' }], '方案乙'),
    ],
  }),
  title: '锡山区功能区统筹方案',
};

// two problems the parser finds, in different parts of the file
const bad: RawFile = { ...file({ units: [zone('xs')], bureaus: [bureau('a', 'xs', { staff: { admin: -1 } })] }), title: '' };

// a file whose only problem is an operation that cannot be applied
const refused: RawFile = file({ units: [zone('xs')], scenarios: [scenario('s', [{ op: 'abolish', bureau: 'ghost' }])] });

const files = { 'good.json': JSON.stringify(good), 'bad.json': JSON.stringify(bad), 'refused.json': JSON.stringify(refused) };

describe('evaluate on a valid file', () => {
  it('exits 0 and prints a summary with the title, every scenario and the violations', () => {
    const { io, stdout, stderr } = fakeIo(files);
    expect(runEvaluate(['good.json', '--lang', 'en'], io)).toBe(0);
    const text = stdout();
    for (const words of ['锡山区功能区统筹方案', '方案甲', '方案乙', 'body-cap', 'xs']) expect(text).toContain(words);
    expect(stderr()).toBe('');
  });

  it('prints in Chinese with --lang zh and in English with --lang en', () => {
    const zh = fakeIo(files);
    const en = fakeIo(files);
    expect(runEvaluate(['good.json', '--lang', 'zh'], zh.io)).toBe(0);
    expect(runEvaluate(['good.json', '--lang', 'en'], en.io)).toBe(0);
    const report = buildReport(loaded(good), { lang: 'zh' });
    const enReport = buildReport(loaded(good), { lang: 'en' });
    expect(zh.stdout()).toContain(report.baseline.violations[0]!.message);
    expect(en.stdout()).toContain(enReport.baseline.violations[0]!.message);
    expect(zh.stdout()).not.toContain(enReport.baseline.violations[0]!.message);
  });

  it('prints with --json the report as buildReport makes it, each subject as SPEC §7 writes it', () => {
    const { io, stdout, stderr } = fakeIo(files);
    expect(runEvaluate(['good.json', '--json', '--lang', 'en'], io)).toBe(0);
    const expected = reportJson(buildReport(loaded(good), { lang: 'en' }));
    expect(JSON.parse(stdout())).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(stderr()).toBe('');
  });

  it('prints each subject with --json as a string, a duplicated duty as unitId/functionId', () => {
    const twice: RawFile = file({
      units: [zone('xs', { name: '锡山经开区' })],
      bureaus: [bureau('a', 'xs', { functions: ['investment-promotion'] }), bureau('b', 'xs', { functions: ['investment-promotion', 'urban-management'] })],
    });
    const { io, stdout } = fakeIo({ 'twice.json': JSON.stringify(twice) });
    expect(runEvaluate(['twice.json', '--json'], io)).toBe(0);
    const printed = JSON.parse(stdout()) as { baseline: { violations: Array<{ rule: string; subject: unknown }> } };
    expect(printed.baseline.violations.map((v) => [v.rule, v.subject])).toEqual([
      ['function-duplicate', 'xs/investment-promotion'],
      ['social-in-zone', 'b'],
    ]);
  });

  it('keeps only one scenario, and the baseline, with --scenario', () => {
    const { io, stdout } = fakeIo(files);
    expect(runEvaluate(['--scenario', 'beta', 'good.json', '--json', '--lang', 'zh'], io)).toBe(0);
    const expected = reportJson(buildReport(loaded(good), { lang: 'zh', scenario: 'beta' }));
    const printed = JSON.parse(stdout());
    expect(printed).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(printed.scenarios.map((s: { id: string }) => s.id)).toEqual(['beta']);
  });

  it('leaves the other scenarios out of the summary with --scenario', () => {
    const { io, stdout } = fakeIo(files);
    expect(runEvaluate(['good.json', '--scenario', 'alpha', '--lang', 'en'], io)).toBe(0);
    expect(stdout()).toContain('方案甲');
    expect(stdout()).not.toContain('方案乙');
  });
});

describe('evaluate on an invalid file', () => {
  it('exits 1 and writes each error on its own line of standard error, starting with its JSON path', () => {
    const result = loadScenarioFile(files['bad.json']);
    if (result.ok) return expect.fail('the file should be invalid');
    expect(result.errors.map((e) => e.path).sort()).toEqual(['$.bureaus[0].staff.admin', '$.title']);
    const { io, stdout, stderr } = fakeIo(files);
    expect(runEvaluate(['bad.json', '--lang', 'en'], io)).toBe(1);
    // v2: standard error holds the error lines alone; the count goes to standard output
    expect(stdout()).toBe('The file is invalid: 2 errors (on standard error, one a line, each starting with its JSON path); nothing was evaluated.\n');
    const lines = stderr().split('\n').filter((line) => line !== '');
    const pathLines = lines.filter((line) => line.startsWith('$'));
    expect(lines).toEqual(pathLines);
    expect(pathLines).toHaveLength(result.errors.length);
    for (const error of result.errors) {
      const line = pathLines.find((l) => l.startsWith(`${error.path} `));
      expect(line, error.path).toBeDefined();
      expect(line).toContain(error.message.en);
    }
  });

  it('names the operation that cannot be applied by its path', () => {
    const { io, stdout, stderr } = fakeIo(files);
    expect(runEvaluate(['refused.json', '--lang', 'zh'], io)).toBe(1);
    expect(stdout()).toContain('共 1 处错误');
    const lines = stderr().split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\$\.scenarios\[0\]\.operations\[0\]\s/);
    expect(lines[0]).toContain('ghost');
  });

  /** Runs evaluate on `text` in both languages: each error must take exactly one line. */
  function expectOneLineEach(text: string): void {
    const result = loadScenarioFile(text);
    if (result.ok) return expect.fail('the file should be invalid');
    for (const lang of ['zh', 'en']) {
      const { io, stderr } = fakeIo({ 'f.json': text });
      expect(runEvaluate(['f.json', '--lang', lang], io)).toBe(1);
      const lines = stderr().split('\n').filter((line) => line !== '');
      // every line is one error, starting with its path (v2: no heading)
      expect(lines.filter((line) => line.startsWith('$'))).toHaveLength(result.errors.length);
      expect(lines.filter((line) => !line.startsWith('$')), `${lang}:\n${stderr()}`).toEqual([]);
    }
  }

  it('keeps each error on one line when a scenario or bureau name holds a line break', () => {
    // names are any non-empty text of at most 200 characters (SPEC §3)
    const named: RawFile = file({
      units: [zone('xs')],
      bureaus: [bureau('a', 'xs', { name: '招商\n局' })],
      scenarios: [scenario('s', [{ op: 'move', bureau: 'a', to: 'xs' }], '方案\n甲')],
    });
    expectOneLineEach(JSON.stringify(named));
  });

  it('keeps each error on one line when an unknown key holds a line break', () => {
    expectOneLineEach(JSON.stringify({ ...file({ units: [zone('xs')] }), 'no\ntes': 'typo' }));
  });

  it('exits 1 for a file over 20 MB, with the error at $', () => {
    const big: CliIo = { ...fakeIo({}).io, readFile: () => ({ size: 20 * 1024 * 1024 + 1 }) };
    const err: string[] = [];
    big.stderr = (text) => err.push(text);
    expect(runEvaluate(['big.json'], big)).toBe(1);
    expect(err.join('').split('\n').filter((line) => line !== '')).toEqual([expect.stringMatching(/^\$\s/)]);
  });

  it('exits 1 for text that is not JSON', () => {
    const { io, stderr } = fakeIo({ 'broken.json': '{"format": ' });
    expect(runEvaluate(['broken.json'], io)).toBe(1);
    const lines = stderr().split('\n').filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.startsWith('$'))).toBe(true);
  });
});

describe('evaluate used wrongly', () => {
  it.each([
    ['no file', []],
    ['two files', ['good.json', 'bad.json']],
    ['an unknown option', ['good.json', '--verbose']],
    ['a scenario the file does not have', ['good.json', '--scenario', 'gamma']],
    ['the baseline named as a scenario', ['good.json', '--scenario', 'baseline']],
    ['a language other than zh and en', ['good.json', '--lang', 'fr']],
    ['--lang without a value', ['good.json', '--lang']],
    ['--scenario without a value', ['good.json', '--scenario']],
  ])('exits 2 for %s, printing nothing on standard output', (_name, argv) => {
    const { io, stdout, stderr } = fakeIo(files);
    expect(runEvaluate(argv, io)).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr().length).toBeGreaterThan(0);
  });
});
