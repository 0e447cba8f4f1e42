// Ids JavaScript objects are fond of are ids like any other (SPEC §3 forbids `__proto__`,
// `constructor` and `prototype` as keys, not as values): comparing, bringing in and merging match
// them by id, and nothing reads a property of Object.prototype instead.
import { describe, expect, it } from 'vitest';
import { runDiff } from '../../src/cli/diffRun';
import type { CliIo } from '../../src/cli/run';
import { applyMerge, compareFiles, diffFiles, planMerge } from '../../src/engine/share';
import type { ScenarioFile } from '../../src/model';
import { type RawFile, bureau, file, loaded, scenario, town, zone } from '../engine/build';

const NASTY = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

const raw: RawFile = file({
  units: [zone('toString', { name: '锡山经开区' }), town('valueOf', { name: '东港镇' }), town('__proto__', { name: '羊尖镇' })],
  bureaus: NASTY.map((id) => bureau(id, 'toString', { name: `局 ${id}`, staff: { admin: 1 } })),
  scenarios: NASTY.map((id) => scenario(id, [{ op: 'move', bureau: id, to: 'valueOf' }], `方案 ${id}`)),
});
const base = loaded(raw).file;

function withBureau(f: ScenarioFile, id: string, admin: number): ScenarioFile {
  return { ...f, bureaus: f.bureaus.map((b) => (b.id === id ? { ...b, staff: { ...b.staff, admin } } : b)) };
}

describe('nasty ids', () => {
  it('are compared by id: each change named, none found where there is none', () => {
    expect(diffFiles(base, base)).toEqual({ file: [], baseline: { units: [], bureaus: [], functions: [], rules: [] }, proposals: [] });
    const other: ScenarioFile = { ...withBureau(base, 'constructor', 4), units: base.units.filter((u) => u.id !== '__proto__'), scenarios: base.scenarios.slice(1) };
    const diff = diffFiles(base, other);
    expect(diff.baseline.units.map((c) => [c.change, c.id])).toEqual([['removed', '__proto__']]);
    expect(diff.baseline.bureaus.map((c) => [c.change, c.id])).toEqual([['changed', 'constructor']]);
    expect(diff.proposals.map((c) => [c.change, c.id])).toEqual([['removed', '__proto__']]);
    const figures = compareFiles(loaded(raw), loaded(other as unknown as RawFile), 'en').figures;
    expect(figures[0]!.differences).toContainEqual({ figure: 'staff', unit: 'toString', before: 6, after: 9 });
    // the unit __proto__ is gone in `other`: its figures stand against nothing, not against Object.prototype's
    expect(figures[0]!.differences.filter((d) => d.unit === '__proto__')).toEqual([
      { figure: 'bodies', unit: '__proto__', before: 0 },
      { figure: 'internalBodies', unit: '__proto__', before: 0 },
      { figure: 'staff', unit: '__proto__', before: 0 },
      { figure: 'leaderPosts', unit: '__proto__', before: 0 },
      { figure: 'economicRatio', unit: '__proto__', before: null },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('are merged by id, a conflict on each named by it', () => {
    const ours = withBureau(base, 'hasOwnProperty', 5);
    const theirs = withBureau(base, 'hasOwnProperty', 7);
    const planned = planMerge({ ancestor: base, ours, theirs });
    if (!planned.ok) return expect.fail('planned');
    expect(planned.plan.conflicts.map((c) => c.id)).toEqual(['bureau/hasOwnProperty/staff']);
    const result = applyMerge(planned.plan, new Map([['bureau/hasOwnProperty/staff', 'theirs']]));
    expect(result.ok && result.file.bureaus.find((b) => b.id === 'hasOwnProperty')!.staff.admin).toBe(7);
    expect(result.ok && result.file.scenarios.map((s) => s.id)).toEqual(NASTY);
  });

  it('come out of npm run diff --json by id', () => {
    const out: string[] = [];
    const files: Record<string, string> = { 'a.json': JSON.stringify(raw), 'b.json': JSON.stringify(withBureau(base, 'valueOf', 9)) };
    const io: CliIo = { readFile: (path) => ({ text: files[path]! }), stdout: (t) => out.push(t), stderr: () => {} };
    expect(runDiff(['a.json', 'b.json', '--json'], io)).toBe(1);
    const json = JSON.parse(out.join(''));
    expect(json.baseline.bureaus.map((c: { id: string }) => c.id)).toEqual(['valueOf']);
  });
});
