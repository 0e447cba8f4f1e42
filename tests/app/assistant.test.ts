// The planning assistant through the app: a fix asked for one problem is worked out on the file on
// screen and applied as one undo step (on today's organisation, in a new proposal); a suggested
// plan changes nothing until it is added, then is one new proposal whose figures are the engine's;
// a cancelled one leaves all as it was; work out on one file, applied to another, is refused.
import { describe, expect, it } from 'vitest';
import type { Operation, ScenarioFile } from '../../src/model';
import type { Progress, SuggestRequest } from '../../src/plan/types';
import { SMALL_TEXT, XISHAN_TEXT, copy, engineReport, parsed } from './files';
import { type App, openApp } from './harness';

const small = parsed(SMALL_TEXT);
const noLocks = { ids: [], noAbolitions: false, noHandOvers: false };

/** `file` with a proposal appended, built by hand. */
function withScenario(file: ScenarioFile, scenario: ScenarioFile['scenarios'][number]): ScenarioFile {
  const next = copy(file);
  next.scenarios.push(copy(scenario));
  return next;
}

const violated = (app: App, scenarioId: string) => {
  const report = app.state().report!;
  const list = scenarioId === 'baseline' ? report.baseline.violations : report.scenarios.find((s) => s.id === scenarioId)!.violations;
  return list.map((v) => `${v.rule} ${v.subject.kind === 'function' && v.subject.unitId ? `${v.subject.unitId}/${v.subject.id}` : v.subject.id}`);
};

describe('fixes', () => {
  it("on today's organisation, a fix goes into a new proposal named after it: one undo step, the problem gone, the figures the engine's", async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const assistant = await app.actions.assistant();
    const offered = await assistant.fixes({ rule: 'social-in-zone', subject: 'z1-urban' });
    expect(offered?.fixes.length).toBeGreaterThan(0);
    const fix = offered!.fixes[0]!;
    expect(fix.operations).toHaveLength(1);
    expect(fix.operations[0]!.note).toBe('修正：城市管理局的社会管理职能回归属地镇街');
    // the effect the panel shows is the engine's: staff of the file after the fix
    const expected = withScenario(small, { id: 'plan-3', name: '修正：城市管理局的社会管理职能回归属地镇街', operations: fix.operations });
    const report = engineReport(expected, 'zh');
    expect(fix.after.staff).toBe(report.scenarios[2]!.metrics.staff.total);

    expect(await assistant.applyFix(offered!, 0)).toBe(true);
    await app.idle();
    expect(app.file()).toEqual(expected);
    expect(app.state().scenarioId).toBe('plan-3');
    expect(app.state().report).toEqual(report);
    expect(violated(app, 'plan-3')).not.toContain('social-in-zone z1-urban');
    expect(app.pastLabels()).toEqual(['step.applyFix']);

    await app.actions.undo();
    await app.idle();
    expect(app.file()).toEqual(small);
    expect(app.state().report).toEqual(engineReport(small, 'zh'));
  });

  it('on a proposal, a fix is appended to it; undo drops it again', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    app.actions.switchScenario('plan-a');
    const assistant = await app.actions.assistant();
    const offered = await assistant.fixes({ rule: 'function-duplicate', subject: 'z1/investment-promotion' });
    const fix = offered!.fixes[1]!;
    expect(await assistant.applyFix(offered!, 1)).toBe(true);
    await app.idle();
    const plan = small.scenarios[0]!;
    const expected = copy(small);
    expected.scenarios[0]!.operations = [...plan.operations, ...fix.operations];
    expect(app.file()).toEqual(expected);
    expect(app.state().report).toEqual(engineReport(expected, 'zh'));
    expect(violated(app, 'plan-a')).not.toContain('function-duplicate z1/investment-promotion');
    await app.actions.undo();
    await app.idle();
    expect(app.file()).toEqual(small);
    expect(app.state().report).toEqual(engineReport(small, 'zh'));
  });

  it('a fix of several operations (no single one clears the share) is one step; undo drops them all', async () => {
    const app = await openApp();
    const xishan = app.file();
    await app.actions.createScenario('空白方案');
    await app.idle();
    const id = app.state().scenarioId;
    const assistant = await app.actions.assistant();
    const offered = await assistant.fixes({ rule: 'econ-ratio', subject: 'xs-ez' });
    const fix = offered!.fixes[0]!;
    expect(fix.operations.length).toBeGreaterThan(1);
    expect(await assistant.applyFix(offered!, 0)).toBe(true);
    await app.idle();
    const expected = withScenario(xishan, { id, name: '空白方案', operations: fix.operations });
    expect(app.file()).toEqual(expected);
    expect(app.state().report).toEqual(engineReport(expected, 'zh'));
    expect(violated(app, id)).not.toContain('econ-ratio xs-ez');
    expect(app.pastLabels()).toEqual(['step.createScenario', 'step.applyFix']);
    await app.actions.undo();
    await app.idle();
    expect(app.scenario(id).operations).toEqual([]);
    expect(app.state().report).toEqual(engineReport(withScenario(xishan, { id, name: '空白方案', operations: [] }), 'zh'));
  });

  it('on an approved proposal, a fix goes into a new draft holding its operations, then the fix; the approved one is untouched; one undo step', async () => {
    const approved = copy(small);
    approved.scenarios[0]!.status = 'approved';
    const app = await openApp({ defaultFile: JSON.stringify(approved) });
    app.actions.switchScenario('plan-a');
    const assistant = await app.actions.assistant();
    const offered = await assistant.fixes({ rule: 'function-duplicate', subject: 'z1/investment-promotion' });
    const fix = offered!.fixes[0]!;
    expect(await assistant.applyFix(offered!, 0)).toBe(true);
    await app.idle();
    const planA = approved.scenarios[0]!;
    const name = `${planA.name}（${fix.operations[0]!.note}）`;
    const expected = withScenario(approved, { id: 'plan-3', name, operations: [...planA.operations, ...fix.operations] });
    expect(app.file()).toEqual(expected);
    expect(app.file().scenarios[0]).toEqual(planA);
    expect(app.file().scenarios.at(-1)!.status).toBeUndefined();
    expect(app.state().scenarioId).toBe('plan-3');
    expect(app.state().report).toEqual(engineReport(expected, 'zh'));
    expect(violated(app, 'plan-3')).not.toContain('function-duplicate z1/investment-promotion');
    expect(violated(app, 'plan-a')).toContain('function-duplicate z1/investment-promotion');
    expect(app.pastLabels()).toEqual(['step.applyFix']);
    await app.actions.undo();
    await app.idle();
    expect(app.file()).toEqual(approved);
  });

  it('a fix worked out before the file changed is refused, and nothing changes', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    app.actions.switchScenario('plan-b');
    const assistant = await app.actions.assistant();
    const offered = await assistant.fixes({ rule: 'econ-ratio', subject: 'z1' });
    expect(await app.apply({ op: 'move', bureau: 'z1-urban', to: 's1' })).toBe(true);
    const before = app.file();
    expect(await assistant.applyFix(offered!, 0)).toBe(false);
    await app.idle();
    expect(app.file()).toBe(before);
    expect(app.notices('error').at(-1)?.details?.[0]?.message.en).toMatch(/changed since/);
  });

  it('a problem that has gone by the time the fixes are asked for gives none', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const assistant = await app.actions.assistant();
    expect(await assistant.fixes({ rule: 'social-in-zone', subject: 'z1-office' })).toBeUndefined();
  });
});

