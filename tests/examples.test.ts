// Every example file opens, and breaks exactly the rules that were worked out for it by hand from
// SPEC §7 when it was written (rule:subject, sorted as the report sorts them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, loadScenarioFile, subjectText } from '../src/engine';
import { serialiseScenarioFile } from '../src/model';
import { parseScenarioFile } from '../src/model/parse';

// Worked out by hand from SPEC version 2 (the figures behind each line are in the comments).
const expected: Record<string, Record<string, string[]>> = {
  // v2 changes nothing here: both offices of the separated zone have 2 economic of 3 internal bodies
  'xishan-1-plus-4.json': {
    baseline: ['econ-in-town:xs-yl-econ', 'econ-ratio:xs-ez', 'function-duplicate:xs-ez/investment-promotion', 'social-in-zone:xs-ez-land', 'social-in-zone:xs-ez-municipal', 'social-in-zone:xs-ez-social', 'social-in-zone:xs-ez-urban'],
    'plan-a': ['econ-in-town:xs-yl-econ', 'function-duplicate:xs-ez/investment-promotion', 'social-in-zone:xs-ez-municipal'],
    'plan-b': [],
  },
  // zone 4 of 8 economic, park committee 1 of 3. Two offices: 霞客湾 2 of 3 (综合办, 招商局 + 科技创新服务部),
  // 创业区 2 of 2, zone 4 of 6. One office: zone 5 of 8 (62.5%), 霞客湾 1 of 1; 徐霞客镇 inside the zone.
  'jiangyin-hi-tech.json': {
    baseline: ['econ-ratio:jy-gx', 'econ-ratio:jy-qy-park'],
    'two-offices': [],
    'one-office-xuxiake': ['econ-in-town:jy-xxk-econ', 'town-overlap:jy-xuxiake'],
  },
  // zone 4 of 10 economic; the park office takes the zone's separated governance: 1 of 3.
  // upgrade: zone 7 of 11, bodies 10 → 11 at 5th of 10 (unearned); park 9th of 10 unchanged (no cut).
  // ranked 2nd: zone bodies 10 → 10 (three new, one merger, two gone), own posts 6 → 7 within the cap of 7;
  // park loses two bodies (3 → 1, posts 6 → 4), 1 of 1 economic.
  // ranked last: zone bodies 10 → 11 (growth), unit posts 37 → 36 (a cut, so no no-cut warning).
  'huishan-national-upgrade.json': {
    baseline: ['econ-ratio:hs-ez', 'econ-ratio:hs-life', 'social-in-zone:hs-ez-social', 'social-in-zone:hs-ez-urban', 'social-in-zone:hs-life-social'],
    upgrade: ['econ-ratio:hs-life', 'rank-bottom-no-cut:hs-life', 'rank-growth-unearned:hs-ez', 'social-in-zone:hs-life-social'],
    'upgrade-ranked-2nd': [],
    'upgrade-ranked-last': ['econ-ratio:hs-life', 'rank-bottom-growth:hs-ez', 'rank-bottom-no-cut:hs-life', 'social-in-zone:hs-life-social'],
  },
  // the resort office has no parent (separated) and coordinates the four streets: 1 of 3 economic today,
  // still 1 of 3 in plan 1; 2 of 3 in plan 2 (经济服务部 added, 综合办 and 规划建设部 merged)
  'liangxi-grand-canal-resort.json': {
    baseline: ['econ-in-town:lx-cas-econ', 'econ-in-town:lx-ncs-econ', 'econ-in-town:lx-qmq-econ', 'econ-in-town:lx-ylq-econ', 'econ-ratio:lx-resort', 'social-in-zone:lx-ro-ops'],
    'return-streets': ['econ-in-town:lx-cas-econ', 'econ-in-town:lx-ncs-econ', 'econ-in-town:lx-qmq-econ', 'econ-in-town:lx-ylq-econ', 'econ-ratio:lx-resort'],
    'streets-platform': [],
  },
  // 26 internal bodies set up under a cap of 26; plan 1 27; plan 2 26 + 1 − 1 − 1 − 1 = 24
  'wuxi-hi-tech-xinwu.json': { baseline: [], 'add-bodies': ['body-cap:xw-zone'], 'within-cap': [] },
  // the park office belongs to an integrated zone: its community section breaks no rule since v2
  'sip-joint-office.json': {
    baseline: ['econ-in-town:wz-econ', 'function-duplicate:sip/investment-promotion'],
    joint: ['function-duplicate:sip/investment-promotion'],
    'joint-platform': [],
  },
};

describe.each(Object.entries(expected))('example %s', (name, byScenario) => {
  const loaded = loadScenarioFile(readFileSync(join(import.meta.dirname, '../scenarios', name), 'utf8'));

  it('is valid', () => {
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  });

  it('breaks exactly the rules worked out by hand', () => {
    if (!loaded.ok) throw new Error('invalid');
    const report = buildReport(loaded.loaded, { lang: 'zh' });
    const found: Record<string, string[]> = { baseline: report.baseline.violations.map((v) => `${v.rule}:${subjectText(v.subject)}`) };
    for (const s of report.scenarios) found[s.id] = s.violations.map((v) => `${v.rule}:${subjectText(v.subject)}`);
    expect(found).toEqual(byScenario);
  });
});

