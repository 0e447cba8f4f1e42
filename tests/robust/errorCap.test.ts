// SPEC §3 (v2): "A file with very many errors lists the first few hundred, then says exactly how
// many more there are". Issue: a bureaus list of five million `1`s was kept error by error until
// the tab died (and the command line took 25 s and 3 GB).
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/engine';
import { MAX_LISTED_ERRORS, errorCount } from '../../src/model';
import { parseScenarioFile } from '../../src/model/parse';

const head = { format: 'zonereform/scenario', version: 1, title: '方案', units: [{ id: 'u', name: '东港镇', kind: 'town' }], scenarios: [] };

function withBureaus(body: string): string {
  return `${JSON.stringify(head).slice(0, -1)},"bureaus":[${body}]}`;
}

describe('a file with very many errors', () => {
  it('lists the first few hundred with their paths, then one line at $ with exactly how many more', () => {
    const n = 200_000;
    const parsed = parseScenarioFile(withBureaus(Array(n).fill('1').join(',')));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.length).toBe(MAX_LISTED_ERRORS + 1);
    expect(parsed.errors.slice(0, 3).map((e) => e.path)).toEqual(['$.bureaus[0]', '$.bureaus[1]', '$.bureaus[2]']);
    const last = parsed.errors.at(-1)!;
    expect(last.path).toBe('$');
    expect(last.code).toBe('file.moreErrors');
    expect(last.message.zh).toContain(String(n - MAX_LISTED_ERRORS));
    expect(last.message.en).toContain(`and ${n - MAX_LISTED_ERRORS} more errors`);
    expect(errorCount(parsed.errors)).toBe(n);
  });

  it('counts exactly across the parts of a file: a few hundred listed in all, however many parts have errors', () => {
    const bureaus = Array.from({ length: 500 }, (_, i) => ({ id: `b${i}`, name: 'x', unit: 'ghost', type: 'internal', category: 'economic', functions: ['nope'], staff: { admin: 0, institutional: 0 }, leaderPosts: 0 }));
    const loaded = loadScenarioFile(JSON.stringify({ ...head, bureaus, scenarios: [{ id: 's', name: 's', operations: Array(400).fill({ op: 'abolish', bureau: 'zz' }) }] }));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    // 500 unknown units + 500 unknown functions; the first operation refused
    expect(errorCount(loaded.errors)).toBe(1001);
    expect(loaded.errors.length).toBe(MAX_LISTED_ERRORS + 1);
  });

  it('a list of ids too long to spread into one call is no crash: an operation naming 300,000 unknown duties', () => {
    const functions = Array.from({ length: 300_000 }, (_, i) => `f${i}`);
    const bureau = { id: 'n', name: 'x', unit: 'u', type: 'internal', category: 'economic', functions, staff: { admin: 0, institutional: 0 }, leaderPosts: 0 };
    const loaded = loadScenarioFile(JSON.stringify({ ...head, bureaus: [], scenarios: [{ id: 's', name: 's', operations: [{ op: 'create', bureau }] }] }));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.errors.every((e) => e.code !== 'file.notJson'), 'no internal error').toBe(true);
    expect(errorCount(loaded.errors)).toBe(300_000);
    expect(loaded.errors.length).toBeLessThanOrEqual(MAX_LISTED_ERRORS + 1);
  });

  it('forbidden keys are counted exactly too, not cut off at an arbitrary number', () => {
    const meta = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, JSON.parse('{"__proto__": 1}')]));
    const parsed = parseScenarioFile(JSON.stringify({ ...head, bureaus: [], meta }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(errorCount(parsed.errors)).toBe(1000);
  });
});
