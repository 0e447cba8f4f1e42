// Working with a colleague's file through the app: bring its proposals in, see what differs, merge
// two edited copies. Each change is one undo step that gives back the file before, exactly; the
// figures are the engine's, read from the files alone; nothing changes before it is confirmed.
import { describe, expect, it } from 'vitest';
import { choicesMissing, incomingIds, undecided } from '../../src/app/sharing/choices';
import type { ChosenFile } from '../../src/app/sharing/read';
import { render } from '../../src/i18n';
import type { Operation, Scenario, ScenarioFile } from '../../src/model';
import gb18030 from '../browser/gb18030';
import { SMALL_TEXT, copy, engineReport, parsed } from './files';
import { type App, openApp } from './harness';

const small = parsed(SMALL_TEXT);

function chosen(name: string, content: ScenarioFile | string | Uint8Array): ChosenFile {
  const bytes = content instanceof Uint8Array ? content : new TextEncoder().encode(typeof content === 'string' ? content : JSON.stringify(content));
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
}

/** A file read inside a dialog (the other copy, the ancestor, the file to compare with), once it is there. */
async function readInto(app: App, name: string, content: ScenarioFile, role: 'diff' | 'theirs' | 'ancestor') {
  expect(await app.actions.share.read(chosen(name, content), role)).toBe(true);
  const request = app.state().sharing;
  const other = request?.kind === 'diff' ? request.other : request?.kind === 'merge' ? request[role as 'theirs' | 'ancestor'] : undefined;
  if (!other) return expect.fail(`${name} was not read into the dialog`);
  return other;
}

/** The colleague's copy: the same organisation, a plan-a of their own and a third proposal. */
function sameBaselineCopy(): ScenarioFile {
  const file = copy(small);
  file.title = '同事的方案';
  file.scenarios = [
    { id: 'plan-a', name: '同事甲方案', status: 'submitted', operations: [{ op: 'move', bureau: 'o1-tech', to: 'z1', by: '李四', at: '2025-06-02' }] },
    { id: 'plan-c', name: '丙方案：撤销经济服务办', operations: [{ op: 'abolish', bureau: 's1-econ', functionsTo: 'z1-econ', by: '李四', at: '2025-06-03' }] },
  ];
  return file;
}

/** Another organisation: the town's office gone, the urban bureau renamed; plan-x moves what is gone. */
function otherBaselineCopy(): ScenarioFile {
  const file = copy(small);
  file.title = '另一份现状';
  file.bureaus = file.bureaus.filter((b) => b.id !== 't1-office').map((b) => (b.id === 'z1-urban' ? { ...b, name: '城市管理和综合执法局' } : b));
  file.scenarios = [
    {
      id: 'plan-x',
      name: '戊方案',
      status: 'approved',
      operations: [
        { op: 'move', bureau: 'z1-urban', to: 's1' },
        { op: 'move', bureau: 'o1-tech', to: 'z1' },
      ],
    },
  ];
  return file;
}

async function figuresOf(app: App, id: string) {
  await app.idle();
  return app.state().report!.scenarios.find((s) => s.id === id)!;
}

