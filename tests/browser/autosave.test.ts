// The autosave keeps today's organisation (units and bureaus) apart from the rest of the work and
// writes it again only when it changes: a drop in a proposal writes the small record alone. What a
// reload brings back is the work whole, either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idbGet, storedWork } from './fault-helpers';
import { type Session, chooseScenario, dragBureau, openApp, pageState, reload, waitSaved, waitSteps } from './harness';
import { exampleFile, withOperations } from './oracle';

type Stored = { file: { units: unknown; bureaus: unknown; scenarios: unknown[] }; organisation?: string };
type Part = { stamp: string; units: unknown[]; bureaus: unknown[] };

const file = exampleFile();

describe('the autosave', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(() => s.close());

  it('writes the organisation once, not again for a drop in a proposal; again when today changes; a reload brings all back', async () => {
    const { page } = s;
    await chooseScenario(page, 'plan-a');
    await dragBureau(page, 'xs-ez-municipal', '[data-unit-id="xs-yunlin"]');
    await waitSteps(page, 1, 0);
    await waitSaved(page);
    const first = (await idbGet(page, 'current')) as Stored;
    const part = (await idbGet(page, 'current-organisation')) as Part;
    expect(first.file.units).toBeNull();
    expect(first.file.bureaus).toBeNull();
    expect(first.organisation).toBe(part.stamp);
    expect(part.bureaus).toEqual(file.bureaus);
    expect(part.units).toEqual(file.units);

    // a second drop in the proposal: the organisation record is the one written before
    await dragBureau(page, 'xs-ez-talent', '[data-unit-id="xs-houqiao"]');
    await waitSteps(page, 2, 0);
    await waitSaved(page);
    expect(((await idbGet(page, 'current-organisation')) as Part).stamp).toBe(part.stamp);
    expect(((await idbGet(page, 'current')) as Stored).organisation).toBe(part.stamp);
    const afterTwo = withOperations(file, 'plan-a', [
      { op: 'move', bureau: 'xs-ez-municipal', to: 'xs-yunlin' },
      { op: 'move', bureau: 'xs-ez-talent', to: 'xs-houqiao' },
    ]);
    expect(await storedWork(page)).toEqual(afterTwo);

    // a drop in today's organisation changes the bureaus: written again, under a new stamp
    await chooseScenario(page, 'baseline');
    await dragBureau(page, 'xs-ez-invest', '[data-unit-id="xs-dongting"]');
    await waitSteps(page, 3, 0);
    await waitSaved(page);
    const again = (await idbGet(page, 'current-organisation')) as Part;
    expect(again.stamp).not.toBe(part.stamp);
    expect(((await idbGet(page, 'current')) as Stored).organisation).toBe(again.stamp);
    const work = (await pageState(page)).file;
    expect(await storedWork(page)).toEqual(work);

    await reload(page);
    expect((await pageState(page)).file).toEqual(work);
    expect(s.errors).toEqual([]);
  });
});
