// SPEC §8: the report's shape, its order, and that it is the same every time.
import { describe, expect, it } from 'vitest';
import { buildReport, loadScenarioFile, subjectText } from '../../src/engine';
import { bureau, file, group, loaded, report, scenario, town, violationsOf, zone } from './build';

const raw = file({
  units: [zone('xs', { name: '锡山经开区', bodyCap: 1, territory: ['dg'] }), town('dg', { name: '东港镇' })],
  bureaus: [
    bureau('a', 'xs', { name: '招商局', functions: ['investment-promotion'], staff: { admin: 3, institutional: 1 }, leaderPosts: 1 }),
    bureau('b', 'xs', { name: '综合办', category: 'general', functions: ['finance'], staff: { admin: 2, institutional: 0 } }),
    bureau('c', 'xs', { name: '经发局', functions: ['industry-development'] }),
    bureau('t', 'dg', { name: '经济服务中心', functions: ['talent-attraction'] }),
  ],
  scenarios: [
    scenario('zeta', [{ op: 'abolish', bureau: 'b' }], '方案Z'),
    scenario('alpha', [{ op: 'merge', bureaus: ['a', 'c'], into: { id: 'ac', name: '经济发展局' } }], '方案A'),
    scenario('mid', [], '方案M'),
  ],
});

const keys = (value: unknown): string[] => Object.keys(value as object).sort();

