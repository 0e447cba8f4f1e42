// Never lose work, never crash on a file, in the real browser: the storage fails at each request
// in turn (and for real, by quota) while the user opens another file over unsaved work; the engine
// worker runs under the page's policy; a file in GB18030 is shown before it opens.
import { afterEach, describe, expect, it } from 'vitest';
import iconv from './gb18030';
import type { AppState } from '../../src/app/controller';
import { type MessageKey, translate } from '../../src/i18n';
import { readingText } from '../../src/i18n/reading';
import { type Operation, type ScenarioFile } from '../../src/model';
import { type Browsing, chooseFile, engineWorkers, idbGet, launch, noticesShown, offApp, storedWork } from './fault-helpers';
import { baseUrl, waitIdle } from './harness';
import { exampleFile, withOperations } from './oracle';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutNewStamps } from './stamps';

type Hooked = { zonereform: { controller: { store: { get(): AppState }; actions: { apply(op: Operation, label: unknown): Promise<boolean>; switchScenario(id: string): void } } } };

const example = exampleFile();
const moveMunicipal: Operation = { op: 'move', bureau: 'xs-ez-municipal', to: 'xs-yunlin' };
const afterMunicipal = withOperations(example, 'plan-a', [moveMunicipal]);
const OTHER = readFileSync(join(import.meta.dirname, '../../scenarios/xishan-1-plus-4.json'), 'utf8').replace(/"title": "[^"]*"/, '"title": "另一份方案"');
const DIST = join(import.meta.dirname, '../../dist');
const zh = (key: MessageKey, args: object = {}) => translate('zh', key, args as never);

let s: Browsing | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

// the file without the times the page stamped during this run (./stamps.ts): the same work made twice
const state = async (page: Browsing['page']) => {
  const s = await page.evaluate(() => (window as unknown as Hooked).zonereform.controller.store.get());
  return { ...s, file: withoutNewStamps(s.file) };
};

async function makeUnsavedWork(page: Browsing['page']): Promise<void> {
  await page.evaluate(async (op) => {
    const { controller } = (window as unknown as Hooked).zonereform;
    controller.actions.switchScenario('plan-a');
    await controller.actions.apply(op, { key: 'step.move', args: {} });
  }, moveMunicipal);
  await waitIdle(page);
  expect((await state(page)).file).toEqual(afterMunicipal);
}

/**
 * Every IndexedDB request made after `window.__failFrom` is armed is counted; the one numbered
 * `window.__failAt` fails (its transaction aborts with a QuotaExceededError, as a full disk does).
 */
const failNthRequest = {
  script: () => {
    const w = window as unknown as { __failAt: number; __seen: number; __armed: boolean };
    w.__failAt = 0;
    w.__seen = 0;
    w.__armed = false;
    const wrap = <K extends 'put' | 'get' | 'add' | 'delete' | 'getAllKeys'>(name: K) => {
      const original = IDBObjectStore.prototype[name] as (...args: unknown[]) => IDBRequest;
      (IDBObjectStore.prototype as unknown as Record<string, unknown>)[name] = function (this: IDBObjectStore, ...args: unknown[]) {
        if (w.__armed && ++w.__seen === w.__failAt) {
          const request = original.apply(this, args);
          this.transaction.abort();
          return request;
        }
        return original.apply(this, args);
      };
    };
    for (const name of ['put', 'get', 'add', 'delete', 'getAllKeys'] as const) wrap(name);
  },
};

/** Opens a file as the file picker does, and waits until the app has finished with it. */
async function openOther(page: Browsing['page'], text = OTHER): Promise<void> {
  await page.evaluate(async (content) => {
    const { controller } = (window as unknown as { zonereform: { controller: { actions: { openChosenFile(file: File): Promise<boolean> } } } }).zonereform;
    await controller.actions.openChosenFile(new File([content], 'other.json', { type: 'application/json' }));
  }, text);
  await waitIdle(page);
}

