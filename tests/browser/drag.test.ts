import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjectText } from '../../src/engine';
import { type Session, chooseScenario, dragBureau, openApp, shown } from './harness';
import { exampleFile, reportAfter } from './oracle';

const FIGURES = ['bodies.internal', 'bodies.institution', 'bodies.total', 'staff.admin', 'staff.institutional', 'staff.total', 'leaderPosts', 'released'];
const SAVINGS = ['bodies', 'internalBodies', 'staff', 'adminStaff', 'institutionalStaff', 'leaderPosts', 'released'] as const;

describe('dragging a bureau from the zone to a street', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(() => s.close());

  it('shows exactly the figures the engine reports for the same move', async () => {
    const { page } = s;
    await chooseScenario(page, 'plan-a');
    // plan A leaves 市政养护管理所 in the zone: hand it to 云林街道 as a user would, by dragging
    await dragBureau(page, 'xs-ez-municipal', '[data-unit-id="xs-yunlin"]');
    await page.waitForSelector('[data-unit-id="xs-yunlin"] [data-bureau-id="xs-ez-municipal"]');
    const expected = reportAfter(exampleFile(), 'plan-a', [{ op: 'move', bureau: 'xs-ez-municipal', to: 'xs-yunlin' }]);
    const scenario = expected.scenarios.find((x) => x.id === 'plan-a')!;
    const read = (path: string, m: object) => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], m);
    for (const path of FIGURES) {
      expect.soft(await shown(page, `[data-metric="${path}"]`), path).toBe(read(path, scenario.metrics));
      expect.soft(await shown(page, `[data-baseline-metric="${path}"]`), `baseline ${path}`).toBe(read(path, expected.baseline.metrics));
    }
    for (const name of SAVINGS) expect.soft(await shown(page, `[data-saving="${name}"]`), name).toBe(scenario.savings[name]);
    expect(await shown(page, '.ratios [data-metric="units.xs-ez.economicRatio"]')).toBe(scenario.metrics.units['xs-ez']!.economicRatio);
    const rules = await page.$$eval('[data-violation-rule]', (els) => els.map((e) => `${e.getAttribute('data-violation-rule')}:${e.getAttribute('data-violation-subject')}`).sort());
    expect(rules).toEqual(scenario.violations.map((v) => `${v.rule}:${subjectText(v.subject)}`).sort());
    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
