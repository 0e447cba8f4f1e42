// A proposal's status (SPEC §3): 草稿 / 送审 / 已批准, set as one undo step; an approved proposal
// refuses every new operation — drops, each dialog's operation, merges, renamed bureaus, several
// operations appended at once (a fix applied, a plan suggested), a whole file put in — saying why
// and how to unlock it, until it is set back to draft. Undo may take the approval itself back.
import { produceWithPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { planAppend } from '../../src/app/actions/append';
import type { FileAction } from '../../src/app/actions/types';
import { approvalBreach, lockReason } from '../../src/app/approval';
import { decideDrop } from '../../src/app/drop';
import { scenarioState } from '../../src/app/scenarioState';
import { message } from '../../src/i18n';
import type { Operation, ScenarioFile, ScenarioStatus } from '../../src/model';
import { SMALL_TEXT, copy, engineReport, parsed } from './files';
import { type App, memoryStorage, openApp, savedWorkspace } from './harness';

const small = parsed(SMALL_TEXT);
const LOCKED = { key: 'status.locked', args: { name: '甲方案：城管回归街道' } };

/** The small file with plan A at `status`. */
function withStatus(file: ScenarioFile, scenarioId: string, status: ScenarioStatus): ScenarioFile {
  const next = copy(file);
  next.scenarios.find((s) => s.id === scenarioId)!.status = status;
  return next;
}

async function approvedApp(): Promise<App> {
  const app = await openApp({ defaultFile: JSON.stringify(withStatus(small, 'plan-a', 'approved')) });
  app.actions.switchScenario('plan-a');
  await app.idle();
  return app;
}

/** Nothing changed: the same file, no new undo step, and the one notice says why and how to unlock. */
function expectRefusedAsLocked(app: App, file: ScenarioFile, steps: number): void {
  expect(app.file()).toEqual(file);
  expect(app.history().past).toHaveLength(steps);
  expect(app.notices('error').at(-1)?.message).toEqual(LOCKED);
  expect(app.state().report).toEqual(engineReport(file, 'zh'));
}

describe('setting a status', () => {
  it('is one undo step of its own name; no figure changes; undo and redo take it back and forth', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const report = app.state().report;
    expect(await app.actions.setStatus('plan-a', 'submitted')).toBe(true);
    await app.idle();
    expect(app.scenario('plan-a').status).toBe('submitted');
    expect(app.file()).toEqual(withStatus(small, 'plan-a', 'submitted'));
    expect(app.pastLabels()).toEqual(['step.setStatus']);
    expect(app.history().past[0]!.label).toEqual({ key: 'step.setStatus', args: { name: '甲方案：城管回归街道', status: 'submitted' } });
    // the engine keeps the status with its file but computes nothing new for it
    expect(app.state().report).toEqual(report);
    expect((await app.bridge.engine.loadedFile())?.file.scenarios[0]!.status).toBe('submitted');

    await app.actions.setStatus('plan-a', 'approved');
    await app.idle();
    expect(app.scenario('plan-a').status).toBe('approved');
    await app.actions.undo();
    await app.idle();
    expect(app.scenario('plan-a').status).toBe('submitted');
    await app.actions.undo();
    await app.idle();
    expect(app.file()).toEqual(small);
    expect('status' in app.scenario('plan-a')).toBe(false);
    expect((await app.bridge.engine.loadedFile())?.file.scenarios[0]!.status).toBeUndefined();
    await app.actions.redo();
    await app.idle();
    expect(app.scenario('plan-a').status).toBe('submitted');
  });

  it('to the status it has already is no step; back to draft leaves the status out (absent means draft)', async () => {
    const app = await approvedApp();
    await app.actions.setStatus('plan-b', 'draft');
    await app.idle();
    expect(app.history().past).toEqual([]);
    await app.actions.setStatus('plan-a', 'draft');
    await app.idle();
    expect(app.file()).toEqual(small);
  });
});

