// The stored-work contract, headless: work is replaced only after it was stored and read back;
// every notice that claims it was kept comes after the write. Stored records fuzzed: never a crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHistory, readRecentList, readRevision, readStep } from '../../src/app/records';
import { message, render } from '../../src/i18n';
import { MAX_FILE_BYTES } from '../../src/model';
import gb18030 from '../browser/gb18030';
import { SMALL_TEXT, XISHAN_TEXT } from './files';
import { afterDebounce, memoryStorage, openApp } from './harness';

const OTHER = XISHAN_TEXT;

async function withUnsavedWork(storage = memoryStorage()) {
  const app = await openApp({ defaultFile: SMALL_TEXT, storage });
  app.actions.switchScenario('plan-a');
  await app.idle();
  expect(await app.apply({ op: 'move', bureau: 'o1-tech', to: 'z1' })).toBe(true);
  expect(app.state().unsaved).toBe(true);
  return app;
}

describe('opening another file over unsaved work', () => {
  it('stores the work in Recent files first, reads it back, and only then says so', async () => {
    const app = await withUnsavedWork();
    const work = app.file();
    expect(await app.actions.openText(OTHER, 'other.json')).toBe(true);
    await app.idle();
    const recent = await app.storage.recent();
    expect(recent.find((r) => r.reason === 'setAside')?.file).toEqual(work);
    expect(app.notices('info').some((n) => n.message.key === 'notice.setAside')).toBe(true);
  });

  it('when the work cannot be stored, the file is not opened, the work stays on screen, and the user is told why', async () => {
    const app = await withUnsavedWork();
    const work = app.file();
    app.storage.failSaves = true;
    expect(await app.actions.openText(OTHER, 'other.json')).toBe(false);
    await app.idle();
    expect(app.file()).toEqual(work);
    expect(app.notices().map((n) => n.message.key)).not.toContain('notice.setAside');
    expect(app.notices('error').map((n) => n.message.key)).toContain('keep.failed');
    // and the engine holds the work on screen again: a change is computed on it
    expect(await app.apply({ op: 'move', bureau: 'o1-tech', to: 'o1' })).toBe(true);
    expect(app.file().title).toBe(work.title);
  });

  it('a recent list holding null, a number and an entry of an unknown reason does not stop the work from being kept', async () => {
    const storage = memoryStorage();
    storage.records.set('recent', [null, 7, { id: 'x', title: 't', at: 'now', reason: 'archived-by-v9', file: {} }]);
    const app = await withUnsavedWork(storage);
    const work = app.file();
    expect(await app.actions.openText(OTHER, 'other.json')).toBe(true);
    await app.idle();
    expect(app.state().recent.some((r) => r.reason === 'setAside' && r.title === work.title)).toBe(true);
  });
});

