// The figures say they are being computed only when the engine is slow: a drop answered at once
// shows its new figures without a "computing" flash; one the engine takes long over says so, and
// the dropped card waits where it was dropped for a moment, then goes back until the state comes.
import { afterEach, describe, expect, it } from 'vitest';
import { type Session, chooseScenario, dragBureau, openApp, settled } from './harness';

type Hooked = { zonereform: { bridge: { engine: { append: (...args: unknown[]) => Promise<unknown> } } } };

/** Makes the engine answer `append` only after `ms`. */
async function slowAppend(s: Session, ms: number): Promise<void> {
  await s.page.evaluate((delay) => {
    const engine = (window as unknown as Hooked).zonereform.bridge.engine;
    const append = engine.append;
    engine.append = (...args) => new Promise((resolve) => setTimeout(resolve, delay)).then(() => append(...args));
  }, ms);
}

type Seen = { pending: Array<[number, number?]>; busy: number[]; ghostGone: number[]; ghostCame: number[] };

/** Records, from now: when the engine was busy (the store), when "computing" appeared, and when a dropped card's ghost came and went. */
async function watchBusy(s: Session): Promise<void> {
  await s.page.evaluate(() => {
    type Store = { get(): { pending: boolean }; subscribe(listener: () => void): () => void };
    const store = (window as unknown as { zonereform: { controller: { store: Store } } }).zonereform.controller.store;
    const seen: Seen = { pending: [], busy: [], ghostGone: [], ghostCame: [] };
    (window as unknown as { busySeen: Seen }).busySeen = seen;
    let was = store.get().pending;
    store.subscribe(() => {
      const now = store.get().pending;
      if (now && !was) seen.pending.push([performance.now()]);
      if (!now && was) seen.pending[seen.pending.length - 1]![1] = performance.now();
      was = now;
    });
    let busy = false;
    let ghost = false;
    new MutationObserver(() => {
      const busyNow = document.querySelector('.figures[aria-busy="true"]') !== null;
      if (busyNow && !busy) seen.busy.push(performance.now());
      busy = busyNow;
      const ghostNow = document.querySelector('.drag-ghost') !== null;
      if (ghostNow !== ghost) (ghostNow ? seen.ghostCame : seen.ghostGone).push(performance.now());
      ghost = ghostNow;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

const busySeen = (s: Session) => s.page.evaluate(() => (window as unknown as { busySeen: Seen }).busySeen);

/** Each time "computing" appeared, the engine had been busy at least `BUSY_AFTER_MS` (150 ms). */
function expectBusyOnlyAfterWaiting(seen: Seen): void {
  for (const at of seen.busy) {
    const during = seen.pending.find(([start, end]) => start <= at && (end === undefined || at <= end));
    expect(during, 'computing shown while the engine was not busy').toBeDefined();
    expect(at - during![0]).toBeGreaterThanOrEqual(140);
  }
  for (const [start, end] of seen.pending) {
    const shown = seen.busy.some((at) => at >= start && (end === undefined || at <= end));
    if (end !== undefined && end - start < 100) expect(shown, 'computing flashed for a quick answer').toBe(false);
  }
}

describe('while the engine computes a drop', () => {
  let s: Session;
  afterEach(() => s.close());

  it('answered at once: "computing" does not flash', async () => {
    s = await openApp();
    await chooseScenario(s.page, 'plan-a');
    await watchBusy(s);
    await dragBureau(s.page, 'xs-ez-municipal', '[data-unit-id="xs-yunlin"]');
    await s.page.waitForSelector('[data-unit-id="xs-yunlin"] [data-bureau-id="xs-ez-municipal"]');
    await settled(s.page);
    const seen = await busySeen(s);
    expect(seen.pending.length).toBeGreaterThan(0);
    expectBusyOnlyAfterWaiting(seen);
    expect(await s.page.locator('.drag-ghost').count()).toBe(0);
  });

  it('slow (1.5 s): "computing" shows after a moment and goes when the figures come; the card waits, then goes back', async () => {
    s = await openApp();
    await chooseScenario(s.page, 'plan-a');
    await slowAppend(s, 1500);
    await watchBusy(s);
    await dragBureau(s.page, 'xs-ez-municipal', '[data-unit-id="xs-yunlin"]');
    await s.page.waitForSelector('.figures[aria-busy="true"]');
    await s.page.waitForSelector('[data-unit-id="xs-yunlin"] [data-bureau-id="xs-ez-municipal"]', { timeout: 10_000 });
    await settled(s.page);
    const seen = await busySeen(s);
    expect(seen.busy.length).toBeGreaterThan(0);
    expectBusyOnlyAfterWaiting(seen);
    // the dropped card waited where it was dropped, and went back before the engine answered
    const answered = seen.pending[seen.pending.length - 1]![1]!;
    expect(seen.ghostCame.length).toBeGreaterThan(0);
    expect(seen.ghostGone.length).toBe(seen.ghostCame.length);
    expect(Math.max(...seen.ghostGone)).toBeLessThan(answered);
    expect(await s.page.locator('.figures[aria-busy="true"]').count()).toBe(0);
    expect(s.errors).toEqual([]);
  });
});