describe('an approved proposal refuses new operations, saying why and how to unlock it', () => {
  const dialogOperations: Array<[string, Operation]> = [
    ['move', { op: 'move', bureau: 'z1-econ', to: 't1' }],
    ['hand-over', { op: 'move', bureau: 'z1-center', to: 'p1' }],
    ['merge', { op: 'merge', bureaus: ['z1-invest', 'z1-econ'], into: { id: 'z1-big', name: '经济发展和投资促进局' } }],
    ['abolish', { op: 'abolish', bureau: 'z1-invest', functionsTo: 'z1-econ' }],
    ['create', { op: 'create', bureau: { id: 'z1-new', name: '新设局', unit: 'z1', type: 'internal', category: 'economic', functions: [], staff: { admin: 1, institutional: 0 }, leaderPosts: 0 } }],
    ['renamed bureau', { op: 'set', bureau: 'z1-invest', name: '投资促进和招商局' }],
    ['reassign', { op: 'reassign', function: 'industry-development', from: 'z1-econ', to: 'z1-invest' }],
    ['add-unit', { op: 'add-unit', unit: { id: 's2', name: '西街道', kind: 'street' } }],
    ['set-unit', { op: 'set-unit', unit: 'z1', bodyCap: null }],
    ['remove-unit', { op: 'remove-unit', unit: 'p1' }],
  ];

  it.each(dialogOperations)('a dialog’s %s', async (_, operation) => {
    const app = await approvedApp();
    const before = app.file();
    expect(await app.apply(operation)).toBe(false);
    expectRefusedAsLocked(app, before, 0);
  });

  it('a drop onto another unit, onto a platform, onto a bureau to merge: each refused with the reason, before anything is asked', async () => {
    const app = await approvedApp();
    const before = app.file();
    for (const target of [{ kind: 'unit', id: 't1' }, { kind: 'unit', id: 'p1' }, { kind: 'bureau', id: 'z1-econ' }] as const) {
      const { decision, done } = app.actions.drop('z1-invest', target);
      expect(decision).toEqual({ kind: 'refuse', reason: LOCKED });
      expect(done).toBeUndefined();
      await app.idle();
      expectRefusedAsLocked(app, before, 0);
    }
    // a drop where the card already is stays nothing: no reason to read for a card put back
    expect(app.actions.drop('z1-invest', { kind: 'unit', id: 'z1' }).decision).toEqual({ kind: 'nothing' });
  });

  it('the drop decision refuses with the lock only what would change the proposal', () => {
    const approved = withStatus(small, 'plan-a', 'approved');
    const state = scenarioState(approved, 'plan-a');
    const lock = lockReason(approved, 'plan-a');
    expect(lock).toEqual(LOCKED);
    expect(decideDrop(state, 'z1-invest', { kind: 'unit', id: 't1' }, lock)).toEqual({ kind: 'refuse', reason: LOCKED });
    // a merge of two types is refused too, but for the lock first: unlocking is what the user must do
    expect(decideDrop(state, 'z1-invest', { kind: 'bureau', id: 'z1-center' }, lock)).toEqual({ kind: 'refuse', reason: LOCKED });
    expect(decideDrop(state, 'z1-invest', undefined, lock)).toEqual({ kind: 'nothing' });
    expect(lockReason(approved, 'plan-b')).toBeUndefined();
    expect(lockReason(approved, 'baseline')).toBeUndefined();
    expect(lockReason(withStatus(small, 'plan-a', 'submitted'), 'plan-a')).toBeUndefined();
  });

  it('a note or document number edited, and the proposal renamed: refused; on a submitted proposal a note is a comment, allowed', async () => {
    const app = await approvedApp();
    const before = app.file();
    expect(await app.actions.editRecord('plan-a', 0, { note: '同意，但请补充文号' })).toBe(false);
    await app.idle();
    expectRefusedAsLocked(app, before, 0);
    expect(await app.actions.renameScenario('plan-a', '甲方案（改）')).toBe(false);
    await app.idle();
    expectRefusedAsLocked(app, before, 0);

    await app.actions.setStatus('plan-a', 'submitted');
    await app.idle();
    expect(await app.actions.editRecord('plan-a', 0, { note: '同意，但请补充文号' })).toBe(true);
    await app.idle();
    expect(app.scenario('plan-a').operations[0]!.note).toBe('同意，但请补充文号');
    expect(app.pastLabels()).toEqual(['step.setStatus', 'step.editRecord']);
  });

  it('several operations appended by one action (a fix applied, a plan suggested) through the shared helper: refused', async () => {
    const app = await approvedApp();
    const before = app.file();
    const applyFix: FileAction<[Operation[]]> = {
      name: 'applyFix',
      plan: (state, operations) => planAppend(state, state.scenarioId, operations, message('step.move', {})),
    };
    expect(await app.run(applyFix, [{ op: 'move', bureau: 'z1-econ', to: 't1' }, { op: 'move', bureau: 'z1-invest', to: 't1' }])).toBe(false);
    await app.idle();
    expectRefusedAsLocked(app, before, 0);
    // the same on a draft: both appended in one step
    app.actions.switchScenario('plan-b');
    await app.idle();
    expect(await app.run(applyFix, [{ op: 'move', bureau: 'z1-econ', to: 't1' }, { op: 'move', bureau: 'z1-invest', to: 't1' }])).toBe(true);
    await app.idle();
    expect(app.scenario('plan-b').operations).toHaveLength(4);
    expect(app.history().past).toHaveLength(1);
    expect(app.state().report).toEqual(engineReport(app.file(), 'zh'));
  });

  it('an action that puts a whole file in place, changing the approved proposal: refused; one that leaves it as it is: allowed', async () => {
    const app = await approvedApp();
    const before = app.file();
    const replace: FileAction<[ScenarioFile]> = {
      name: 'mergeFiles',
      plan: (_state, next) => ({ label: message('step.createScenario', { name: next.title }), edit: () => next, engine: { redo: { kind: 'file' }, undo: { kind: 'file' } } }),
    };
    const changed = copy(before);
    changed.scenarios[0]!.operations.push({ op: 'move', bureau: 'z1-econ', to: 't1' });
    expect(await app.run(replace, changed)).toBe(false);
    await app.idle();
    expectRefusedAsLocked(app, before, 0);
    // keys in another order are the same operations
    const reordered = copy(before);
    reordered.title = '另一标题';
    reordered.scenarios[0]!.operations = reordered.scenarios[0]!.operations.map((o) => Object.fromEntries(Object.entries(o).reverse()) as Operation);
    expect(await app.run(replace, reordered)).toBe(true);
    await app.idle();
    expect(app.file().title).toBe('另一标题');
  });

  it('allowed: its status set back to draft (then it takes operations again), a copy made, another proposal changed, today’s organisation edited, deleting it', async () => {
    const app = await approvedApp();
    // a copy is a new draft with the same operations
    await app.actions.createScenario('甲方案副本', 'plan-a');
    await app.idle();
    const copied = app.file().scenarios.at(-1)!;
    expect(copied.status).toBeUndefined();
    expect(copied.operations).toEqual(app.scenario('plan-a').operations);
    expect(await app.apply({ op: 'move', bureau: 'z1-econ', to: 't1' })).toBe(true);
    // today's organisation is not locked by a proposal
    app.actions.switchScenario('baseline');
    await app.idle();
    expect(await app.apply({ op: 'set', bureau: 't1-office', name: '镇党政综合办' })).toBe(true);
    app.actions.switchScenario('plan-a');
    await app.idle();
    await app.actions.setStatus('plan-a', 'draft');
    await app.idle();
    expect(await app.apply({ op: 'move', bureau: 'z1-econ', to: 't1' })).toBe(true);
    expect(app.scenario('plan-a').operations.at(-1)).toEqual({ op: 'move', bureau: 'z1-econ', to: 't1' });
    await app.actions.setStatus('plan-a', 'approved');
    await app.idle();
    expect(await app.actions.deleteScenario('plan-a')).toBe(true);
    await app.idle();
    expect(app.file().scenarios.map((s) => s.id)).toEqual(['plan-b', 'plan-3']);
    expect(app.state().report).toEqual(engineReport(app.file(), 'zh'));
    // undo brings it back, approved, with its operations
    await app.actions.undo();
    await app.idle();
    expect(app.scenario('plan-a').status).toBe('approved');
    expect(app.scenario('plan-a').operations).toHaveLength(2);
  });
});

