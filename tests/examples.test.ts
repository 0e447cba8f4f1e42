// Every example file opens, and breaks exactly the rules that were worked out for it by hand from
// SPEC §7 when it was written (rule:subject, sorted as the report sorts them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, loadScenarioFile, subjectText } from '../src/engine';
import { parseScenarioFile, serialiseScenarioFile } from '../src/model';

const expected: Record<string, Record<string, string[]>> = {
  'xishan-1-plus-4.json': {
    baseline: ['econ-in-town:xs-yl-econ', 'econ-ratio:xs-ez', 'function-duplicate:xs-ez/investment-promotion', 'social-in-zone:xs-ez-land', 'social-in-zone:xs-ez-municipal', 'social-in-zone:xs-ez-social', 'social-in-zone:xs-ez-urban'],
    'plan-a': ['econ-in-town:xs-yl-econ', 'function-duplicate:xs-ez/investment-promotion', 'social-in-zone:xs-ez-municipal'],
    'plan-b': [],
  },
  'jiangyin-hi-tech.json': {
    baseline: ['econ-ratio:jy-gx', 'econ-ratio:jy-qy-park'],
    'two-offices': [],
    'one-office-xuxiake': ['econ-in-town:jy-xxk-econ', 'town-overlap:jy-xuxiake'],
  },
  'huishan-national-upgrade.json': {
    baseline: ['econ-ratio:hs-ez', 'social-in-zone:hs-ez-social', 'social-in-zone:hs-ez-urban', 'social-in-zone:hs-life-social'],
    upgrade: ['rank-bottom-no-cut:hs-life', 'rank-growth-unearned:hs-ez', 'social-in-zone:hs-life-social'],
    'upgrade-ranked-2nd': [],
    'upgrade-ranked-last': ['rank-bottom-growth:hs-ez', 'rank-bottom-no-cut:hs-life', 'social-in-zone:hs-life-social'],
  },
  'liangxi-grand-canal-resort.json': {
    baseline: ['econ-in-town:lx-cas-econ', 'econ-in-town:lx-ncs-econ', 'econ-in-town:lx-qmq-econ', 'econ-in-town:lx-ylq-econ', 'park-parent:lx-resort', 'social-in-zone:lx-ro-ops'],
    'party-lead': ['econ-in-town:lx-cas-econ', 'econ-in-town:lx-ncs-econ', 'econ-in-town:lx-qmq-econ', 'econ-in-town:lx-ylq-econ'],
    'party-lead-platform': [],
  },
  'wuxi-hi-tech-xinwu.json': { baseline: [], 'add-bodies': ['body-cap:xw-zone'], 'within-cap': [] },
  'sip-joint-office.json': {
    baseline: ['econ-in-town:wz-econ', 'function-duplicate:sip/investment-promotion', 'social-in-zone:sip-community'],
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

it.each(Object.keys(expected))('%s is saved exactly as it is stored: open → save changes no byte', (name) => {
  const text = readFileSync(join(import.meta.dirname, '../scenarios', name), 'utf8');
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) throw new Error('invalid');
  expect(serialiseScenarioFile(parsed.file)).toBe(text);
});