describe('stored records, read defensively', () => {
  const anyRecord = fc.oneof(fc.anything(), fc.jsonValue(), fc.constant(null), fc.constant([null]));

  it('a recent list of anything: only well-formed entries are used, the rest set aside, never a throw', () => {
    const entry = fc.record({ id: fc.string(), title: fc.string(), at: fc.string(), reason: fc.constantFrom('opened', 'saved', 'setAside', 'deleted', '__proto__'), file: fc.oneof(anyRecord, fc.constant(JSON.parse(XISHAN_TEXT))) });
    fc.assert(
      fc.property(fc.oneof(anyRecord, fc.array(fc.oneof(entry, anyRecord), { maxLength: 6 })), (value) => {
        const { entries, unusable } = readRecentList(value);
        for (const e of entries) {
          expect(['opened', 'saved', 'setAside']).toContain(e.reason);
          expect(Array.isArray(e.file.units)).toBe(true);
        }
        if (Array.isArray(value)) expect(entries.length + unusable.length).toBe(value.length);
      }),
      { seed: 1130, numRuns: 500 },
    );
  });

  it('an undo history of anything: every step kept renders its label and has what undo needs', () => {
    const label = fc.record({ key: fc.oneof(fc.constantFrom('step.move', 'step.renamedInV3', 'toString', '__proto__'), fc.string()), args: fc.oneof(fc.constant({}), anyRecord) });
    const patch = fc.oneof(fc.record({ op: fc.constantFrom('replace', 'add'), path: fc.array(fc.oneof(fc.string(), fc.nat())), value: fc.jsonValue() }), anyRecord);
    const sync = fc.oneof(fc.constant({ kind: 'file' }), fc.record({ kind: fc.constantFrom('append', 'truncate', 'record', 'baseline', 'bogus'), scenarioId: fc.string(), count: fc.oneof(fc.nat(), fc.string()) }), anyRecord);
    const step = fc.oneof(fc.record({ label, scenarioId: fc.oneof(fc.string(), fc.nat()), patches: fc.array(patch, { maxLength: 2 }), inverse: fc.array(patch, { maxLength: 2 }), redoSync: sync, undoSync: sync }), anyRecord);
    fc.assert(
      fc.property(fc.oneof(anyRecord, fc.record({ past: fc.oneof(fc.array(step, { maxLength: 5 }), anyRecord), future: fc.oneof(fc.array(step, { maxLength: 5 }), anyRecord) })), (value) => {
        const { history } = readHistory(value);
        for (const s of [...history.past, ...history.future]) {
          expect(readStep(s)).toBe(s);
          expect(render('zh', s.label).length).toBeGreaterThan(0);
          expect(render('en', s.label).length).toBeGreaterThan(0);
        }
      }),
      { seed: 1131, numRuns: 500 },
    );
  });

  it('a revision of anything is a whole number ≥ 0 or none', () => {
    fc.assert(fc.property(anyRecord, (value) => {
      const revision = readRevision(value);
      expect(revision === undefined || (Number.isSafeInteger(revision) && revision >= 0)).toBe(true);
    }), { seed: 1132, numRuns: 300 });
  });

  it('a stored undo step whose label a later version renamed: the work loads, the rest of the history is kept, the user is told', async () => {
    const storage = memoryStorage();
    const app0 = await withUnsavedWork(storage);
    await app0.actions.flush();
    const saved = structuredClone(app0.storage.saves.at(-1)!);
    app0.dispose();
    saved.history.past[0]!.label = { key: 'step.moveRenamedInV3', args: {} } as never;
    storage.putCurrent(saved);
    const app = await openApp({ storage });
    expect(app.file()).toEqual(saved.file);
    expect(app.notices().map((n) => n.message.key)).toContain('notice.historyDropped');
    for (const n of app.state().notices) expect(() => render('zh', n.message)).not.toThrow();
  });

  it('an undo step that no longer fits the file is dropped with a notice, not a silent nothing', async () => {
    const storage = memoryStorage();
    const app0 = await withUnsavedWork(storage);
    await app0.actions.flush();
    const saved = structuredClone(app0.storage.saves.at(-1)!);
    app0.dispose();
    saved.history.past[0]!.inverse = [{ op: 'replace', path: ['bureaus', 99999, 'unit', 'deep'], value: 'x' }];
    storage.putCurrent(saved);
    const app = await openApp({ storage });
    await app.actions.undo();
    await app.idle();
    expect(app.history().past).toEqual([]);
    expect(app.notices('warning').map((n) => n.message.key)).toContain('record.setAside');
  });
});

describe('a file the user chooses', () => {
  const chosen = (name: string, bytes: Uint8Array) => ({ name, size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer });

  it('over the limit is refused by its size: its bytes are never read, the open work stays', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const before = app.file();
    let read = false;
    const huge = { name: 'huge.json', size: 600 * 1024 * 1024, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    expect(MAX_FILE_BYTES).toBeLessThan(huge.size);
    expect(await app.actions.openChosenFile(huge)).toBe(false);
    expect(read).toBe(false);
    expect(app.state().importErrors?.errors.map((e) => e.code)).toEqual(['file.tooLargeToRead']);
    expect(app.file()).toEqual(before);
  });

  it('in GB18030 is shown decoded and opens only when the user confirms; cancelled, nothing opens', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const before = app.file();
    const gbk = new Uint8Array(gb18030(XISHAN_TEXT));
    expect(await app.actions.openChosenFile(chosen('xishan.json', gbk))).toBe(false);
    expect(app.file()).toEqual(before);
    const check = app.state().encodingCheck!;
    expect(check.encoding).toBe('GB18030');
    expect(check.sample.join('\n')).toContain(JSON.parse(XISHAN_TEXT).title);
    app.actions.cancelEncoding();
    expect(app.state().encodingCheck).toBeUndefined();
    expect(app.file()).toEqual(before);
    await app.actions.openChosenFile(chosen('xishan.json', gbk));
    expect(await app.actions.confirmEncoding()).toBe(true);
    await app.idle();
    expect(app.file().title).toBe(JSON.parse(XISHAN_TEXT).title);
    expect(app.notices('info').map((n) => render('en', n.message)).join('\n')).toContain('GB18030');
  });

  it('in UTF-16 opens at once, and the user is told; bytes that are no text are refused in words', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    expect(await app.actions.openChosenFile(chosen('xishan.json', Buffer.from(`\ufeff${XISHAN_TEXT}`, 'utf16le')))).toBe(true);
    await app.idle();
    expect(app.file().title).toBe(JSON.parse(XISHAN_TEXT).title);
    expect(app.notices('info').map((n) => render('en', n.message)).join('\n')).toContain('UTF-16LE');
    const before = app.file();
    expect(await app.actions.openChosenFile(chosen('bad.json', Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0xff, 0x7d])))).toBe(false);
    expect(app.state().importErrors?.errors.map((e) => e.code)).toEqual(['file.notUtf8']);
    expect(app.file()).toEqual(before);
  });
});