describe('undo and redo under an approval', () => {
  it('undo takes back the approval first, then the operations it had approved; redo puts both back', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    app.actions.switchScenario('plan-a');
    await app.idle();
    await app.apply({ op: 'move', bureau: 'z1-econ', to: 't1' });
    await app.actions.setStatus('plan-a', 'approved');
    await app.idle();
    const approved = app.file();
    await app.actions.undo();
    await app.idle();
    expect(app.scenario('plan-a').status).toBeUndefined();
    expect(app.scenario('plan-a').operations).toHaveLength(2);
    await app.actions.undo();
    await app.idle();
    expect(app.file()).toEqual(small);
    await app.actions.redo();
    await app.actions.redo();
    await app.idle();
    expect(app.file()).toEqual(approved);
    expect(app.notices('error')).toEqual([]);
  });

  it('undo takes back a step that approved a proposal together with operations it brought (proposals merged from a colleague’s file)', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const theirs = withStatus(small, 'plan-a', 'approved');
    theirs.scenarios[0]!.operations.push({ op: 'move', bureau: 'z1-econ', to: 't1', by: '李四', at: '2026-11-30' });
    const replace: FileAction<[ScenarioFile]> = {
      name: 'mergeFiles',
      plan: (_state, next) => ({ label: message('step.createScenario', { name: next.title }), edit: () => next, engine: { redo: { kind: 'file' }, undo: { kind: 'file' } } }),
    };
    expect(await app.run(replace, theirs)).toBe(true);
    await app.idle();
    expect(app.file()).toEqual(theirs);
    await app.actions.undo();
    await app.idle();
    expect(app.file()).toEqual(small);
    expect(app.notices('error')).toEqual([]);
    // but no new step may do the same to an approved proposal: the approval must be taken back first
    await app.actions.redo();
    await app.idle();
    const ours = copy(theirs);
    ours.scenarios[0]!.status = 'draft';
    ours.scenarios[0]!.operations.pop();
    expect(await app.run(replace, ours)).toBe(false);
    await app.idle();
    expectRefusedAsLocked(app, theirs, 1);
  });

  it('a step that would change the operations of a proposal approved before and after it is not undone (a history restored with such a file)', async () => {
    // the stored work: plan A approved with a move appended, and an undo step that appended it
    const approved = withStatus(small, 'plan-a', 'approved');
    const [file, patches, inverse] = produceWithPatches(approved, (draft) => {
      draft.scenarios[0]!.operations.push({ op: 'move', bureau: 'z1-econ', to: 't1' });
    });
    const step = { label: message('step.move', {}), scenarioId: 'plan-a', patches, inverse, redoSync: { kind: 'file' as const }, undoSync: { kind: 'file' as const } };
    const storage = memoryStorage();
    storage.putCurrent(savedWorkspace(file, { scenarioId: 'plan-a', history: { past: [step], future: [] } }));
    const app = await openApp({ storage });
    expect(app.file()).toEqual(file);
    await app.actions.undo();
    await app.idle();
    expectRefusedAsLocked(app, file, 1);
    // once set back to draft, the same undo is allowed
    await app.actions.setStatus('plan-a', 'draft');
    await app.idle();
    expect(app.history().future).toEqual([]);
  });
});

