// The savings as the meeting views word them: the whole area's totals are the report's, the
// platform hand-over is part of the staff change, and the zones' own slimming and where their
// staff went are worked out by hand for the 惠山 and 锡山 examples.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { savingsStory } from '../../src/engine/savingsStory';
import { buildReport, loadScenarioFile } from '../../src/engine';

function storyOf(name: string, scenarioId: string) {
  const result = loadScenarioFile(readFileSync(join(import.meta.dirname, '../../scenarios', name), 'utf8'));
  if (!result.ok) throw new Error(`${name} does not load`);
  const report = buildReport(result.loaded, { lang: 'zh' });
  const index = report.scenarios.findIndex((s) => s.id === scenarioId);
  const scenario = report.scenarios[index]!;
  return { report, scenario, story: savingsStory({ before: result.loaded.baseline, after: result.loaded.scenarios[index]!, baseline: report.baseline.metrics, scenario }) };
}

describe('savings story', () => {
  it('惠山 方案一: the zones lose 12 staff while the whole area gains 15 (the streets took 14 and grew)', () => {
    const { story } = storyOf('huishan-national-upgrade.json', 'upgrade');
    // by hand: zone 155 + park office 21 = 176 today; zone 143 + office 21 = 164 in the proposal
    expect(story.zones!.staff).toEqual({ before: 176, after: 164, delta: -12, amount: 12, direction: 'down' });
    expect(story.zones!.bodies).toMatchObject({ before: 15, after: 15, direction: 'same' });
    // 城市管理局 (14) left for 堰桥街道; in place: −13 社会事业局, −12 人才服务中心, +10 +8 +9 new bureaus = +2
    expect(story.zones!.flows).toEqual({ toLocals: 14, toPlatforms: 0, toOthers: 0, fromOutside: 0, inPlace: { delta: 2, direction: 'up', amount: 2 } });
    expect(story.area.staff).toEqual({ before: 251, after: 266, delta: 15, amount: 15, direction: 'up' });
    expect(story.area.toPlatforms).toBe(0);
  });

  it('锡山 方案B: 47 fewer staff in the whole area, 34 of them handed to the platform; the zones lose 91', () => {
    const { story, scenario } = storyOf('xishan-1-plus-4.json', 'plan-b');
    expect(story.area.staff).toMatchObject({ before: 533, after: 486, amount: 47, direction: 'down' });
    expect(story.area.toPlatforms).toBe(34);
    expect(scenario.savings.staff).toBe(47);
    expect(story.zones!.staff).toMatchObject({ before: 242, after: 151, direction: 'down', amount: 91 });
    // by hand: 城市管理局 15 + 征地拆迁办公室 10 + 市政养护管理所 18 = 43 to the streets; 国有资产投资管理中心 12 +
    // 招商服务中心 22 = 34 to the platform; 社会事业局 14 abolished (the two merges keep their sums): 43 + 34 + 14 = 91
    expect(story.zones!.flows).toMatchObject({ toLocals: 43, toPlatforms: 34, fromOutside: 0, inPlace: { delta: -14 } });
  });

  it('锡山 方案A: nothing saved in the whole area, while the zones slim', () => {
    const { story } = storyOf('xishan-1-plus-4.json', 'plan-a');
    expect(story.area.staff.direction).toBe('same');
    expect(story.area.bodies.direction).toBe('same');
    expect(story.zones!.staff).toMatchObject({ before: 242, after: 206, direction: 'down' });
    expect(story.zones!.bodies).toMatchObject({ before: 20, after: 17, direction: 'down' });
  });

  it('the whole area’s changes are the report’s savings, with the sign turned into a direction', () => {
    const { story, scenario } = storyOf('xishan-1-plus-4.json', 'plan-b');
    expect(-story.area.bodies.delta).toBe(scenario.savings.bodies);
    expect(-story.area.internalBodies.delta).toBe(scenario.savings.internalBodies);
    expect(-story.area.adminStaff.delta).toBe(scenario.savings.adminStaff);
    expect(-story.area.institutionalStaff.delta).toBe(scenario.savings.institutionalStaff);
    expect(-story.area.leaderPosts.delta).toBe(scenario.savings.leaderPosts);
  });
});
