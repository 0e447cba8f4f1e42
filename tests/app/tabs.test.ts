// Two tabs on the same work: the later one does not silently write over the earlier one's changes.
import { describe, expect, it } from 'vitest';
import type { Operation } from '../../src/model';
import { SMALL_TEXT, parsed, withOperation } from './files';
import { afterDebounce, memoryStorage, openApp } from './harness';

const small = parsed(SMALL_TEXT);
const moveCenter: Operation = { op: 'move', bureau: 'z1-center', to: 'p1' };
const moveTech: Operation = { op: 'move', bureau: 'o1-tech', to: 'z1' };

describe('two tabs on one stored workspace', () => {
  it('the tab that saves over a newer save is refused, says so, and writes nothing until told', async () => {
    const storage = memoryStorage();
    const first = await openApp({ defaultFile: SMALL_TEXT, storage });
    await first.actions.flush();
    const second = await openApp({ defaultFile: SMALL_TEXT, storage });
    first.actions.switchScenario('plan-a');
    second.actions.switchScenario('plan-a');
    await first.apply(moveCenter);
    await afterDebounce();
    const firstsWork = structuredClone(storage.records.get('current'));
    expect((firstsWork as { file: unknown }).file).toEqual(withOperation(small, 'plan-a', moveCenter));

    await second.apply(moveTech);
    await afterDebounce();
    expect(second.state().storage).toBe('conflict');
    expect(second.state().notices.some((n) => n.message.key === 'notice.otherTab')).toBe(true);
    // the first tab's work is what is stored, untouched
    expect(storage.records.get('current')).toEqual(firstsWork);

    // more changes in the second tab still write nothing
    await second.actions.undo();
    await afterDebounce();
    expect(storage.records.get('current')).toEqual(firstsWork);

    // until the user keeps this tab's work on purpose
    await second.actions.keepThisTab();
    expect((storage.records.get('current') as { file: unknown }).file).toEqual(second.state().file);
    expect(second.state().storage).toBe('ok');
  });

  it('a tab told that another saved a newer revision stops writing at once', async () => {
    const storage = memoryStorage();
    const app = await openApp({ defaultFile: SMALL_TEXT, storage });
    await app.actions.flush();
    app.actions.otherTabSaved(99);
    expect(app.state().storage).toBe('conflict');
    const before = structuredClone(storage.records.get('current'));
    app.actions.switchScenario('plan-a');
    await app.apply(moveCenter);
    await afterDebounce();
    expect(storage.records.get('current')).toEqual(before);
  });
});