describe('bringing proposals in', () => {
  it('same baseline: the chosen proposals come in as they are, a clashing id renamed and said; one undo takes it all back', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const theirs = sameBaselineCopy();
    expect(await app.actions.share.bringInFrom(chosen('colleague.json', theirs))).toBe(true);
    const request = app.state().sharing;
    expect(request?.kind).toBe('bringIn');
    if (request?.kind !== 'bringIn') return;
    const other = request.other;
    expect(other.sameBaseline).toBe(true);
    expect(other.name).toBe('colleague.json');
    // each proposal summed up with its figures in its own file
    const theirReport = engineReport(theirs, 'zh');
    expect(other.proposals.map((p) => [p.id, p.status, p.by, p.at, p.savings])).toEqual(
      theirReport.scenarios.map((s, i) => [s.id, theirs.scenarios[i]!.status ?? 'draft', '李四', theirs.scenarios[i]!.operations.at(-1)!.at, s.savings]),
    );
    // reading it changed nothing
    expect(app.file()).toEqual(small);
    expect(app.history().past).toEqual([]);

    const plan = await app.actions.share.bringInPlan(other.token);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.view.sameBaseline).toBe(true);
    expect(plan.view.proposals.map((p) => p.refused.length)).toEqual([0, 0]);
    // what the dialog says before anything is done: the ids they will take, no choice to make
    expect([...incomingIds(app.file(), plan.view, new Set(['plan-a', 'plan-c']))]).toEqual([['plan-a', 'plan-a-2'], ['plan-c', 'plan-c']]);
    expect([...incomingIds(app.file(), plan.view, new Set(['plan-c']))]).toEqual([['plan-c', 'plan-c']]);
    expect(choicesMissing(plan.view, new Set(['plan-a', 'plan-c']), new Map())).toEqual([]);

    const done = await app.actions.share.bringIn({ token: other.token, chosen: ['plan-a', 'plan-c'], choices: [] });
    expect(done).toEqual({ ok: true });
    await app.idle();
    const expected: ScenarioFile = { ...copy(small), scenarios: [...copy(small).scenarios, { ...theirs.scenarios[0]!, id: 'plan-a-2' }, theirs.scenarios[1]!] };
    expect(app.file()).toEqual(expected);
    expect(app.state().report).toEqual(engineReport(expected, 'zh'));
    // each proposal brought in has the figures it had in its own file
    for (const [here, there] of [['plan-a-2', 'plan-a'], ['plan-c', 'plan-c']] as const) {
      const mine = await figuresOf(app, here);
      const source = theirReport.scenarios.find((s) => s.id === there)!;
      expect(mine.metrics).toEqual(source.metrics);
      expect(mine.savings).toEqual(source.savings);
    }
    expect(app.state().scenarioId).toBe('plan-a-2');
    expect(app.state().sharing).toBeUndefined();
    expect(app.pastLabels()).toEqual(['step.bringIn']);
    const told = app.notices('info').at(-1)!;
    expect(told.message.key).toBe('notice.sharingDone');
    expect(told.details!.map((d) => d.message.zh)).toEqual(['带入 2 个方案。', '方案 ID “plan-a” 在本文件中已被占用，带入后改为 “plan-a-2”。']);

    await app.actions.undo();
    await app.idle();
    expect(app.file()).toEqual(small);
    expect(app.state().report).toEqual(engineReport(small, 'zh'));
    await app.actions.redo();
    await app.idle();
    expect(app.file()).toEqual(expected);
  });

  it('different baseline: what does not apply is listed with the reason; skip or keep aside as chosen; refused until every choice is made', async () => {
    // here, the bureau plan-x moves first is gone (and plan-a, which moved it, with it)
    const mine = copy(small);
    mine.bureaus = mine.bureaus.filter((b) => b.id !== 'z1-urban');
    mine.scenarios = mine.scenarios.filter((s) => s.id !== 'plan-a');
    const app = await openApp({ defaultFile: JSON.stringify(mine) });
    const before = copy(app.file());
    const theirs = otherBaselineCopy();
    expect(await app.actions.share.bringInFrom(chosen('other.json', theirs))).toBe(true);
    const request = app.state().sharing;
    if (request?.kind !== 'bringIn') return expect.fail('no bring-in dialog');
    expect(request.other.sameBaseline).toBe(false);
    const plan = await app.actions.share.bringInPlan(request.other.token);
    if (!plan.ok) return expect.fail('no plan');
    // the baselines: t1-office only here, z1-urban there only (abolished here), changed nothing else
    expect(plan.view.baseline.bureaus.map((c) => [c.change, c.id])).toEqual([
      ['removed', 't1-office'],
      ['added', 'z1-urban'],
    ]);
    const [incoming] = plan.view.proposals;
    expect(incoming!.refused.map((r) => [r.index, r.errors[0]!.code])).toEqual([[0, 'op.bureauMissing']]);
    expect(incoming!.refused[0]!.line.message.key).toBe('change.move');
    expect(choicesMissing(plan.view, new Set(['plan-x']), new Map())).toEqual(['plan-x']);
    expect(choicesMissing(plan.view, new Set(['plan-x']), new Map([['plan-x', 'skip']]))).toEqual([]);
    expect(choicesMissing(plan.view, new Set(), new Map())).toEqual([]);

    // no choice made: refused, nothing changed
    const refused = await app.actions.share.bringIn({ token: request.other.token, chosen: ['plan-x'], choices: [] });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.errors.map((e) => e.code)).toEqual(['share.choiceMissing']);
    await app.idle();
    expect(app.file()).toEqual(before);

    // skip: the operation that applies comes in, the other is recorded; approved no longer holds
    expect(await app.actions.share.bringIn({ token: request.other.token, chosen: ['plan-x'], choices: [['plan-x', 'skip']] })).toEqual({ ok: true });
    await app.idle();
    const skipped = app.scenario('plan-x');
    expect(skipped.operations).toEqual([theirs.scenarios[0]!.operations[1]]);
    expect(skipped.status).toBeUndefined();
    const record = skipped.meta!['zonereform.notApplied'] as { choice: string; refused: Array<{ index: number; operation: Operation }> };
    expect(record.choice).toBe('skip');
    expect(record.refused.map((r) => [r.index, r.operation])).toEqual([[0, theirs.scenarios[0]!.operations[0]]]);
    expect(app.state().report).toEqual(engineReport(app.file(), 'zh'));
    await app.actions.undo();
    await app.idle();
    expect(app.file()).toEqual(before);

    // keep aside: nothing of it applies, every operation kept whole in the record
    expect(await app.actions.share.bringInFrom(chosen('other.json', theirs))).toBe(true);
    const again = app.state().sharing;
    if (again?.kind !== 'bringIn') return expect.fail('no bring-in dialog');
    expect(await app.actions.share.bringIn({ token: again.other.token, chosen: ['plan-x'], choices: [['plan-x', 'keepAside']] })).toEqual({ ok: true });
    await app.idle();
    const aside = app.scenario('plan-x');
    expect(aside.operations).toEqual([]);
    expect(aside.status).toBe('approved');
    expect((aside.meta!['zonereform.notApplied'] as { operations: Operation[] }).operations).toEqual(theirs.scenarios[0]!.operations);
    expect((await figuresOf(app, 'plan-x')).metrics).toEqual(app.state().report!.baseline.metrics);
    await app.actions.undo();
    await app.idle();
    expect(app.file()).toEqual(before);
    expect(app.history().past).toEqual([]);
  });

  it('a file that does not open is refused with its errors, as opening shows them; nothing changes', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    expect(await app.actions.share.bringInFrom(chosen('notes.txt', '这不是方案文件'))).toBe(false);
    expect(app.state().importErrors?.name).toBe('notes.txt');
    expect(app.state().importErrors?.errors.map((e) => e.path)).toEqual(['$']);
    expect(app.state().sharing).toBeUndefined();
    const huge = { name: 'huge.json', size: 21 * 1024 * 1024, arrayBuffer: async () => expect.fail('a file over the limit is not read') };
    expect(await app.actions.share.bringInFrom(huge)).toBe(false);
    expect(app.state().importErrors?.errors.map((e) => e.code)).toEqual(['file.tooLargeToRead']);
    expect(app.file()).toEqual(small);
  });
});