/** After opening another file over unsaved work: the work is on screen, or read back whole from Recent files. */
async function expectWorkKept(page: Browsing['page'], work: ScenarioFile): Promise<'kept-aside' | 'stayed'> {
  const now = await state(page);
  const notices = await noticesShown(page);
  const claimed = notices.some((n) => n.text.includes(zh('notice.setAside', { title: work.title })));
  if (now.file?.title === work.title) {
    expect(now.file, 'the work on screen is the work the user saw').toEqual(work);
    expect(claimed, 'no claim that it was kept elsewhere').toBe(false);
    expect(notices.some((n) => n.tone === 'error' && n.text.includes(zh('keep.failed', { title: work.title })))).toBe(true);
    return 'stayed';
  }
  expect(claimed, 'the user is told where the work went').toBe(true);
  const recent = (await offApp(page, () => idbGet(page, 'recent'))) as Array<{ reason: string; file: ScenarioFile }>;
  expect(withoutNewStamps(recent.find((r) => r.reason === 'setAside')?.file), 'the work is stored, whole').toEqual(work);
  return 'kept-aside';
}

describe('the stored-work contract under failing storage', () => {
  it('opening another file over unsaved work, with each storage request in turn failing: the work is never lost nor falsely claimed kept', { timeout: 600_000 }, async () => {
    const outcomes: string[] = [];
    let requests = Infinity;
    for (let failAt = 0; failAt <= requests; failAt++) {
      s = await launch({ init: [failNthRequest] });
      const { page } = s;
      await makeUnsavedWork(page);
      await page.evaluate((n) => Object.assign(window, { __failAt: n, __seen: 0, __armed: true }), failAt);
      await openOther(page);
      const seen = await page.evaluate(() => (window as unknown as { __seen: number }).__seen);
      await page.evaluate(() => Object.assign(window, { __armed: false }));
      outcomes.push(`${failAt}:${await expectWorkKept(page, afterMunicipal)}`);
      expect(s.errors, `no uncaught error (request ${failAt} failing)`).toEqual([]);
      await s.close();
      s = undefined;
      // the first run fails nothing and counts the requests the action makes: each is then failed once
      if (failAt === 0) requests = seen;
    }
    expect(requests).toBeGreaterThan(2);
    expect(outcomes.some((o) => o.endsWith('stayed')), outcomes.join(' ')).toBe(true);
    console.log(`storage fault injection, opening over unsaved work: ${outcomes.length} cases: ${outcomes.join(' ')}`);
  });

  // every other action that writes: after it, with any one storage request failing, the work on
  // screen is the work before or after the action (never half of it), and either the stored work
  // is the work on screen or the app says it is not stored
  type Act = (actions: Record<string, (...args: unknown[]) => unknown>) => unknown;
  const ACTIONS: Array<{ name: string; setup?: Act; act: Act }> = [
    { name: 'a drop', act: (a) => a.apply!({ op: 'move', bureau: 'xs-ez-municipal', to: 'xs-yunlin' }, { key: 'step.move', args: {} }) },
    { name: 'undo', setup: (a) => a.apply!({ op: 'move', bureau: 'xs-ez-municipal', to: 'xs-yunlin' }, { key: 'step.move', args: {} }), act: (a) => a.undo!() },
    { name: 'a new proposal', act: (a) => a.createScenario!('方案丙') },
    { name: 'a rename', act: (a) => a.renameScenario!('plan-a', '改名的方案') },
    { name: 'saving the file', setup: (a) => a.apply!({ op: 'move', bureau: 'xs-ez-municipal', to: 'xs-yunlin' }, { key: 'step.move', args: {} }), act: (a) => a.save!() },
    { name: 'a change of language', act: (a) => a.setLang!('en') },
  ];

  it.each(ACTIONS)('$name, with each storage request in turn failing: nothing half-done, and stored or said not to be', { timeout: 600_000 }, async ({ name, setup, act }) => {
    const run = (page: Browsing['page'], fn: Act) =>
      page.evaluate(async (source) => {
        const { actions } = (window as unknown as { zonereform: { controller: { actions: Record<string, (...args: unknown[]) => unknown> } } }).zonereform.controller;
        // eslint-disable-next-line @typescript-eslint/no-implied-eval -- test code, run by Playwright, not the app
        await (0, eval)(source)(actions);
      }, `(${fn.toString()})`);
    const outcomes: string[] = [];
    let requests = Infinity;
    let before: ScenarioFile | undefined;
    let after: ScenarioFile | undefined;
    for (let failAt = 0; failAt <= Math.min(requests, 12); failAt++) {
      s = await launch({ init: [failNthRequest] });
      const { page } = s;
      await page.evaluate(() => (window as unknown as Hooked).zonereform.controller.actions.switchScenario('plan-a'));
      if (setup) await run(page, setup);
      await waitIdle(page);
      await page.evaluate(() => (window as unknown as { zonereform: { controller: { actions: { flush(): Promise<void> } } } }).zonereform.controller.actions.flush());
      before ??= (await state(page)).file;
      await page.evaluate((n) => Object.assign(window, { __failAt: n, __seen: 0, __armed: true }), failAt);
      await run(page, act);
      await waitIdle(page);
      await page.evaluate(() => (window as unknown as { zonereform: { controller: { actions: { flush(): Promise<void> } } } }).zonereform.controller.actions.flush());
      const seen = await page.evaluate(() => (window as unknown as { __seen: number }).__seen);
      await page.evaluate(() => Object.assign(window, { __armed: false }));
      const now = await state(page);
      if (failAt === 0) {
        requests = seen;
        after = now.file;
      }
      expect([JSON.stringify(before), JSON.stringify(after)], `${name}, request ${failAt} failing: the work is the work before or after`).toContain(JSON.stringify(now.file));
      const stored = await storedWork(page);
      const storedIsShown = JSON.stringify(stored) === JSON.stringify(now.file);
      expect(storedIsShown || now.storage !== 'ok', `${name}, request ${failAt} failing: stored (${storedIsShown}) or said not to be (${now.storage})`).toBe(true);
      expect(s.errors, `${name}, request ${failAt} failing: no uncaught error`).toEqual([]);
      outcomes.push(`${failAt}:${storedIsShown ? 'stored' : now.storage}`);
      await s.close();
      s = undefined;
    }
    expect(requests, `${name} writes`).toBeGreaterThan(0);
    console.log(`storage fault injection, ${name}: ${outcomes.length} cases (${requests} requests): ${outcomes.join(' ')}`);
  });

  it('with a real quota of 1.5 MB (Storage.overrideQuotaForOrigin) and 3 MB of work: the work stays on screen, and the user is told', { timeout: 120_000 }, async () => {
    s = await launch();
    const { page, context } = s;
    const cdp = await context.newCDPSession(page);
    const origin = new URL(baseUrl()).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1.5 * 1024 * 1024 });
    const big = JSON.parse(OTHER.replace('另一份方案', '大文件')) as ScenarioFile;
    big.meta = { layout: 'x'.repeat(3 * 1024 * 1024) };
    await openOther(page, JSON.stringify(big));
    expect((await state(page)).file?.title).toBe('大文件');
    await page.evaluate(async (op) => {
      const { controller } = (window as unknown as Hooked).zonereform;
      controller.actions.switchScenario('plan-a');
      if (!(await controller.actions.apply(op, { key: 'step.move', args: {} }))) throw new Error('the drop was refused');
    }, moveMunicipal);
    await waitIdle(page);
    const work = (await state(page)).file!;
    expect(work.meta).toEqual(big.meta);
    await openOther(page);
    expect(await expectWorkKept(page, work)).toBe('stayed');
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  });

  it('a recent list holding [null]: the work is still kept aside, and the menu opens', async () => {
    s = await launch({ seed: { recent: [null] } });
    const { page } = s;
    await makeUnsavedWork(page);
    await chooseFile(page, 'other.json', OTHER);
    await page.waitForFunction(() => (window as unknown as Hooked).zonereform.controller.store.get().file?.title === '另一份方案');
    await waitIdle(page);
    await page.click('[data-action="recent-files"]');
    expect(await page.locator('[data-recent-id]').count()).toBeGreaterThanOrEqual(2);
    expect(s.errors).toEqual([]);
  });
});

