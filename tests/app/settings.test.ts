// The file's rule settings are resolved by the engine and come with its report: the views draw the
// economic-share minimum from them, never from a default of their own.
import { describe, expect, it } from 'vitest';
import { SMALL, SMALL_TEXT } from './files';
import { openApp } from './harness';

describe('rule settings', () => {
  it('are SPEC §7’s defaults for a file that sets none, and the file’s own where it sets them', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    expect(app.state().settings).toEqual({ economicRatioMin: 0.6, rewardTopN: 3, bottomN: 2 });
    expect(await app.actions.openText(JSON.stringify({ ...SMALL, rules: { economicRatioMin: 0.5, bottomN: 1 } }))).toBe(true);
    await app.idle();
    expect(app.state().settings).toEqual({ economicRatioMin: 0.5, rewardTopN: 3, bottomN: 1 });
    // a step on a proposal keeps them
    app.actions.switchScenario('plan-a');
    expect(await app.apply({ op: 'move', bureau: 'o1-tech', to: 'z1' })).toBe(true);
    expect(app.state().settings.economicRatioMin).toBe(0.5);
  });
});
