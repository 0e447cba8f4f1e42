// Who proposed each operation and when (SPEC §5 `by`, `at`): the app asks the name once, before the
// first change (skippable, remembered, changeable), and stamps the name and its clock's time on
// every operation it makes; the times are local with their offset, and read back as people say them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planAppend } from '../../src/app/actions/append';
import type { FileAction } from '../../src/app/actions/types';
import { cleanName, nameShown, readAuthorSetting } from '../../src/app/author';
import { madeText, whenText } from '../../src/app/madeText';
import { localIso, stamped } from '../../src/app/stamp';
import { message } from '../../src/i18n';
import type { Operation } from '../../src/model';
import { parseValue } from '../../src/model/parse';
import { SMALL_TEXT, engineLoad } from './files';
import { type App, openApp } from './harness';

const AT = '2026-11-29T10:15:00+08:00';

async function planA(options: Parameters<typeof openApp>[0]): Promise<App> {
  const app = await openApp({ defaultFile: SMALL_TEXT, ...options });
  app.actions.switchScenario('plan-a');
  await app.idle();
  return app;
}

const macrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('every operation the app makes is stamped with the name and the injected clock', () => {
  it('a drop, a hand-over, a merge from its dialog, a dialog’s edit, and several appended at once', async () => {
    let tick = 0;
    const times = ['2026-11-29T10:15:00+08:00', '2026-11-29T10:16:30+08:00', '2026-11-30T09:00:00+08:00', '2026-12-01T17:45:09+08:00', '2026-12-02T08:00:00+08:00'];
    const app = await planA({ author: { name: '张三', asked: true }, now: () => times[tick++]! });
    await app.actions.drop('z1-econ', { kind: 'unit', id: 't1' }).done;
    await app.actions.drop('z1-center', { kind: 'unit', id: 'p1' }).done;
    await app.actions.apply({ op: 'merge', bureaus: ['z1-invest', 'z1-office'], into: { id: 'z1-big', name: '综合局' } });
    await app.actions.apply({ op: 'set', bureau: 'z1-big', name: '综合发展局', note: '更名' });
    const fix: FileAction<[Operation[]]> = { name: 'applyFix', plan: (state, ops) => planAppend(state, 'plan-a', ops, message('step.move', {})) };
    await app.run(fix, [{ op: 'move', bureau: 's1-econ', to: 'z1' }]);
    await app.idle();
    expect(app.scenario('plan-a').operations.slice(1)).toEqual([
      { op: 'move', bureau: 'z1-econ', to: 't1', by: '张三', at: times[0] },
      { op: 'move', bureau: 'z1-center', to: 'p1', by: '张三', at: times[1] },
      { op: 'merge', bureaus: ['z1-invest', 'z1-office'], into: { id: 'z1-big', name: '综合局' }, by: '张三', at: times[2] },
      { op: 'set', bureau: 'z1-big', name: '综合发展局', note: '更名', by: '张三', at: times[3] },
      { op: 'move', bureau: 's1-econ', to: 'z1', by: '张三', at: times[4] },
    ]);
    // the operation in the file is stamped as the engine holds it: the change list reads them back
    const changes = await app.bridge.engine.changes('plan-a');
    expect(changes.map((line) => [line.by, line.at])).toEqual([[undefined, undefined], ...times.map((at) => ['张三', at])]);
    // a valid file: it saves and reads again with the same records
    const saved = parseValue(JSON.parse((await app.actions.save())!.text));
    expect(saved.ok && saved.file.scenarios[0]!.operations.slice(1).map((o) => o.at)).toEqual(times);
    const check = engineLoad(app.file());
    expect(check.ok).toBe(true);
  });

  it('without a name, only the time; an operation that carries its own record keeps it; nothing is stamped on today’s organisation', async () => {
    const app = await planA({ now: () => AT });
    await app.apply({ op: 'move', bureau: 'z1-econ', to: 't1' });
    expect(app.scenario('plan-a').operations.at(-1)).toEqual({ op: 'move', bureau: 'z1-econ', to: 't1', at: AT });
    expect(stamped({ op: 'abolish', bureau: 'x', by: '李四', at: '2025-01-02' }, { by: '张三', at: AT })).toEqual({ op: 'abolish', bureau: 'x', by: '李四', at: '2025-01-02' });
    app.actions.switchScenario('baseline');
    await app.idle();
    await app.apply({ op: 'set', bureau: 't1-office', name: '镇党政综合办' });
    expect(app.file().bureaus.find((b) => b.id === 't1-office')).not.toHaveProperty('at');
  });
});

