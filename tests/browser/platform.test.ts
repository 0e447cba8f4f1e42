// Handing a bureau to a company platform by dragging it there: its staff leave the establishment
// and count as released, exactly as the engine counts them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from '../../src/model';
import { type Session, chooseScenario, dragBureau, expectScreen, openApp, pageState, shown, waitSteps } from './harness';
import { SAVINGS, exampleFile, expectedScreen, withOperations } from './oracle';

const file = exampleFile();
// the example has no platform today; a scenario adds one (plan B: the zone's development group)
const added = file.scenarios.flatMap((scenario) => scenario.operations.map((o) => ({ scenario: scenario.id, o })));
const found = added.find(({ o }) => o.op === 'add-unit' && o.unit.kind === 'platform');
if (!found || found.o.op !== 'add-unit') throw new Error('the example file adds no platform');
const platform = found.o.unit.id;
const planId = found.scenario;

describe('dragging a bureau onto a company platform', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(() => s.close());

  it('releases its staff: released and savings are the engine’s', async () => {
    const { page } = s;
    await chooseScenario(page, planId);
    await expectScreen(page, expectedScreen(file, planId), planId);

    await dragBureau(page, 'xs-ez-invest', `[data-unit-id="${platform}"]`);
    await waitSteps(page, 1, 0);
    const handOver: Operation = { op: 'move', bureau: 'xs-ez-invest', to: platform };
    const handed = withOperations(file, planId, [handOver]);
    expect((await pageState(page)).file).toEqual(handed);
    expect(await page.locator(`[data-unit-id="${platform}"] [data-bureau-id="xs-ez-invest"]`).count()).toBe(1);

    const expected = expectedScreen(handed, planId);
    const scenario = expected.report.scenarios.find((x) => x.id === planId)!;
    const before = expectedScreen(file, planId).report.scenarios.find((x) => x.id === planId)!;
    // the move must matter: more released than before
    expect(scenario.metrics.released).toBeGreaterThan(before.metrics.released);
    expect(await shown(page, '[data-metric="released"]')).toBe(scenario.metrics.released);
    for (const name of SAVINGS) expect.soft(await shown(page, `[data-saving="${name}"]`), name).toBe(scenario.savings[name]);
    await expectScreen(page, expected, planId);
  });

  it('takes them back into the establishment when dragged back to the zone', async () => {
    const { page } = s;
    await dragBureau(page, 'xs-ez-invest', '[data-unit-id="xs-ez"]');
    await waitSteps(page, 2, 0);
    const back = withOperations(file, planId, [
      { op: 'move', bureau: 'xs-ez-invest', to: platform },
      { op: 'move', bureau: 'xs-ez-invest', to: 'xs-ez' },
    ]);
    expect((await pageState(page)).file).toEqual(back);
    const expected = expectedScreen(back, planId);
    expect(await shown(page, '[data-metric="released"]')).toBe(expected.report.scenarios.find((x) => x.id === planId)!.metrics.released);
    await expectScreen(page, expected, planId);

    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
