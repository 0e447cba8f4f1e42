// Scenarios: the baseline tab shows today's figures; a new scenario (empty or a copy), renamed,
// deleted, and the delete undone with all its operations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n';
import type { ScenarioFile } from '../../src/model';
import { type Session, chooseScenario, confirmDialog, DIALOG, expectScreen, openApp, pageState, settled, waitSteps } from './harness';
import { FIGURES, exampleFile, expectedScreen, reportOf, withScenario } from './oracle';

const file = exampleFile();
const newIds = (before: ScenarioFile, after: ScenarioFile) => after.scenarios.map((x) => x.id).filter((id) => !before.scenarios.some((x) => x.id === id));

describe('scenarios', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(() => s.close());

  it('shows today’s figures on the baseline tab, as the engine computes them', async () => {
    const { page } = s;
    await chooseScenario(page, 'baseline');
    const baseline = reportOf(file).baseline.metrics;
    for (const path of FIGURES) {
      const value = Number(await page.getAttribute(`[data-metric="${path}"]`, 'data-value'));
      expect.soft(value, path).toBe(path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], baseline));
    }
    // and every unit's figures, ratio and violation, with no savings on the baseline
    await expectScreen(page, expectedScreen(file, 'baseline'), 'baseline');
    expect(await page.locator('[data-saving]').count()).toBe(0);
  });

  it('creates an empty scenario, which starts from today', async () => {
    const { page } = s;
    const before = await pageState(page);
    await page.click('[data-action="new-scenario"]');
    await page.fill(`${DIALOG} [name="name"]`, '方案C：维持现状');
    expect(await page.inputValue(`${DIALOG} [name="copyOf"]`)).toBe('');
    await confirmDialog(page);
    await waitSteps(page, before.past + 1, 0);
    const state = await pageState(page);
    const [id] = newIds(before.file, state.file);
    expect(id).toBeDefined();
    expect(state.scenarioId).toBe(id);
    const expected = withScenario(before.file, { id: id!, name: '方案C：维持现状', operations: [] });
    expect(state.file).toEqual(expected);
    await expectScreen(page, expectedScreen(expected, id!), id!);
  });

  it('creates a scenario as a copy of another, with its operations', async () => {
    const { page } = s;
    const before = await pageState(page);
    await page.click('[data-action="new-scenario"]');
    await page.fill(`${DIALOG} [name="name"]`, '方案A修订');
    await page.selectOption(`${DIALOG} [name="copyOf"]`, 'plan-a');
    await confirmDialog(page);
    await waitSteps(page, before.past + 1, 0);
    const state = await pageState(page);
    const [id] = newIds(before.file, state.file);
    const planA = before.file.scenarios.find((x) => x.id === 'plan-a')!;
    const expected = withScenario(before.file, { id: id!, name: '方案A修订', operations: planA.operations });
    expect(state.scenarioId).toBe(id);
    expect(state.file).toEqual(expected);
    await expectScreen(page, expectedScreen(expected, id!), id!);
  });

  it('copies the scenario on screen with its copy button', async () => {
    const { page } = s;
    await chooseScenario(page, 'plan-b');
    const before = await pageState(page);
    await page.click('[data-action="copy-scenario"]');
    await waitSteps(page, before.past + 1, 0);
    const state = await pageState(page);
    const [id] = newIds(before.file, state.file);
    const planB = before.file.scenarios.find((x) => x.id === 'plan-b')!;
    const expected = withScenario(before.file, { id: id!, name: translate('zh', 'scenario.copyName', { name: planB.name }), operations: planB.operations });
    expect(state.file).toEqual(expected);
    await expectScreen(page, expectedScreen(expected, id!), id!);
  });

  it('renames the scenario on screen', async () => {
    const { page } = s;
    const before = await pageState(page);
    const id = before.scenarioId;
    await page.click('[data-action="rename-scenario"]');
    await page.fill(`${DIALOG} [name="name"]`, '方案B：平台先行');
    await confirmDialog(page);
    await waitSteps(page, before.past + 1, 0);
    const state = await pageState(page);
    expect(state.file).toEqual({ ...before.file, scenarios: before.file.scenarios.map((x) => (x.id === id ? { ...x, name: '方案B：平台先行' } : x)) });
    expect(await page.textContent(`[data-scenario-id="${id}"]`)).toContain('方案B：平台先行');
    await expectScreen(page, expectedScreen(state.file, id), id);
  });

  it('deletes a scenario, and undo brings it back with its operations', async () => {
    const { page } = s;
    await chooseScenario(page, 'plan-a');
    const before = await pageState(page);
    expect(before.file.scenarios.find((x) => x.id === 'plan-a')!.operations.length).toBeGreaterThan(0);
    await page.click('[data-action="delete-scenario"]');
    await waitSteps(page, before.past + 1, 0);
    const deleted = await pageState(page);
    expect(deleted.file).toEqual({ ...before.file, scenarios: before.file.scenarios.filter((x) => x.id !== 'plan-a') });
    expect(await page.locator('[data-scenario-id="plan-a"]').count()).toBe(0);
    await expectScreen(page, expectedScreen(deleted.file, deleted.scenarioId), deleted.scenarioId);

    await page.click('[data-action="undo"]');
    await waitSteps(page, before.past, 1);
    await settled(page);
    const restored = await pageState(page);
    expect(restored.file).toEqual(before.file);
    expect(restored.scenarioId).toBe('plan-a');
    expect(await page.locator('[data-scenario-id="plan-a"]').count()).toBe(1);
    await expectScreen(page, expectedScreen(before.file, 'plan-a'), 'plan-a');

    expect(s.errors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });
});
