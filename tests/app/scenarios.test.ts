// Proposals: create (empty or as a copy), rename, delete; each one undo step, each checked by the engine.
import { describe, expect, it } from 'vitest';
import { BASELINE_ID, type Operation } from '../../src/model';
import { SMALL, SMALL_TEXT, copy, engineReport, parsed } from './files';
import { type App, openApp } from './harness';

const small = parsed(SMALL_TEXT);
const ID = /^[A-Za-z0-9_.-]{1,64}$/;

async function smallApp(text = SMALL_TEXT): Promise<App> {
  return openApp({ defaultFile: text });
}

describe('scenarios', () => {
  it('creates an empty scenario with a new valid id, shows it, and the report has it with no savings', async () => {
    const app = await smallApp();
    expect(await app.actions.createScenario('丙方案')).toBe(true);
    await app.idle();
    const created = app.file().scenarios[2]!;
    expect(created.name).toBe('丙方案');
    expect(created.operations).toEqual([]);
    expect(created.id).toMatch(ID);
    expect(['baseline', 'plan-a', 'plan-b']).not.toContain(created.id);
    expect(app.state().scenarioId).toBe(created.id);
    const expected = copy(small);
    expected.scenarios.push({ id: created.id, name: '丙方案', operations: [] });
    expect(app.file()).toEqual(expected);
    const report = app.state().report!;
    expect(report).toEqual(engineReport(expected, 'zh'));
    expect(report.scenarios[2]!.metrics).toEqual(report.baseline.metrics);
    expect(app.pastLabels()).toEqual(['step.createScenario']);
    expect(app.state().changes).toEqual([]);
  });

  it('creates a copy with the same operations and the same figures; changing the copy leaves the original alone', async () => {
    const app = await smallApp();
    expect(await app.actions.createScenario('乙方案副本', 'plan-b')).toBe(true);
    await app.idle();
    const id = app.state().scenarioId;
    expect(app.scenario(id).operations).toEqual(small.scenarios[1]!.operations);
    const report = app.state().report!;
    expect(report).toEqual(engineReport(app.file(), 'zh'));
    expect(report.scenarios.find((s) => s.id === id)!.metrics).toEqual(report.scenarios.find((s) => s.id === 'plan-b')!.metrics);
    expect(app.state().changes).toHaveLength(2);

    const operation: Operation = { op: 'move', bureau: 'o1-tech', to: 'z1' };
    expect(await app.apply(operation)).toBe(true);
    await app.actions.editRecord(id, 0, { doc: '东编〔2025〕9号', note: '副本的说明' });
    await app.idle();
    expect(app.scenario('plan-b')).toEqual(small.scenarios[1]);
    expect(app.scenario(id).operations[0]).toEqual({ ...small.scenarios[1]!.operations[0], doc: '东编〔2025〕9号', note: '副本的说明' });
    expect(app.state().report).toEqual(engineReport(app.file(), 'zh'));
  });

  it('gives every new scenario an id of its own, also after deletions and when the file already uses plan-N ids', async () => {
    const taken = { ...copy(SMALL), scenarios: [{ id: 'plan-3', name: '三', operations: [] }, { id: 'plan-4', name: '四', operations: [] }] };
    const app = await smallApp(JSON.stringify(taken));
    const seen = new Set(['plan-3', 'plan-4']);
    for (const name of ['一', '二', '五']) {
      expect(await app.actions.createScenario(name)).toBe(true);
      seen.add(app.state().scenarioId);
    }
    expect(await app.actions.deleteScenario('plan-3')).toBe(true);
    expect(await app.actions.createScenario('六')).toBe(true);
    seen.add(app.state().scenarioId);
    await app.idle();
    const ids = app.file().scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(seen.size).toBe(6);
    for (const id of ids) expect(id).toMatch(ID);
    expect(ids).not.toContain(BASELINE_ID);
    expect(app.state().report).toEqual(engineReport(app.file(), 'zh'));
  });

  it('renames a scenario in the file and the report, as one undo step', async () => {
    const app = await smallApp();
    app.actions.switchScenario('plan-b');
    expect(await app.actions.renameScenario('plan-a', '甲方案（第二稿）')).toBe(true);
    await app.idle();
    const expected = copy(small);
    expected.scenarios[0]!.name = '甲方案（第二稿）';
    expect(app.file()).toEqual(expected);
    expect(app.state().report).toEqual(engineReport(expected, 'zh'));
    expect(app.state().report!.scenarios[0]!.name).toBe('甲方案（第二稿）');
    expect(app.state().scenarioId).toBe('plan-b');
    expect(app.pastLabels()).toEqual(['step.renameScenario']);
    await app.actions.undo();
    await app.idle();
    expect(app.file()).toEqual(small);
    expect(app.state().report).toEqual(engineReport(small, 'zh'));
  });

  it.each([
    ['an empty name', ''],
    ['a name over 200 characters', '方'.repeat(201)],
  ])('refuses to rename to %s and changes nothing', async (_, name) => {
    const app = await smallApp();
    const before = copy({ file: app.file(), report: app.state().report });
    expect(await app.actions.renameScenario('plan-a', name)).toBe(false);
    await app.idle();
    expect(app.file()).toEqual(before.file);
    expect(app.state().report).toEqual(before.report);
    expect(app.history().past).toEqual([]);
    expect(app.notices('error')).toHaveLength(1);
  });

  it('deletes the scenario on screen and shows the baseline', async () => {
    const app = await smallApp();
    app.actions.switchScenario('plan-a');
    expect(await app.actions.deleteScenario('plan-a')).toBe(true);
    await app.idle();
    expect(app.state().scenarioId).toBe(BASELINE_ID);
    const expected = { ...copy(small), scenarios: [copy(small.scenarios[1]!)] };
    expect(app.file()).toEqual(expected);
    expect(app.state().report).toEqual(engineReport(expected, 'zh'));
    expect(app.state().changes).toEqual([]);
    expect(app.pastLabels()).toEqual(['step.deleteScenario']);
  });

  it('deletes another scenario and stays on the one on screen; the last one can go too', async () => {
    const app = await smallApp();
    app.actions.switchScenario('plan-b');
    expect(await app.actions.deleteScenario('plan-a')).toBe(true);
    await app.idle();
    expect(app.state().scenarioId).toBe('plan-b');
    expect(app.state().changes).toHaveLength(2);
    expect(await app.actions.deleteScenario('plan-b')).toBe(true);
    await app.idle();
    expect(app.file().scenarios).toEqual([]);
    expect(app.state().report).toEqual(engineReport({ ...copy(small), scenarios: [] }, 'zh'));
    expect(app.state().scenarioId).toBe(BASELINE_ID);
  });

  it('deleting a scenario that does not exist does nothing and records no step', async () => {
    const app = await smallApp();
    expect(await app.actions.deleteScenario('plan-z')).toBe(false);
    expect(app.file()).toEqual(small);
    expect(app.history().past).toEqual([]);
  });

  it('switching to a scenario that does not exist is ignored', async () => {
    const app = await smallApp();
    app.actions.switchScenario('plan-a');
    app.actions.switchScenario('plan-z');
    expect(app.state().scenarioId).toBe('plan-a');
  });

  it('a scenario created, changed and renamed keeps its operations through all of it', async () => {
    const app = await smallApp();
    await app.actions.createScenario('丁方案', 'plan-a');
    const id = app.state().scenarioId;
    const operation: Operation = { op: 'abolish', bureau: 's1-econ', functionsTo: 'z1-econ' };
    await app.apply(operation);
    await app.actions.renameScenario(id, '丁方案（定稿）');
    await app.idle();
    const expected = copy(small);
    expected.scenarios.push({ id, name: '丁方案（定稿）', operations: [...copy(small.scenarios[0]!.operations), operation] });
    expect(app.file()).toEqual(expected);
    expect(app.state().report).toEqual(engineReport(expected, 'zh'));
  });
});
