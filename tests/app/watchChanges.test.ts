// The change list is asked of the engine only while it is on screen.
import { describe, expect, it } from 'vitest';
import { SMALL_TEXT } from './files';
import { openApp } from './harness';

describe('the change list while hidden', () => {
  it('is not asked for after a change, is emptied, and comes back complete when shown again', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    app.actions.switchScenario('plan-a');
    await app.idle();
    const shown = app.state().changes.length;
    expect(shown).toBe(app.scenario('plan-a').operations.length);
    app.actions.watchChanges(false);
    expect(app.state().changes).toEqual([]);
    const asked = app.calls('changes');
    expect(await app.apply({ op: 'move', bureau: 'z1-center', to: 'p1' })).toBe(true);
    expect(app.calls('changes')).toBe(asked);
    expect(app.state().changes).toEqual([]);
    app.actions.watchChanges(true);
    await app.idle();
    expect(app.calls('changes')).toBe(asked + 1);
    expect(app.state().changes).toHaveLength(shown + 1);
    expect(app.state().changes.at(-1)).toMatchObject({ op: 'move', index: shown });
  });
});