describe('the report', () => {
  it('has exactly the fields of SPEC §8 at every level', () => {
    const built = report(raw);
    expect(keys(built)).toEqual(['baseline', 'format', 'scenarios', 'version']);
    expect(built.format).toBe('zonereform/report');
    expect(built.version).toBe(1);
    expect(keys(built.baseline)).toEqual(['metrics', 'violations']);
    const states = [built.baseline, ...built.scenarios];
    for (const state of states) {
      expect(keys(state.metrics)).toEqual(['bodies', 'leaderPosts', 'released', 'staff', 'units']);
      expect(keys(state.metrics.bodies)).toEqual(['institution', 'internal', 'total']);
      expect(keys(state.metrics.staff)).toEqual(['admin', 'institutional', 'total']);
      expect(keys(state.metrics.units)).toEqual(['dg', 'xs']);
      for (const figures of Object.values(state.metrics.units)) {
        expect(keys(figures)).toEqual(['bodies', 'economicRatio', 'internalBodies', 'leaderPosts', 'staff']);
      }
      for (const violation of state.violations) {
        expect(keys(violation)).toEqual(['message', 'rule', 'severity', 'subject']);
        expect(['error', 'warning']).toContain(violation.severity);
        expect(typeof violation.message).toBe('string');
      }
    }
    for (const s of built.scenarios) {
      expect(keys(s)).toEqual(['id', 'metrics', 'name', 'savings', 'violations']);
      expect(keys(s.savings)).toEqual(['adminStaff', 'bodies', 'institutionalStaff', 'internalBodies', 'leaderPosts', 'released', 'staff']);
    }
  });

  it('is plain JSON data: it survives a round trip unchanged', () => {
    const built = report(raw);
    expect(JSON.parse(JSON.stringify(built))).toEqual(built);
  });

  it('lists the scenarios in file order with their ids and names', () => {
    expect(report(raw).scenarios.map((s) => [s.id, s.name])).toEqual([
      ['zeta', '方案Z'],
      ['alpha', '方案A'],
      ['mid', '方案M'],
    ]);
  });

  it('keeps only the chosen scenario, and the baseline, with the scenario option', () => {
    const whole = report(raw);
    const one = report(raw, 'en', 'alpha');
    expect(one.scenarios.map((s) => s.id)).toEqual(['alpha']);
    expect(one.scenarios[0]).toEqual(whole.scenarios[1]);
    expect(one.baseline).toEqual(whole.baseline);
  });

  it('gives the scenario figures and savings of its own operations', () => {
    const [zeta, alpha, mid] = report(raw).scenarios;
    // zeta abolishes b (admin 2): one body and two staff fewer
    expect(zeta?.savings).toEqual({ bodies: 1, internalBodies: 1, staff: 2, adminStaff: 2, institutionalStaff: 0, leaderPosts: 0, released: 0 });
    // alpha merges a and c: one body fewer, staff and the largest post kept
    expect(alpha?.savings).toEqual({ bodies: 1, internalBodies: 1, staff: 0, adminStaff: 0, institutionalStaff: 0, leaderPosts: 0, released: 0 });
    expect(mid?.savings).toEqual({ bodies: 0, internalBodies: 0, staff: 0, adminStaff: 0, institutionalStaff: 0, leaderPosts: 0, released: 0 });
    expect(mid?.metrics).toEqual(report(raw).baseline.metrics);
  });

  it('writes ratios as plain numbers, not rounded', () => {
    // xs in the baseline: a and c economic, b general: 2 of 3
    const text = JSON.stringify(report(raw));
    expect(report(raw).baseline.metrics.units.xs?.economicRatio).toBe(2 / 3);
    expect(text).toContain(`"economicRatio":${String(2 / 3)}`);
  });

  it('is the same, byte for byte, each time it is built', () => {
    const text = JSON.stringify(raw);
    const first = loadScenarioFile(text);
    const second = loadScenarioFile(text);
    if (!first.ok || !second.ok) return expect.fail('file refused');
    const a = JSON.stringify(buildReport(first.loaded, { lang: 'zh' }));
    const b = JSON.stringify(buildReport(second.loaded, { lang: 'zh' }));
    const c = JSON.stringify(buildReport(first.loaded, { lang: 'zh' }));
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('switches the language of the messages with lang, and nothing else', () => {
    const zh = buildReport(loaded(raw), { lang: 'zh' });
    const en = buildReport(loaded(raw), { lang: 'en' });
    const strip = (r: typeof zh) => JSON.stringify(r, (key, value) => (key === 'message' ? undefined : value));
    expect(strip(en)).toBe(strip(zh));
    const zhMessages = zh.baseline.violations.map((v) => v.message);
    const enMessages = en.baseline.violations.map((v) => v.message);
    expect(zhMessages.length).toBeGreaterThan(0);
    zhMessages.forEach((message, i) => {
      expect(message).not.toBe(enMessages[i]);
      expect(message).toMatch(/修正/);
      expect(enMessages[i]).toMatch(/Fix/);
    });
  });
});

describe('the order of violations', () => {
  // Subjects chosen so that code-unit order ('Z' 90 < '_' 95 < 'a' 97) differs from a locale
  // compare (which puts 'abc' before 'Zed'). Units are listed in neither order.
  const sorted = file({
    units: [
      zone('abc', { bodyCap: 0 }),
      group('Grp'),
      zone('_u', { bodyCap: 0 }),
      zone('Zed', { bodyCap: 0 }),
    ],
    bureaus: [
      bureau('ab1', 'abc', { functions: ['finance'] }),
      bureau('ab2', 'abc', { functions: ['finance', 'Zeta'] }),
      bureau('ab3', 'abc', { functions: ['Zeta'] }),
      bureau('g1', 'Grp'),
      bureau('u1', '_u'),
      bureau('z1', 'Zed', { functions: ['finance'] }),
      bureau('z2', 'Zed', { functions: ['finance'] }),
    ],
    functions: [{ id: 'Zeta', name: '自定义职能', category: 'general' }],
  });

  it('sorts by rule id, then by subject as JavaScript compares strings', () => {
    expect(violationsOf(sorted).map((v) => `${v.rule} ${subjectText(v.subject)}`)).toEqual([
      'body-cap Zed',
      'body-cap _u',
      'body-cap abc',
      'function-duplicate Zed/finance',
      'function-duplicate abc/Zeta',
      'function-duplicate abc/finance',
      'group-staffed Grp',
    ]);
  });

  it('sorts the violations of a scenario the same way', () => {
    const lossy = { ...sorted, scenarios: [scenario('s', [{ op: 'abolish', bureau: 'ab3' }, { op: 'set', bureau: 'ab2', functions: ['finance'] }])] };
    // Zeta is carried by nobody any more; ab2 still shares finance with ab1
    expect(violationsOf(lossy, 0).map((v) => `${v.rule} ${subjectText(v.subject)}`)).toEqual([
      'body-cap Zed',
      'body-cap _u',
      'body-cap abc',
      'function-duplicate Zed/finance',
      'function-duplicate abc/finance',
      'function-lost Zeta',
      'group-staffed Grp',
    ]);
  });
});