describe('the engine worker under the page’s policy', () => {
  it('the page and the worker script are sent the Content-Security-Policy header, and a worker cannot eval', async () => {
    s = await launch();
    const { page } = s;
    const response = await page.request.get(baseUrl());
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    const [worker] = engineWorkers(page);
    expect(worker, 'the engine worker runs').toBeDefined();
    const script = await page.request.get(worker!.url());
    expect(script.headers()['content-security-policy']).toContain("script-src 'self'");
    // a worker script of the app's origin that tries eval and new Function, served as the engine's is
    const probe = join(DIST, '__csp-probe.js');
    writeFileSync(probe, "const r = []; try { r.push(String((0, eval)('1 + 1'))); } catch (e) { r.push(e.name); } try { r.push(String(new Function('return 2')())); } catch (e) { r.push(e.name); } postMessage(r);");
    try {
      const tried = await page.evaluate(
        () =>
          new Promise<unknown>((resolve) => {
            const w = new Worker('/__csp-probe.js');
            w.onmessage = (event) => resolve(event.data);
            w.onerror = (event) => resolve(`error: ${event.message}`);
          }),
      );
      expect(tried).toEqual(['EvalError', 'EvalError']);
    } finally {
      rmSync(probe, { force: true });
    }
  });
});

describe('a file in GB18030 (“ANSI” on Chinese Windows)', () => {
  it('is shown decoded and opens only when the user says the text is right; the Chinese names are whole', async () => {
    s = await launch();
    const { page } = s;
    await chooseFile(page, 'ansi.json', iconv(OTHER));
    await page.waitForSelector('[data-encoding-check="GB18030"]');
    expect(await page.locator('[data-decoded-line]').first().textContent()).toContain('另一份方案');
    expect((await state(page)).file?.title).not.toBe('另一份方案');
    await page.click('[data-action="confirm-encoding"]');
    await page.waitForFunction(() => (window as unknown as Hooked).zonereform.controller.store.get().file?.title === '另一份方案');
    // the user is told how the file was read, once it is open
    await page.waitForSelector('[data-notice="info"]:has-text("GB18030")');
    expect(await noticesShown(page)).toContainEqual({ tone: 'info', text: expect.stringContaining('GB18030') });
    expect(s.errors).toEqual([]);
  });
});