describe('a file in another encoding', () => {
  it('in GB18030 is shown decoded first; its proposals are offered only once the user confirms the text', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const theirs = sameBaselineCopy();
    expect(await app.actions.share.bringInFrom(chosen('同事.json', new Uint8Array(gb18030(JSON.stringify(theirs)))))).toBe(false);
    const check = app.state().encodingCheck;
    expect(check?.encoding).toBe('GB18030');
    expect(check?.sample.join()).toContain('同事的方案');
    expect(app.state().sharing).toBeUndefined();
    expect(await app.actions.confirmEncoding()).toBe(true);
    const request = app.state().sharing;
    expect(request?.kind).toBe('bringIn');
    expect(request?.kind === 'bringIn' && request.other.title).toBe('同事的方案');
    expect(app.notices('info').map((n) => render('en', n.message)).join()).toContain('GB18030');
    // nothing of the open work changed
    expect(app.file()).toEqual(small);
  });
});

describe('a file dropped while work is open', () => {
  it('asks: opening it opens it; with Shift its proposals are offered at once', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const theirs = sameBaselineCopy();
    expect(await app.actions.share.dropped(chosen('colleague.json', theirs), false)).toBe(true);
    expect(app.state().sharing?.kind).toBe('dropped');
    expect(app.file()).toEqual(small);
    const documentId = app.state().documentId;
    expect(await app.actions.share.answer('open')).toBe(true);
    await app.idle();
    expect(app.state().sharing).toBeUndefined();
    expect(app.state().documentId).toBe(documentId + 1);
    expect(app.file()).toEqual(parsed(JSON.stringify(theirs)));

    expect(await app.actions.share.dropped(chosen('small.json', SMALL_TEXT), true)).toBe(true);
    expect(app.state().sharing?.kind).toBe('bringIn');
    await app.actions.share.close();
    expect(app.state().sharing).toBeUndefined();
  });
});