it('the Xishan economic share is 4 of 11 today and 5 of 8 in plan A', () => {
  const loaded = loadScenarioFile(readFileSync(join(import.meta.dirname, '../scenarios/xishan-1-plus-4.json'), 'utf8'));
  if (!loaded.ok) throw new Error('invalid');
  const report = buildReport(loaded.loaded, { lang: 'en' });
  expect(report.baseline.metrics.units['xs-ez']!.economicRatio).toBe(4 / 11);
  expect(report.scenarios[0]!.metrics.units['xs-ez']!.economicRatio).toBe(5 / 8);
  expect(report.scenarios[1]!.savings.released).toBe(34);
});

const open = (name: string) => {
  const result = loadScenarioFile(readFileSync(join(import.meta.dirname, '../scenarios', name), 'utf8'));
  if (!result.ok) throw new Error('invalid');
  return buildReport(result.loaded, { lang: 'en' });
};

it('the Liangxi resort office has 1 economic of 3 internal bodies today and 2 of 3 in plan 2', () => {
  const report = open('liangxi-grand-canal-resort.json');
  expect(report.baseline.metrics.units['lx-resort']!.economicRatio).toBe(1 / 3);
  expect(report.scenarios[1]!.metrics.units['lx-resort']!.economicRatio).toBe(2 / 3);
});

it('Huishan ranked 2nd keeps 10 internal bodies and gains one leader post of its own, within the cap of 7', () => {
  const loaded = loadScenarioFile(readFileSync(join(import.meta.dirname, '../scenarios/huishan-national-upgrade.json'), 'utf8'));
  if (!loaded.ok) throw new Error('invalid');
  const zone = (state: (typeof loaded.loaded.scenarios)[number]) => state.units.find((u) => u.id === 'hs-ez')!;
  expect(zone(loaded.loaded.baseline).leaderPosts).toBe(6);
  expect(zone(loaded.loaded.scenarios[1]!)).toMatchObject({ leaderPosts: 7, leaderPostCap: 7, rank: { position: 2, of: 10 } });
  const report = buildReport(loaded.loaded, { lang: 'en' });
  expect(report.baseline.metrics.units['hs-ez']!.internalBodies).toBe(10);
  expect(report.scenarios[1]!.metrics.units['hs-ez']!.internalBodies).toBe(10);
  expect(report.scenarios[1]!.metrics.units['hs-ez']!.economicRatio).toBe(7 / 10);
});

it('新吴 has set up 26 internal bodies, its cap', () => {
  const report = open('wuxi-hi-tech-xinwu.json');
  expect(report.baseline.metrics.units['xw-zone']!.internalBodies).toBe(26);
  expect(report.scenarios.map((s) => s.metrics.units['xw-zone']!.internalBodies)).toEqual([27, 24]);
});

it('旺庄街道 has the same leader posts in both files that describe it, and the zone the same own posts', () => {
  const unitIn = (name: string, id: string) => {
    const parsed = parseScenarioFile(readFileSync(join(import.meta.dirname, '../scenarios', name), 'utf8'));
    if (!parsed.ok) throw new Error('invalid');
    return parsed.file.units.find((u) => u.id === id)!;
  };
  expect(unitIn('sip-joint-office.json', 'xw-wangzhuang').leaderPosts).toBe(unitIn('wuxi-hi-tech-xinwu.json', 'xw-wangzhuang').leaderPosts);
  expect(unitIn('sip-joint-office.json', 'xw-zone').leaderPosts).toBe(unitIn('wuxi-hi-tech-xinwu.json', 'xw-zone').leaderPosts);
  // the park file lists only the streets that concern the park, and says so
  const sipTerritory = unitIn('sip-joint-office.json', 'xw-zone').territory!;
  expect(sipTerritory.every((id) => unitIn('wuxi-hi-tech-xinwu.json', 'xw-zone').territory!.includes(id))).toBe(true);
});

it.each(Object.keys(expected))('%s says version 2 and that its figures are illustrative', (name) => {
  const parsed = parseScenarioFile(readFileSync(join(import.meta.dirname, '../scenarios', name), 'utf8'));
  if (!parsed.ok) throw new Error('invalid');
  expect(parsed.file.version).toBe(2);
  expect(parsed.file.notes).toContain('示意数据');
  expect(parsed.file.notes).toContain('Illustrative data');
});

it.each(Object.keys(expected))('%s is saved exactly as it is stored: open → save changes no byte', (name) => {
  const text = readFileSync(join(import.meta.dirname, '../scenarios', name), 'utf8');
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) throw new Error('invalid');
  expect(serialiseScenarioFile(parsed.file)).toBe(text);
});