describe('the autosave and a large meta', () => {
  it('a drop does not copy an unchanged meta into storage again', { timeout: 120_000 }, async () => {
    const recordPuts = {
      script: () => {
        const keys: string[] = [];
        Object.defineProperty(window, '__putKeys', { value: keys });
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
          keys.push(`${String(key)}:${JSON.stringify(value)?.length ?? 0}`);
          return put.call(this, value, key);
        };
      },
    };
    s = await launch({ init: [recordPuts] });
    const { page } = s;
    const big = JSON.parse(OTHER) as ScenarioFile;
    big.meta = { layout: Array.from({ length: 20_000 }, (_, i) => ({ i, x: i * 2, y: [i, i] })) };
    await chooseFile(page, 'big-meta.json', JSON.stringify(big));
    await page.waitForFunction(() => (window as unknown as Hooked).zonereform.controller.store.get().file?.title === '另一份方案');
    await waitIdle(page);
    // the opened file is stored with its meta first (once); only what is written after that is looked at
    await page.evaluate(() => (window as unknown as { zonereform: { controller: { actions: { flush(): Promise<void> } } } }).zonereform.controller.actions.flush());
    expect(await page.evaluate(() => (window as unknown as { __putKeys: string[] }).__putKeys.some((p) => p.startsWith('current-meta:')))).toBe(true);
    await page.evaluate(() => (window as unknown as { __putKeys: string[] }).__putKeys.splice(0));
    await page.evaluate(async (op) => {
      const { controller } = (window as unknown as Hooked).zonereform;
      controller.actions.switchScenario('plan-a');
      if (!(await controller.actions.apply(op, { key: 'step.move', args: {} }))) throw new Error('the drop was refused');
    }, moveMunicipal);
    await waitIdle(page);
    await page.evaluate(() => (window as unknown as { zonereform: { controller: { actions: { flush(): Promise<void> } } } }).zonereform.controller.actions.flush());
    const puts = await page.evaluate(() => (window as unknown as { __putKeys: string[] }).__putKeys);
    const current = puts.filter((p) => p.startsWith('current:'));
    expect(current.length, puts.join(' ')).toBeGreaterThan(0);
    // the workspace record written after the drop is small: the meta (about 600 KB) is not in it, nor written again apart
    for (const p of current) expect(Number(p.split(':')[1])).toBeLessThan(100_000);
    expect(puts.filter((p) => p.startsWith('current-meta:'))).toEqual([]);
  });
});

