// `npm run suggest` on every example: exit 0 with a plan whose report (the engine's, on the
// printed file) has none of the targeted errors, or exit 3 with each reason on standard error;
// 1 for an invalid file, 2 for wrong usage.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/run';
import { runSuggest } from '../../src/cli/runSuggest';
import { buildReport, loadScenarioFile, subjectText } from '../../src/engine';
import { PLAN_ERRORS } from '../../src/plan/types';

const dir = join(import.meta.dirname, '../../scenarios');
const examples = readdirSync(dir).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json'));

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { readFile: (p) => (Object.hasOwn(files, p) ? { text: files[p]! } : { error: 'ENOENT' }), stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('npm run suggest', () => {
  it.each(examples)('%s: the suggestion, opened and evaluated, has none of the errors it clears; what is left is said on standard error', async (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const { io, stdout, stderr } = fakeIo({ f: text });
    const code = await runSuggest(['f', '--json', '--lang', 'en'], io);
    const opened = loadScenarioFile(stdout());
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const report = buildReport(opened.loaded, { lang: 'en' });
    const suggested = report.scenarios.at(-1)!;
    expect(suggested.id).toMatch(/^suggested/);
    const today = new Set(report.baseline.violations.filter((v) => v.severity === 'error').map((v) => `${v.rule} ${subjectText(v.subject)}`));
    const left = suggested.violations.filter((v) => (PLAN_ERRORS as readonly string[]).includes(v.rule));
    expect(suggested.violations.filter((v) => v.severity === 'error' && !today.has(`${v.rule} ${subjectText(v.subject)}`))).toEqual([]);
    expect(code).toBe(left.length === 0 ? 0 : 3);
    const reasons = stderr().trim().split('\n').filter((line) => line.length > 0);
    expect(reasons.length).toBe(left.length);
    for (const v of left) expect(stderr()).toContain(v.rule);
  });

  it('exit 1 for an invalid file, 2 for wrong usage or a lock naming nothing', async () => {
    const xishan = readFileSync(join(dir, 'xishan-1-plus-4.json'), 'utf8');
    expect(await runSuggest(['f'], fakeIo({ f: '{' }).io)).toBe(1);
    expect(await runSuggest([], fakeIo({}).io)).toBe(2);
    expect(await runSuggest(['f', '--objective', 'cheapest'], fakeIo({ f: xishan }).io)).toBe(2);
    expect(await runSuggest(['f', '--also', 'body-cap'], fakeIo({ f: xishan }).io)).toBe(2);
    const io = fakeIo({ f: xishan });
    expect(await runSuggest(['f', '--lock', 'nobody'], io.io)).toBe(2);
    expect(io.stderr()).toContain('nobody');
  });

  it('a lock that leaves no plan: exit 3, and standard error names the lock', async () => {
    const xishan = readFileSync(join(dir, 'xishan-1-plus-4.json'), 'utf8');
    const { io, stderr } = fakeIo({ f: xishan });
    expect(await runSuggest(['f', '--lock', 'xs-ez', '--lang', 'en'], io)).toBe(3);
    expect(stderr()).toContain('the lock on');
  });
});