it('messages used above exist', () => expect(render('en', message('keep.failed', { title: 'x' }))).toContain('x'));

describe('the other paths that replace work', () => {
  async function twoTabsInConflict() {
    const storage = memoryStorage();
    const first = await openApp({ defaultFile: SMALL_TEXT, storage });
    await first.actions.flush();
    const second = await openApp({ defaultFile: SMALL_TEXT, storage });
    first.actions.switchScenario('plan-a');
    second.actions.switchScenario('plan-a');
    await first.apply({ op: 'move', bureau: 'o1-tech', to: 'z1' });
    await afterDebounce();
    await second.apply({ op: 'move', bureau: 'z1-center', to: 'p1' });
    await afterDebounce();
    expect(second.state().storage).toBe('conflict');
    return { storage, first, second };
  }

  it('keeping this tab’s work after a conflict first stores the other tab’s work in Recent files', async () => {
    const { storage, first, second } = await twoTabsInConflict();
    await second.actions.keepThisTab();
    expect((await storage.recent()).some((r) => JSON.stringify(r.file) === JSON.stringify(first.file()))).toBe(true);
    expect((storage.records.get('current') as { file: unknown }).file).toEqual(second.file());
  });

  it('when the other tab’s work cannot be stored in Recent files, it is not written over, and the user is told', async () => {
    const { storage, first, second } = await twoTabsInConflict();
    const othersWork = structuredClone(storage.records.get('current'));
    storage.failSaves = true;
    await second.actions.keepThisTab();
    expect(storage.records.get('current')).toEqual(othersWork);
    expect((othersWork as { file: unknown }).file).toEqual(first.file());
    expect(second.notices('error').map((n) => n.message.key)).toContain('keep.otherTabFailed');
  });

  it('reloading to take the other tab’s work first stores this tab’s unsaved work, or says it cannot and does not reload', async () => {
    const { storage, second } = await twoTabsInConflict();
    expect(await second.actions.keepBeforeReload()).toBe(true);
    expect((await storage.recent()).some((r) => JSON.stringify(r.file) === JSON.stringify(second.file()))).toBe(true);
    storage.failSaves = true;
    expect(await second.actions.keepBeforeReload()).toBe(false);
    expect(second.notices('error').map((n) => n.message.key)).toContain('keep.failed');
  });
});

describe('an entry of the recent list that cannot be used', () => {
  it('a damaged stored file is refused like a file, with its errors shown, never a throw', async () => {
    const storage = memoryStorage();
    const app = await openApp({ defaultFile: SMALL_TEXT, storage });
    const damaged = { ...JSON.parse(SMALL_TEXT), units: [{ id: 'u', name: 5, kind: 'nowhere' }], bureaus: [{ unit: null }] };
    storage.records.set('recent', [{ id: 'r1', title: '损坏', at: '2025-01-01T00:00:00Z', reason: 'saved', file: damaged }]);
    await app.actions.start();
    await app.idle();
    const before = app.file();
    expect(app.state().recent.map((r) => r.id)).toEqual(['r1']);
    expect(await app.actions.openRecent('r1')).toBe(false);
    expect(app.state().importErrors?.errors.map((e) => e.code)).toEqual(['recent.damaged']);
    expect(app.file()).toEqual(before);
  });
});