describe('the engine watchdog', () => {
  it('a worker killed during an open: the user is told within seconds, and the file opens on a new worker', { timeout: 120_000 }, async () => {
    s = await launch();
    const { page } = s;
    const started = Date.now();
    await page.evaluate(() => (window as unknown as { zonereform: { bridge: { worker: Worker } } }).zonereform.bridge.worker.terminate());
    await chooseFile(page, 'other.json', OTHER);
    await page.waitForFunction((text) => [...document.querySelectorAll('[data-notice]')].some((n) => n.textContent?.includes(text)), zh('engine.slow'), { timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    await page.waitForFunction(() => (window as unknown as Hooked).zonereform.controller.store.get().file?.title === '另一份方案', undefined, { timeout: 30_000 });
    expect(Date.now() - started, 'recovered well before the 48 s it took').toBeLessThan(25_000);
  });
});

describe('bounded: files with very many errors, files too large', () => {
  it('five million errors: the first few hundred are listed, then exactly how many more; the page stays responsive', { timeout: 120_000 }, async () => {
    s = await launch();
    const { page } = s;
    const head = JSON.stringify({ format: 'zonereform/scenario', version: 1, title: 't', units: [{ id: 'u', name: 'U', kind: 'town' }], scenarios: [] }).slice(0, -1);
    const text = `${head},"bureaus":[${Array(5_000_000).fill('1').join(',')}]}`;
    const started = Date.now();
    await chooseFile(page, 'five-million.json', text);
    await page.waitForSelector('.import-errors [data-import-error]', { timeout: 60_000 });
    console.log(`five million errors shown in the browser after ${Date.now() - started} ms`);
    expect(await page.locator('.import-errors [data-import-error]').count()).toBe(300);
    expect(await page.locator('.import-errors [data-more-errors]').getAttribute('data-more-errors')).toBe('4999700');
    expect(await page.locator('.import-errors [data-more-errors]').textContent()).toContain('4999700');
    expect(await page.locator('.import-errors p').first().textContent()).toContain('5000000');
    // the page answers at once: the dialog closes on a click
    await page.click('.import-errors .primary', { timeout: 2_000 });
    expect(await page.locator('.import-errors').count()).toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('a file over 20 MB is refused by its size, at once, and the work is as it was', { timeout: 120_000 }, async () => {
    s = await launch();
    const { page } = s;
    const before = (await state(page)).file;
    await chooseFile(page, 'huge.json', Buffer.alloc(21 * 1024 * 1024, 0x20));
    await page.waitForSelector('.import-errors [data-import-error]');
    expect(await page.locator('.import-errors [data-import-error]').first().textContent()).toContain(readingText('zh', 'file.tooLargeToRead', { bytes: 21 * 1024 * 1024, limit: 20 * 1024 * 1024 }));
    expect((await state(page)).file).toEqual(before);
  });
});

describe('ids named as Object.prototype’s properties, on screen', () => {
  it('proposals called __proto__, constructor and toString: every view shows them, with the engine’s figures', { timeout: 120_000 }, async () => {
    s = await launch();
    const { page } = s;
    const file = JSON.parse(OTHER) as ScenarioFile;
    const ids = ['__proto__', 'constructor', 'toString'];
    file.scenarios = file.scenarios.slice(0, 2).flatMap((scenario, i) => (i === 0 ? [{ ...scenario, id: ids[0]! }, { ...scenario, id: ids[2]!, name: `${scenario.name}（副本）` }] : [{ ...scenario, id: ids[1]! }]));
    await openOther(page, JSON.stringify(file));
    expect((await state(page)).file?.scenarios.map((x) => x.id)).toEqual(['__proto__', 'toString', 'constructor']);
    await page.click('[data-action="compare"]');
    await page.waitForSelector('.compare-view');
    for (const id of ids) expect(await page.locator(`.compare-view [data-scenario-id="${id}"], .compare-view :text("${file.scenarios.find((x) => x.id === id)!.name}")`).count(), id).toBeGreaterThan(0);
    await page.click('[data-action="before-after"]');
    await page.waitForTimeout(500);
    await page.click('[data-action="present"]');
    await page.waitForSelector('[data-slide="title"]');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    expect(s.errors).toEqual([]);
    expect(await page.locator('.crash-screen, [data-crash]').count()).toBe(0);
  });
});