describe('the rule over two files', () => {
  it('the approved content is the name, the notes and the operations with their records; meta and the status are not', () => {
    const approved = withStatus(small, 'plan-a', 'approved');
    const change = (edit: (file: ScenarioFile) => void) => {
      const next = copy(approved);
      edit(next);
      return approvalBreach(approved, next);
    };
    expect(change((f) => (f.scenarios[0]!.name = '改名'))).toEqual(LOCKED);
    expect(change((f) => (f.scenarios[0]!.notes = '补充说明'))).toEqual(LOCKED);
    expect(change((f) => (f.scenarios[0]!.operations[0]!.doc = '东编〔2025〕2号'))).toEqual(LOCKED);
    expect(change((f) => (f.scenarios[0]!.operations[0]!.by = '李四'))).toEqual(LOCKED);
    expect(change((f) => f.scenarios[0]!.operations.pop())).toEqual(LOCKED);
    expect(change((f) => (f.scenarios[0]!.meta = { layout: 1 }))).toBeUndefined();
    expect(change((f) => delete f.scenarios[0]!.status)).toBeUndefined();
    expect(change((f) => f.scenarios.splice(0, 1))).toBeUndefined();
    expect(change((f) => f.scenarios[1]!.operations.pop())).toBeUndefined();
    expect(change((f) => f.scenarios.reverse())).toBeUndefined();
    expect(change((f) => (f.units[0]!.bodyCap = 9))).toBeUndefined();
  });
});