describe('what differs', () => {
  it('between the open file and another: baselines by id, proposals operation by operation, figures side by side', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const theirs = copy(small);
    theirs.bureaus = theirs.bureaus.map((b) => (b.id === 'z1-invest' ? { ...b, staff: { admin: 10, institutional: 0 } } : b));
    theirs.scenarios[1]!.operations.push({ op: 'set', bureau: 'z1-econ', leaderPosts: 1, by: '王五', at: '2025-06-04' });
    await app.actions.share.start('diff');
    const other = await readInto(app, 'theirs.json', theirs, 'diff');
    const diff = await app.actions.share.compareFile(other.token);
    if (!diff.ok) return expect.fail('not compared');
    const { view } = diff;
    expect(view.baseline.bureaus.map((c) => [c.change, c.id, c.change === 'changed' ? c.fields : []])).toEqual([
      ['changed', 'z1-invest', [{ field: 'staff', before: { admin: 8, institutional: 0 }, after: { admin: 10, institutional: 0 } }]],
    ]);
    const planB = view.proposals.find((p) => p.id === 'plan-b');
    if (planB?.change !== 'changed') return expect.fail('plan-b not changed');
    expect(planB.operations.map((o) => [o.change, o.change === 'added' ? o.operation.by : undefined, o.line?.message.key])).toEqual([['added', '王五', 'change.set']]);
    const ours = engineReport(small, 'zh');
    const their = engineReport(theirs, 'zh');
    const baseline = view.figures.find((f) => f.state === 'baseline')!;
    expect(baseline.before!.metrics.staff).toEqual(ours.baseline.metrics.staff);
    expect(baseline.after!.metrics.staff).toEqual(their.baseline.metrics.staff);
    expect(baseline.differences).toContainEqual({ figure: 'staff.admin', before: ours.baseline.metrics.staff.admin, after: ours.baseline.metrics.staff.admin + 2 });
    const figuresB = view.figures.find((f) => f.state === 'plan-b')!;
    expect(figuresB.after!.savings).toEqual(their.scenarios[1]!.savings);
    expect(app.file()).toEqual(small);
  });

  it('between a proposal and its state before the steps that changed it', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    app.actions.switchScenario('plan-a');
    await app.apply({ op: 'move', bureau: 'o1-tech', to: 'z1' });
    app.actions.switchScenario('plan-b');
    await app.apply({ op: 'set', bureau: 'z1-econ', leaderPosts: 1 });
    app.actions.switchScenario('plan-a');
    await app.apply({ op: 'set', bureau: 'z1-invest', name: '投资促进和营商环境局' });
    const states = await app.actions.share.earlierStates('plan-a');
    // the step on plan-b is not one of plan-a's
    expect(states.map((s) => s.steps)).toEqual([1, 3]);
    const diff = await app.actions.share.compareEarlier('plan-a', 3);
    if (!diff.ok) return expect.fail('not compared');
    expect(diff.view.operations.map((o) => [o.change, o.change === 'added' ? o.after : -1])).toEqual([
      ['added', 1],
      ['added', 2],
    ]);
    // before: plan-a as the file opened it; after: as it is now
    const { units: _before, ...opened } = engineReport(small, 'zh').scenarios[0]!.metrics;
    const { units: _after, ...now } = engineReport(app.file(), 'zh').scenarios[0]!.metrics;
    expect(diff.view.figures.before!.metrics).toEqual(opened);
    expect(diff.view.figures.after!.metrics).toEqual(now);
    const two = await app.actions.share.compareProposals('plan-a', 'plan-b');
    expect(two.ok && two.view.after.id).toBe('plan-b');
  });
});