describe('the name is asked once, before the first change', () => {
  it('the first change waits for the answer and carries the name; the name is remembered and not asked again', async () => {
    const app = await planA({ askAuthor: true, now: () => AT });
    const { done } = app.actions.drop('z1-econ', { kind: 'unit', id: 't1' });
    await app.idle();
    expect(app.state().askingAuthor).toBe(true);
    expect(app.scenario('plan-a').operations).toHaveLength(1); // waiting, not made yet
    expect(app.actions.setAuthor('  张三 ')).toBe(true);
    expect(await done).toBe(true);
    await app.idle();
    expect(app.state().askingAuthor).toBe(false);
    expect(app.scenario('plan-a').operations.at(-1)).toEqual({ op: 'move', bureau: 'z1-econ', to: 't1', by: '张三', at: AT });
    expect(app.rememberedAuthors).toEqual([{ asked: true, name: '张三' }]);

    await app.apply({ op: 'move', bureau: 'z1-invest', to: 't1' });
    expect(app.state().askingAuthor).toBe(false);
    expect(app.scenario('plan-a').operations.at(-1)!.by).toBe('张三');
  });

  it('skipped: the change is made without a name, and the question is not asked again (nor after a reload)', async () => {
    const app = await planA({ askAuthor: true, now: () => AT });
    const pending = app.apply({ op: 'move', bureau: 'z1-econ', to: 't1' });
    while (!app.state().askingAuthor) await macrotask();
    app.actions.setAuthor(undefined);
    expect(await pending).toBe(true);
    expect(app.scenario('plan-a').operations.at(-1)).toEqual({ op: 'move', bureau: 'z1-econ', to: 't1', at: AT });
    expect(app.rememberedAuthors).toEqual([{ asked: true }]);
    // the next visit starts from what was remembered
    const again = await planA({ askAuthor: true, now: () => AT, author: app.rememberedAuthors[0] });
    expect(await again.apply({ op: 'move', bureau: 'z1-econ', to: 't1' })).toBe(true);
    expect(again.state().askingAuthor).toBe(false);
  });

  it('a name too long for SPEC §5 (over 100 characters) is refused and the question stays open; the name can be changed later', async () => {
    const app = await planA({ askAuthor: true, now: () => AT });
    const pending = app.apply({ op: 'move', bureau: 'z1-econ', to: 't1' });
    while (!app.state().askingAuthor) await macrotask();
    expect(app.actions.setAuthor('名'.repeat(101))).toBe(false);
    expect(app.state().askingAuthor).toBe(true);
    expect(app.actions.setAuthor('名'.repeat(100))).toBe(true);
    await pending;
    expect(app.scenario('plan-a').operations.at(-1)!.by).toBe('名'.repeat(100));
    expect(app.actions.setAuthor('李四')).toBe(true);
    await app.apply({ op: 'move', bureau: 'z1-invest', to: 't1' });
    expect(app.scenario('plan-a').operations.at(-1)!.by).toBe('李四');
    expect(app.rememberedAuthors.map((a) => a.name)).toEqual(['名'.repeat(100), '李四']);
  });

  it('a headless app without the question never waits', async () => {
    const app = await planA({});
    expect(await app.apply({ op: 'move', bureau: 'z1-econ', to: 't1' })).toBe(true);
    expect(app.state().askingAuthor).toBe(false);
  });
});

