// The planning assistant in a real Chromium with the real worker: a violation's fix applied from
// the problem list clears it, and the figures are the engine's for the file with that operation
// appended; a suggested plan with a lock keeps the lock, clears the errors it targets and shows the
// engine's figures once added; a long suggestion on a province is cancelled, the page stays usable
// and nothing changes. The expectations are computed here, with the planner and the engine in Node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadParsedFile } from '../../src/engine';
import { generateProvince } from '../../src/generate/province';
import { percent } from '../../src/i18n';
import { type ScenarioFile, serialiseScenarioFile } from '../../src/model';
import { fixesFor } from '../../src/plan/fixes';
import { loadSolver } from '../../src/plan/solver';
import { PLAN_ERRORS } from '../../src/plan/types';
import { chooseFile } from './fault-helpers';
import { DIALOG, type Session, chooseScenario, expectScreen, openApp, pageState, settled, waitSteps } from './harness';
import { exampleFile, expectedScreen, withOperations, withScenario } from './oracle';

const xishan = exampleFile();

/** The planner's fixes of one problem of a state of `file`, worked out here. */
async function fixesHere(file: ScenarioFile, from: string, rule: string, subject: string) {
  const loaded = loadParsedFile(file);
  if (!loaded.ok) throw new Error('file refused');
  const [found] = fixesFor(loaded.loaded, from, 'zh', await loadSolver(), [{ rule, subject }]);
  if (!found || found.fixes.length === 0) throw new Error(`no fix for ${rule} ${subject}`);
  return found.fixes;
}

const violation = (rule: string, subject: string) => `[data-violation-rule="${rule}"][data-violation-subject="${subject}"]`;

describe('fixes on the problem list', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  }, 60_000);
  afterAll(async () => {
    expect(s.foreign).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('a fix applied on a proposal clears its violation; the figures are the engine’s for the file with its operation appended; one undo step', async () => {
    const { page } = s;
    await chooseScenario(page, 'plan-a');
    const problem = violation('social-in-zone', 'xs-ez-municipal');
    const [fix] = await fixesHere(xishan, 'plan-a', 'social-in-zone', 'xs-ez-municipal');
    await page.click(`${problem} [data-action="show-fixes"]`);
    await page.waitForSelector(`${problem} [data-action="apply-fix"]`);
    // before it is applied, the fix shows the engine's figures of the proposal and after it
    const expected = withOperations(xishan, 'plan-a', fix!.operations);
    const now = expectedScreen(xishan, 'plan-a').report.scenarios.find((x) => x.id === 'plan-a')!.metrics;
    const after = expectedScreen(expected, 'plan-a').report.scenarios.find((x) => x.id === 'plan-a')!.metrics;
    const shown = async (scope: string, figure: string) => (await page.textContent(`${problem} [data-fix-index="0"] [data-effect-scope="${scope}"] [data-effect="${figure}"] .effect-values`))?.replace(/[,\s]/g, '');
    const zone = (m: typeof now) => m.units['xs-ez']!;
    expect(await shown('xs-ez', 'staff')).toBe(`${zone(now).staff}→${zone(after).staff}`);
    expect(await shown('xs-ez', 'economicRatio')).toBe(`${percent(zone(now).economicRatio!)}→${percent(zone(after).economicRatio!)}`);
    // the whole area's staff is said only when it changes (a move keeps it)
    const areaStaff = page.locator(`${problem} [data-fix-index="0"] [data-effect-scope="area"] [data-effect="staff"]`);
    if (now.staff.total === after.staff.total) expect(await areaStaff.count()).toBe(0);
    else expect(await shown('area', 'staff')).toBe(`${now.staff.total}→${after.staff.total}`);
    const past = (await pageState(page)).past;
    await page.click(`${problem} [data-fix-index="0"] [data-action="apply-fix"]`);
    await waitSteps(page, past + 1);
    expect((await pageState(page)).file).toEqual(expected);
    await expectScreen(page, expectedScreen(expected, 'plan-a'), 'plan-a');
    expect(await page.locator(problem).count()).toBe(0);
    // its note says which problem it fixes
    const ops = (await pageState(page)).file.scenarios.find((x) => x.id === 'plan-a')!.operations;
    expect(ops.at(-1)!.note).toBe('修正：市政养护管理所的社会管理职能回归属地镇街');

    await page.click('[data-action="undo"]');
    await waitSteps(page, past);
    await expectScreen(page, expectedScreen(xishan, 'plan-a'), 'plan-a');
  });

  it('on today’s organisation, a fix goes into a new proposal that holds only it, and today is unchanged', async () => {
    const { page } = s;
    await chooseScenario(page, 'baseline');
    const problem = violation('social-in-zone', 'xs-ez-urban');
    const [fix] = await fixesHere(xishan, 'baseline', 'social-in-zone', 'xs-ez-urban');
    await page.click(`${problem} [data-action="show-fixes"]`);
    await page.click(`${problem} [data-fix-index="0"] [data-action="apply-fix"]`);
    await page.waitForFunction(() => document.querySelector('[data-scenario-id="plan-3"]')?.getAttribute('aria-selected') === 'true');
    const expected = withScenario(xishan, { id: 'plan-3', name: fix!.operations[0]!.note!, operations: fix!.operations });
    expect((await pageState(page)).file).toEqual(expected);
    await expectScreen(page, expectedScreen(expected, 'plan-3'), 'plan-3');
    expect(await page.locator(violation('social-in-zone', 'xs-ez-urban')).count()).toBe(0);
    await page.click('[data-action="undo"]');
    await settled(page);
    expect((await pageState(page)).file).toEqual(xishan);
  });
});