describe('a suggested plan', () => {
  const request = (fields: Partial<SuggestRequest> = {}): SuggestRequest => ({ from: 'baseline', objective: 'fewest-changes', locks: noLocks, warnings: [], ...fields });

  it('changes nothing until added; added, it is one new proposal, its locks held, its errors cleared, its figures the engine’s', async () => {
    const app = await openApp();
    const xishan = app.file();
    const assistant = await app.actions.assistant();
    const seen: Progress[] = [];
    const run = assistant.suggest(request({ locks: { ids: ['xs-ez-urban'], noAbolitions: true, noHandOvers: false } }), (p) => seen.push(p));
    const made = await run.done;
    expect(seen[0]?.done).toBe(0);
    expect(seen.at(-1)!.done).toBe(seen.at(-1)!.total);
    expect(made?.answer.ok).toBe(true);
    if (!made?.answer.ok) return;
    const { result } = made.answer;
    expect(app.file()).toBe(xishan);
    expect(app.history().past).toEqual([]);
    // the locked bureau is named by no operation, and nothing is abolished
    const ops = result.plan.map((p) => p.operation);
    expect(ops.length).toBeGreaterThan(0);
    expect(JSON.stringify(ops)).not.toContain('"xs-ez-urban"');
    expect(ops.some((op) => op.op === 'abolish')).toBe(false);

    expect(await assistant.addSuggestion({ basis: made.basis, result })).toBe(true);
    await app.idle();
    const added = app.file().scenarios.at(-1)!;
    expect(added).toEqual({ id: expect.any(String), name: '建议方案（调整最少）', notes: result.scenario.notes, operations: ops });
    ops.forEach((op: Operation) => expect(op.note).toMatch(/^建议调整：/));
    expect(app.state().scenarioId).toBe(added.id);
    const report = engineReport(withScenario(xishan, added), 'zh');
    expect(app.state().report).toEqual(report);
    const errors = report.scenarios.at(-1)!.violations.filter((v) => v.severity === 'error');
    // the suggestion says what it could not clear (the lock on the urban bureau), and the engine agrees
    expect(errors.map((v) => `${v.rule} ${v.subject.id}`).sort()).toEqual(result.remaining.map((p) => `${p.rule} ${p.subject}`).sort());
    expect(result.obstacles.map((o) => o.message.zh).join()).toContain('锁定');

    // a second suggestion with the same aim is numbered
    const again = await assistant.suggest(request(), () => undefined).done;
    if (!again?.answer.ok) return expect.fail('no second suggestion');
    expect(await assistant.addSuggestion({ basis: again.basis, result: again.answer.result })).toBe(true);
    await app.idle();
    expect(app.file().scenarios.at(-1)!.name).toBe('建议方案（调整最少） 2');

    await app.actions.undo();
    await app.actions.undo();
    await app.idle();
    expect(app.file()).toEqual(xishan);
    expect(app.state().report).toEqual(engineReport(xishan, 'zh'));
  });

  it('from a proposal: the new proposal holds its operations, then the plan’s', async () => {
    const app = await openApp();
    const assistant = await app.actions.assistant();
    const made = await assistant.suggest(request({ from: 'plan-a', objective: 'most-staff-saved' }), () => undefined).done;
    if (!made?.answer.ok) return expect.fail('no suggestion');
    const { result } = made.answer;
    const planA = app.scenario('plan-a').operations;
    expect(result.scenario.operations).toEqual([...planA, ...result.plan.map((p) => p.operation)]);
    expect(await assistant.addSuggestion({ basis: made.basis, result })).toBe(true);
    await app.idle();
    expect(app.file().scenarios.at(-1)!.name).toBe('建议方案（节约编制最多）');
    expect(app.state().report).toEqual(engineReport(app.file(), 'zh'));
  });

  it('the plan’s own changes are signed with who added them and when; those it started from keep their own', async () => {
    const AT = '2026-03-02T09:30:00+08:00';
    const app = await openApp({ author: { name: '王五', asked: true }, now: () => AT });
    const assistant = await app.actions.assistant();
    const made = await assistant.suggest(request({ from: 'plan-a' }), () => undefined).done;
    if (!made?.answer.ok) return expect.fail('no suggestion');
    const { result } = made.answer;
    expect(result.plan.length).toBeGreaterThan(0);
    const planA = app.scenario('plan-a').operations;
    expect(await assistant.addSuggestion({ basis: made.basis, result })).toBe(true);
    await app.idle();
    const added = app.file().scenarios.at(-1)!.operations;
    expect(added.slice(0, planA.length)).toEqual(planA);
    expect(added.slice(planA.length)).toEqual(result.plan.map((p) => ({ ...p.operation, by: '王五', at: AT })));
  });

  it('from an approved proposal: the approved one is untouched, the new proposal is a draft', async () => {
    const approved = copy(small);
    approved.scenarios[0]!.status = 'approved';
    const app = await openApp({ defaultFile: JSON.stringify(approved) });
    const assistant = await app.actions.assistant();
    const made = await assistant.suggest(request({ from: 'plan-a' }), () => undefined).done;
    if (!made?.answer.ok) return expect.fail('no suggestion');
    expect(await assistant.addSuggestion({ basis: made.basis, result: made.answer.result })).toBe(true);
    await app.idle();
    expect(app.file().scenarios[0]).toEqual(approved.scenarios[0]);
    const added = app.file().scenarios.at(-1)!;
    expect(added.status).toBeUndefined();
    expect(added.operations.slice(0, approved.scenarios[0]!.operations.length)).toEqual(approved.scenarios[0]!.operations);
  });

  it('cancelled at its first report, it answers so; the file, the history and the report are as they were', async () => {
    const app = await openApp();
    const before = app.state();
    const assistant = await app.actions.assistant();
    let reports = 0;
    const run = assistant.suggest(request({ objective: 'most-staff-saved' }), () => {
      reports++;
      run.cancel();
    });
    const made = await run.done;
    expect(reports).toBe(1);
    expect(made?.answer).toEqual({ ok: false, cancelled: true, message: expect.any(Object) });
    await app.idle();
    expect(app.file()).toBe(before.file);
    expect(app.state().report).toBe(before.report);
    expect(app.history()).toEqual(before.history);
  });

  it('worked out before the file changed, it is refused when added', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const assistant = await app.actions.assistant();
    const made = await assistant.suggest(request(), () => undefined).done;
    if (!made?.answer.ok) return expect.fail('no suggestion');
    await app.actions.renameScenario('plan-a', '甲');
    await app.idle();
    const before = app.file();
    expect(await assistant.addSuggestion({ basis: made.basis, result: made.answer.result })).toBe(false);
    expect(app.file()).toBe(before);
  });
});