describe('names as kept', () => {
  it('spaces collapsed, control characters dropped, empty is no name, over 100 characters (code points) refused', () => {
    expect(cleanName('  张\t三 \n')).toEqual({ name: '张 三' });
    expect(cleanName('   ')).toEqual({});
    expect(cleanName('𠀀'.repeat(100))).toEqual({ name: '𠀀'.repeat(100) });
    expect(cleanName('a'.repeat(101))).toBeUndefined();
    expect(cleanName('<b>=SUM(A1)</b>')).toEqual({ name: '<b>=SUM(A1)</b>' });
  });

  it('a remembered setting read defensively: anything not ours is "not asked"', () => {
    expect(readAuthorSetting({ asked: true, name: '张三' })).toEqual({ asked: true, name: '张三' });
    expect(readAuthorSetting({ asked: true, name: 'x'.repeat(500) })).toEqual({ asked: true });
    expect(readAuthorSetting({ asked: true, name: 42 })).toEqual({ asked: true });
    for (const junk of [null, 'x', 1, [], {}, { asked: 'yes' }, JSON.parse('{"__proto__": {"asked": true}}')]) expect(readAuthorSetting(junk)).toEqual({ asked: false });
  });
});

describe('times', () => {
  it('local ISO 8601 with the offset, to the second', () => {
    const instant = new Date(Date.UTC(2026, 10, 29, 2, 15, 0));
    expect(localIso(instant, 480)).toBe('2026-11-29T10:15:00+08:00');
    expect(localIso(instant, 0)).toBe('2026-11-29T02:15:00+00:00');
    expect(localIso(instant, -300)).toBe('2026-11-28T21:15:00-05:00');
    expect(localIso(instant, 330)).toBe('2026-11-29T07:45:00+05:30');
    expect(localIso(new Date(Date.UTC(2024, 1, 29, 23, 59, 59)), 60)).toBe('2024-03-01T00:59:59+01:00');
  });

  it('property: every instant and offset gives a time the file format accepts, naming the same instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2200, 0, 1) }), fc.integer({ min: -14 * 4, max: 14 * 4 }), (ms, quarters) => {
        const at = localIso(new Date(Math.floor(ms / 1000) * 1000), quarters * 15);
        const parsed = parseValue({ ...JSON.parse(SMALL_TEXT), scenarios: [{ id: 'p', name: 'p', operations: [{ op: 'move', bureau: 'z1-econ', to: 't1', at }] }] });
        expect(parsed.ok, at).toBe(true);
        expect(Date.parse(at)).toBe(Math.floor(ms / 1000) * 1000);
      }),
    );
  });

  it('said as people read them: the author’s clock as written, the year only when it is not this one', () => {
    expect(madeText({ by: '张三', at: AT }, 'zh', 2026)).toBe('张三 · 11月29日 10:15');
    expect(madeText({ by: 'Zhang San', at: AT }, 'en', 2026)).toBe('Zhang San · 29 Nov 10:15');
    expect(madeText({ by: '张三', at: AT }, 'zh', 2027)).toBe('张三 · 2026年11月29日 10:15');
    expect(madeText({ at: '2026-03-05' }, 'zh', 2026)).toBe('3月5日');
    expect(madeText({ by: '张三' }, 'zh', 2026)).toBe('张三');
    expect(madeText({}, 'zh', 2026)).toBeUndefined();
    expect(whenText('2026-11-29T23:59Z', 'en', 2025)).toBe('29 Nov 2026 23:59');
  });
});

describe('names that could change what is around them', () => {
  it('typed: C1 controls, bidi overrides and isolates, line separators become spaces', () => {
    expect(cleanName('张\u202e三\u2066')).toEqual({ name: '张 三' });
    expect(cleanName('\u0085李\u2028四\u009b')).toEqual({ name: '李 四' });
    expect(cleanName('\u202e\u200f')).toEqual({});
  });

  it('from a colleague’s file (any text up to 100 characters): shown with each unsafe character a space', () => {
    expect(nameShown('王\u202e五')).toBe('王 五');
    expect(nameShown('a\u0000b\u001bc\u007f')).toBe('a b c ');
    expect(nameShown('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(madeText({ by: '赵\u202e六', at: AT }, 'zh', 2026)).toBe('赵 六 · 11月29日 10:15');
  });
});