describe('a suggested plan', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  }, 60_000);
  afterAll(async () => {
    expect(s.foreign).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('with a street locked: nothing changes until added; then one new proposal, naming nothing of the street, its errors cleared, its figures the engine’s', async () => {
    const { page } = s;
    await page.click('[data-action="suggest-plan"]');
    await page.waitForSelector(`${DIALOG}[data-suggest-phase="options"]`);
    await page.fill('[data-action="lock-search"]', '云林');
    await page.check('[data-lock-option="xs-yunlin"]');
    await page.check('[data-objective="fewest-changes"]');
    await page.click('[data-action="start-suggestion"]');
    await page.waitForSelector(`${DIALOG}[data-suggest-phase="result"]`, { timeout: 30_000 });
    expect((await pageState(page)).file).toEqual(xishan);
    expect(await page.getAttribute('[data-suggest-changes]', 'data-suggest-changes')).not.toBe('0');
    await page.click('[data-action="add-suggestion"]');
    await page.waitForSelector(DIALOG, { state: 'detached' });
    await waitSteps(page, 1);
    const state = await pageState(page);
    const added = state.file.scenarios.at(-1)!;
    expect(state.file).toEqual(withScenario(xishan, added));
    expect(state.scenarioId).toBe(added.id);
    expect(added.name).toBe('建议方案（调整最少）');
    // the lock held: the street and its bureaus are named by no operation
    const street = new Set(['xs-yunlin', ...xishan.bureaus.filter((b) => b.unit === 'xs-yunlin').map((b) => b.id)]);
    const named = added.operations.flatMap((op) => Object.values(op).filter((v): v is string => typeof v === 'string'));
    expect(named.filter((v) => street.has(v))).toEqual([]);
    for (const op of added.operations) expect(op.note).toMatch(/^建议调整：/);
    // the targeted errors are cleared, and the screen is the engine's
    await expectScreen(page, expectedScreen(state.file, added.id), added.id);
    const targeted = PLAN_ERRORS.map((rule) => `.violation.error[data-violation-rule="${rule}"]`).join(', ');
    expect(await page.locator(targeted).count()).toBe(0);
  });

  it('nothing possible: with the zone locked, the dialog says why, and there is nothing to add', async () => {
    const { page } = s;
    await chooseScenario(page, 'baseline');
    await page.click('[data-action="suggest-plan"]');
    await page.fill('[data-action="lock-search"]', 'xs-ez');
    await page.check('[data-lock-option="xs-ez"]');
    await page.click('[data-action="start-suggestion"]');
    await page.waitForSelector(`${DIALOG}[data-suggest-phase="result"]`, { timeout: 30_000 });
    expect(await page.getAttribute('[data-suggest-status]', 'data-suggest-status')).toBe('impossible');
    expect(await page.locator('[data-obstacle]').count()).toBeGreaterThan(0);
    expect(await page.textContent('.suggest-obstacles')).toContain('锁定“锡山经济技术开发区党工委、管委会”');
    expect(await page.isDisabled('[data-action="add-suggestion"]')).toBe(true);
    await page.click('[data-action="close-suggestion"]');
    await page.waitForSelector(DIALOG, { state: 'detached' });
  });
});