describe('proposals named as Object.prototype’s properties', () => {
  it.each(['__proto__', 'constructor', 'toString'])('a proposal with the id %s: its status set, it locks, undo takes it back, the other proposal untouched', async (id) => {
    const file = copy(small);
    file.scenarios[0]!.id = id;
    file.scenarios[0]!.name = id;
    const app = await openApp({ defaultFile: JSON.stringify(file) });
    app.actions.switchScenario(id);
    await app.idle();
    expect(app.state().scenarioId).toBe(id);
    expect(lockReason(app.file(), id)).toBeUndefined();
    expect(await app.actions.setStatus(id, 'approved')).toBe(true);
    await app.idle();
    expect(app.scenario(id).status).toBe('approved');
    expect(app.scenario('plan-b').status).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'status')).toBe(false);
    expect(lockReason(app.file(), id)).toEqual({ key: 'status.locked', args: { name: id } });
    expect(lockReason(app.file(), 'plan-b')).toBeUndefined();
    // the lock holds for this proposal's drops and dialogs, not for the other's
    const approved = app.file();
    expect(app.actions.drop('z1-econ', { kind: 'unit', id: 't1' }).decision.kind).toBe('refuse');
    expect(await app.apply({ op: 'move', bureau: 'z1-econ', to: 't1' })).toBe(false);
    expect(app.file()).toEqual(approved);
    expect((await app.bridge.engine.loadedFile())?.file.scenarios[0]!.status).toBe('approved');
    await app.actions.undo();
    await app.idle();
    expect(app.file()).toEqual(file);
    expect(await app.apply({ op: 'move', bureau: 'z1-econ', to: 't1' })).toBe(true);
    expect(app.scenario(id).operations).toHaveLength(file.scenarios[0]!.operations.length + 1);
  });
});

describe('undo across status changes', () => {
  it('approved, unlocked, changed: undo walks back through the change, the unlock and the approval; redo forward; a new step clears what was undone', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    app.actions.switchScenario('plan-a');
    await app.idle();
    await app.actions.setStatus('plan-a', 'approved');
    await app.actions.setStatus('plan-a', 'draft');
    await app.apply({ op: 'move', bureau: 'z1-econ', to: 't1' });
    await app.idle();
    const changed = app.file();
    await app.actions.undo(); // the move
    await app.actions.undo(); // the unlock: approved again, with the operations it had
    await app.idle();
    expect(app.file()).toEqual(withStatus(small, 'plan-a', 'approved'));
    // locked again: a drop is refused, and nothing of the redo list is lost
    expect(await app.apply({ op: 'move', bureau: 'z1-invest', to: 't1' })).toBe(false);
    expect(app.history().future).toHaveLength(2);
    await app.actions.redo();
    await app.actions.redo();
    await app.idle();
    expect(app.file()).toEqual(changed);
    expect(app.notices('error')).toHaveLength(1);
    // the status undone while another proposal is on screen: the step shows its own proposal
    await app.actions.undo();
    await app.actions.undo();
    app.actions.switchScenario('plan-b');
    await app.actions.undo();
    await app.idle();
    expect(app.file()).toEqual(small);
    expect(app.state().scenarioId).toBe('plan-a');
    await app.apply({ op: 'move', bureau: 'z1-econ', to: 't1' });
    await app.idle();
    expect(app.history().future).toEqual([]);
  });
});