/** The small file with one operation appended to plan-a. */
function withPlanA(file: ScenarioFile, operation: Operation, title = file.title): ScenarioFile {
  const out = copy(file);
  out.title = title;
  out.scenarios[0]!.operations.push(operation);
  return out;
}

describe('merging two edited copies', () => {
  const ourOp: Operation = { op: 'set', bureau: 'z1-econ', leaderPosts: 1, by: '张三', at: '2025-06-02T09:00:00+08:00' };
  const theirOp: Operation = { op: 'set', bureau: 'z1-econ', leaderPosts: 3, by: '李四', at: '2025-06-02T10:00:00+08:00' };
  const theirOther: Operation = { op: 'move', bureau: 'o1-tech', to: 'z1', by: '李四', at: '2025-06-02T11:00:00+08:00' };

  async function planned(app: App) {
    await app.actions.share.start('merge');
    const theirs = await readInto(app, 'theirs.json', withPlanA(withPlanA(small, theirOp), theirOther), 'theirs');
    const ancestor = await readInto(app, 'ancestor.json', small, 'ancestor');
    const plan = await app.actions.share.planMerge(theirs.token, ancestor.token);
    if (!plan.ok) return expect.fail('not planned');
    return plan.view;
  }

  for (const side of ['ours', 'theirs'] as const) {
    it(`a conflict decided for ${side}: the merged file is as expected, one undo step`, async () => {
      const app = await openApp({ defaultFile: SMALL_TEXT });
      app.actions.switchScenario('plan-a');
      await app.apply({ ...ourOp });
      const before = copy(app.file());
      const view = await planned(app);
      expect(view.ancestorKnown).toBe(true);
      expect(view.conflicts.map((c) => [c.kind, c.id])).toEqual([['edit', 'proposal/plan-a/edit/bureau/z1-econ/leaderPosts']]);
      const conflict = view.conflicts[0]!;
      if (conflict.kind !== 'edit') return;
      expect([conflict.ourValue, conflict.theirValue]).toEqual([1, 3]);
      expect(conflict.ours.map((o) => o.line.message.key)).toEqual(['change.set']);
      // nothing applied yet
      expect(app.file()).toEqual(before);
      expect(undecided(view.conflicts, new Map())).toHaveLength(1);
      expect(undecided(view.conflicts, new Map([[conflict.id, 'both']]))).toHaveLength(1);
      expect(undecided(view.conflicts, new Map([[conflict.id, side]]))).toEqual([]);

      expect(await app.actions.share.merge([[conflict.id, side]])).toEqual({ ok: true });
      await app.idle();
      const base = small.scenarios[0]!.operations;
      // the theirs' move merges without a question; the conflicting set is the chosen side's
      const operations = side === 'ours' ? [...base, ourOp, theirOther] : [...base, theirOp, theirOther];
      const expected: ScenarioFile = { ...copy(small), scenarios: [{ ...copy(small).scenarios[0]!, operations }, copy(small).scenarios[1]!] as Scenario[] };
      expect(app.file()).toEqual(expected);
      expect(app.state().report).toEqual(engineReport(expected, 'zh'));
      expect(app.pastLabels().at(-1)).toBe('step.mergeCopies');
      await app.actions.undo();
      await app.idle();
      expect(app.file()).toEqual(before);
      expect(app.state().report).toEqual(engineReport(before, 'zh'));
    });
  }

  it('an undecided conflict is refused with the reason; nothing changes', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    app.actions.switchScenario('plan-a');
    await app.apply({ ...ourOp });
    const before = copy(app.file());
    await planned(app);
    const refused = await app.actions.share.merge([]);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.map((e) => e.code)).toEqual(['merge.choiceMissing']);
    await app.idle();
    expect(app.file()).toEqual(before);
    expect(app.history().past).toHaveLength(1);
  });
});