describe('a long suggestion on a province, cancelled', () => {
  const province = generateProvince({ bureaus: 20_000, seed: 7, scenarios: 1, operations: 40 });
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await chooseFile(s.page, 'province.json', serialiseScenarioFile(province));
    await s.page.waitForSelector(`.file-title :text("${province.title}")`, { timeout: 60_000 });
    await settled(s.page);
  }, 120_000);
  afterAll(async () => {
    expect(s.foreign).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('the progress bar follows the worker; cancel stops it; the page answers throughout and nothing changes', async () => {
    const { page } = s;
    const before = await pageState(page);
    await page.click('[data-action="suggest-plan"]');
    await page.check('[data-objective="most-staff-saved"]');
    await page.check('[data-warning="function-duplicate"]');
    await page.check('[data-warning="econ-in-town"]');
    // the furthest the progress bar gets, recorded in the page as it moves
    await page.evaluate(() => {
      const seen = { done: 0, total: 0 };
      (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        if (!bar) return;
        seen.done = Math.max(seen.done, Number(bar.getAttribute('data-done') || 0));
        seen.total = Number(bar.getAttribute('data-total') || 0);
      }).observe(document.body, { subtree: true, attributes: true, childList: true });
    });
    await page.click('[data-action="start-suggestion"]');
    // the worker has counted the groups of zones: the work is under way
    await page.waitForSelector('[role="progressbar"][data-total]:not([data-total=""])', { timeout: 60_000 });
    const total = Number(await page.getAttribute('[role="progressbar"]', 'data-total'));
    expect(total).toBeGreaterThan(10);
    // the page is not frozen while the worker solves: it runs script and paints
    expect(await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(1))))).toBe(1);
    await page.click('[data-action="cancel-suggestion"]');
    await page.waitForSelector('[data-suggest-cancelled]', { timeout: 30_000 });
    // the worker stopped its work (it answered "cancelled", not a plan that came anyway), before
    // the last group of zones was solved
    expect(await page.getAttribute('[data-suggest-cancelled]', 'data-suggest-cancelled')).toBe('stopped');
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: { done: number; total: number } }).progressSeen);
    expect(seen.total).toBe(total);
    expect(seen.done).toBeLessThan(total);
    await page.click('[data-action="close-suggestion"]');
    await page.waitForSelector(DIALOG, { state: 'detached' });
    const after = await pageState(page);
    expect(after.file).toEqual(before.file);
    expect(after.past).toBe(before.past);
    // the worker is free again: a problem's fixes come (they queue behind any work left)
    await page.click('.violation [data-action="show-fixes"]');
    await page.waitForSelector('.fixes:not(.is-loading)', { timeout: 60_000 });
    await page.click('.violation [data-action="show-fixes"]');
    await settled(page);
    expect((await pageState(page)).file).toEqual(province);
  });
});

describe('an approved proposal, and names with markup', () => {
  // the bureau's name is markup and a formula; plan-a is approved (SPEC §3: it takes no new operation)
  const MARKUP = '<img src=x onerror="window.__pwned=1">=HYPERLINK("x")养护所';
  const file: ScenarioFile = {
    ...xishan,
    bureaus: xishan.bureaus.map((b) => (b.id === 'xs-ez-municipal' ? { ...b, name: MARKUP } : b)),
    scenarios: xishan.scenarios.map((x) => (x.id === 'plan-a' ? { ...x, name: '<b>方案A</b>', status: 'approved' as const } : x)),
  };
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
    await chooseFile(s.page, 'approved.json', serialiseScenarioFile(file));
    await s.page.waitForSelector('[data-scenario-id="plan-a"]');
    await s.page.waitForFunction(() => document.querySelector('[data-scenario-id="plan-a"]')?.textContent?.includes('<b>'));
    await settled(s.page);
  }, 60_000);
  afterAll(async () => {
    expect(s.foreign).toEqual([]);
    expect(s.errors).toEqual([]);
    await s.close();
  });

  it('a fix on the approved proposal goes into a new draft; the approved one is unchanged; the names are shown as text; one undo step', async () => {
    const { page } = s;
    const before = await pageState(page);
    await chooseScenario(page, 'plan-a');
    const problem = violation('social-in-zone', 'xs-ez-municipal');
    const [fix] = await fixesHere(file, 'plan-a', 'social-in-zone', 'xs-ez-municipal');
    await page.click(`${problem} [data-action="show-fixes"]`);
    await page.waitForSelector(`${problem} [data-action="apply-fix"]`);
    // the change is worded with the name as it is, and no element was made of it
    expect(await page.textContent(`${problem} [data-fix-index="0"] .fix-changes`)).toContain(MARKUP);
    expect(await page.locator('.fixes img, .fixes b').count()).toBe(0);
    expect(await page.textContent(`${problem} .fixes-note`)).toContain('已批准');
    await page.click(`${problem} [data-fix-index="0"] [data-action="apply-fix"]`);
    await waitSteps(page, before.past + 1);
    const planA = file.scenarios[0]!;
    const expected = withScenario(file, { id: 'plan-3', name: `<b>方案A</b>（${fix!.operations[0]!.note}）`, operations: [...planA.operations, ...fix!.operations] });
    expect((await pageState(page)).file).toEqual(expected);
    await expectScreen(page, expectedScreen(expected, 'plan-3'), 'plan-3');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.click('[data-action="undo"]');
    await waitSteps(page, before.past);
    expect((await pageState(page)).file).toEqual(file);
  });

  it('a suggestion from the approved proposal adds a new draft and leaves the approved one as it was; the lock list shows the name as text', async () => {
    const { page } = s;
    await page.click('[data-action="suggest-plan"]');
    await page.waitForSelector(`${DIALOG}[data-suggest-phase="options"]`);
    await page.selectOption('[data-action="suggest-from"]', 'plan-a');
    await page.fill('[data-action="lock-search"]', '养护所');
    expect(await page.textContent(`label:has([data-lock-option="xs-ez-municipal"])`)).toContain(MARKUP);
    await page.fill('[data-action="lock-search"]', '');
    await page.click('[data-action="start-suggestion"]');
    await page.waitForSelector(`${DIALOG}[data-suggest-phase="result"]`, { timeout: 30_000 });
    expect(await page.locator(`${DIALOG} img, ${DIALOG} b`).count()).toBe(0);
    await page.click('[data-action="add-suggestion"]');
    await page.waitForSelector(DIALOG, { state: 'detached' });
    await settled(page);
    const state = await pageState(page);
    expect(state.file.scenarios[0]).toEqual(file.scenarios[0]);
    const added = state.file.scenarios.at(-1)!;
    expect(added.status).toBeUndefined();
    expect(added.operations.slice(0, file.scenarios[0]!.operations.length)).toEqual(file.scenarios[0]!.operations);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
