// Tables in and out from the app's screens (SPEC §11, §12), in a real Chromium with the real
// engine worker, the Office worker and IndexedDB: a workbook with ten mistakes lists ten errors at
// their cells and changes nothing; a good workbook and a GB18030 CSV (dropped on the window) open
// with the engine's figures; today's organisation replaced keeps aside the proposal that no
// longer applies; each export downloads a file read back here. No request leaves the origin, the
// page's Content-Security-Policy is never broken, the page throws nothing.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_APPLIED_KEY } from '../../src/engine/share/notApplied';
import { BASELINE_ID, type ScenarioFile } from '../../src/model';
import { baselineSheets } from '../../src/office/baselineSheets';
import { importTable } from '../../src/office/tables';
import { writeWorkbook } from '../../src/office/xlsxWrite';
import { unzipEntries } from '../../src/office/zip';
import { type Browsing, launch, recordCspViolations } from './fault-helpers';
import { expectScreen, pageState, settled, waitSteps } from './harness';
import { mistakesWorkbook, validWorkbook } from './office-tables';
import { exampleFile, expectedScreen, reportOf } from './oracle';
import { rawWorkbook, workbook } from '../office/workbooks';
import { zipTexts } from '../../src/office/zip';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const example = exampleFile();
let s: Browsing;

beforeAll(async () => {
  s = await launch({ init: [recordCspViolations] });
});

afterAll(async () => {
  if (s) {
    expect(s.foreign, 'requests that left the origin').toEqual([]);
    expect(s.errors, 'errors the page threw or logged').toEqual([]);
    expect(await cspViolations(s.page), 'violations of the Content-Security-Policy').toEqual([]);
  }
  await s?.close();
});

function cspViolations(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations.slice());
}

/** Chooses a table through the File menu's input, as a user does. */
async function importThroughMenu(page: Page, name: string, bytes: Uint8Array, mimeType = XLSX): Promise<void> {
  await page.click('[data-action="file-menu"]');
  await page.setInputFiles('input[type=file][data-action="import-table"]', { name, mimeType, buffer: Buffer.from(bytes) });
  await page.waitForSelector('[data-table-import]');
}

/** Drops a file on the window as the system does, its bytes as they are. */
async function drop(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(content)], fileName));
      for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [name, [...bytes]] as const,
  );
  await page.waitForSelector('[data-table-import]');
}

/** The preview once read: the table's errors or what it found. */
async function previewRead(page: Page): Promise<void> {
  await page.waitForSelector('[data-table-import] [data-import-error], [data-table-import] [data-action="import-open"]:not([disabled])');
}

async function exported(page: Page, format: 'xlsx' | 'pptx' | 'docx', scenarios?: string[]): Promise<{ name: string; bytes: Uint8Array }> {
  await page.click('[data-action="export-menu"]');
  await page.waitForSelector(`[data-action="export-${format}"]`);
  if (scenarios) {
    for (const box of await page.$$('[data-export-scenario]')) {
      const want = scenarios.includes((await box.getAttribute('data-export-scenario'))!);
      if ((await box.isChecked()) !== want) await box.click();
    }
  }
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`[data-action="export-${format}"]`)]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) };
}

function unzipped(bytes: Uint8Array, wanted: RegExp): Map<string, string> {
  const result = unzipEntries(bytes, (name) => wanted.test(name));
  if (!result.ok) throw new Error(`not a zip: ${JSON.stringify(result)}`);
  return new Map([...result.files].map(([name, data]) => [name, new TextDecoder().decode(data)]));
}

/** The text runs of OOXML (a:t of slides, w:t of Word), joined: what a reader sees. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<(?:a|w):t(?:\s[^>]*)?>([^<]*)<\/(?:a|w):t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')).join('|');
}

describe('tables in from the app', () => {
  it('a workbook with ten mistakes: ten errors at their cells, in the language on screen, and nothing changes', async () => {
    const { page } = s;
    const before = await pageState(page);
    const { bytes, paths } = mistakesWorkbook();
    await importThroughMenu(page, '台账（有误）.xlsx', bytes);
    await previewRead(page);
    const errors = () => page.$$eval('[data-import-error]', (items) => items.map((e) => ({ path: e.getAttribute('data-path')!, text: e.textContent! })));
    const zh = await errors();
    expect(zh.map((e) => e.path).sort()).toEqual([...paths].sort());
    for (const e of zh) expect(e.text.startsWith(`${e.path}（`), e.text).toBe(true);
    expect(zh.find((e) => e.path === '机构!G2')!.text).toBe('机构!G2（行政编制）：须为非负整数，现为“十二”');
    expect(await page.$('[data-action="import-open"], [data-action="import-replace"]')).toBeNull();
    expect(await page.$('[data-import-found], [data-import-unit]'), 'a refused table makes nothing: no units offered').toBeNull();
    expect(await page.getAttribute('[data-columns-recognised="机构"]', 'data-columns-recognised')).toBe('机构');
    // the user's language: switched while the preview is open
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-table-import]', { state: 'detached' });
    await page.click('[data-lang="en"]');
    await importThroughMenu(page, 'table-with-mistakes.xlsx', bytes);
    await previewRead(page);
    const en = await errors();
    expect(en.map((e) => e.path).sort()).toEqual([...paths].sort());
    expect(en.find((e) => e.path === '机构!G2')!.text).toBe('机构!G2 (行政编制): must be a whole number, 0 or more; found “十二”');
    await page.click('[data-table-import] .modal-actions button');
    await page.waitForSelector('[data-table-import]', { state: 'detached' });
    await page.click('[data-lang="zh"]');
    const after = await pageState(page);
    expect(after.file).toEqual(before.file);
    expect(after.past).toBe(before.past);
  });

  it('a good workbook opens as a new file: the preview says what it found, the screen shows the engine’s figures of the equivalent JSON', async () => {
    const { page } = s;
    const { bytes, json } = validWorkbook();
    await importThroughMenu(page, '锡东台账.xlsx', bytes);
    await previewRead(page);
    expect(await page.getAttribute('[data-import-found]', 'data-units')).toBe('4');
    expect(await page.getAttribute('[data-import-found]', 'data-bureaus')).toBe('6');
    expect(await page.$$eval('[data-import-unit]', (rows) => rows.map((r) => r.getAttribute('data-import-unit')))).toEqual(['kfq', 'kc', 'dg', 'yl']);
    expect(await page.$('[data-unit-kind]'), 'a workbook says its kinds: nothing to choose').toBeNull();
    await page.click('[data-action="import-open"]');
    await page.waitForSelector('[data-table-import]', { state: 'detached' });
    await page.waitForFunction(() => document.querySelector('[data-unit-id="kfq"]'));
    const { file } = await pageState(page);
    expect({ title: file.title, units: file.units, bureaus: file.bureaus, scenarios: file.scenarios }).toEqual({ title: json.title, units: json.units, bureaus: json.bureaus, scenarios: [] });
    await expectScreen(page, expectedScreen(json, BASELINE_ID), BASELINE_ID);
  });

  it('a GB18030 CSV dropped on the window: decoded, kinds guessed and one corrected in the preview, figures as the engine’s', async () => {
    const { page } = s;
    const bytes = new Uint8Array(readFileSync(new URL('../office/fixtures/bureaus-gb18030.csv', import.meta.url)));
    await drop(page, '锡山台账.csv', bytes);
    await previewRead(page);
    expect(await page.textContent('[data-import-found]')).toContain('GB18030');
    const kinds = () => page.$$eval('[data-unit-kind]', (items) => items.map((e) => [e.closest('tr')!.querySelector('td')!.textContent, (e as HTMLSelectElement).value]));
    expect(await kinds()).toEqual([
      ['锡山经济技术开发区管委会', 'zone'],
      ['东港镇', 'town'],
      ['云林街道', 'street'],
      ['锡山经开发展集团有限公司', 'platform'],
    ]);
    // 东港镇 is, say, a street in this district: the table is read again with it
    await page.selectOption('[data-import-unit="u-2"] [data-unit-kind]', 'street');
    await page.waitForFunction(() => (document.querySelector('[data-import-unit="u-2"] [data-unit-kind]') as HTMLSelectElement | null)?.value === 'street' && !document.querySelector('[data-action="import-open"][disabled]'));
    await page.click('[data-action="import-open"]');
    await page.waitForSelector('[data-table-import]', { state: 'detached' });
    await page.waitForFunction(() => document.querySelector('[data-unit-id="u-4"]'));
    const { file } = await pageState(page);
    expect(file.title).toBe('锡山台账');
    expect(file.units.map((u) => [u.id, u.name, u.kind])).toEqual([
      ['u-1', '锡山经济技术开发区管委会', 'zone'],
      ['u-2', '东港镇', 'street'],
      ['u-3', '云林街道', 'street'],
      ['u-4', '锡山经开发展集团有限公司', 'platform'],
    ]);
    // by hand from the CSV: 招商服务局 12+0, 城市管理局 9+2 in the zone
    expect(file.bureaus.filter((b) => b.unit === 'u-1').map((b) => [b.id, b.staff.admin, b.staff.institutional])).toEqual([['zs', 12, 0], ['cg', 9, 2]]);
    await expectScreen(page, expectedScreen(file, BASELINE_ID), BASELINE_ID);
  });

  it('replacing today’s organisation: the proposal that no longer applies is named before and kept aside after, one undo step', async () => {
    const { page } = s;
    await openExample(page);
    // the table: today's organisation without 科技创新局 (xs-ez-scitech), which only 方案A moves
    const organisation = { ...example, bureaus: example.bureaus.filter((b) => b.id !== 'xs-ez-scitech') };
    const before = await pageState(page);
    await importThroughMenu(page, '锡山新台账.xlsx', writeWorkbook(baselineSheets(organisation)));
    await previewRead(page);
    await page.waitForSelector('[data-kept-aside]');
    expect(await page.getAttribute('[data-kept-aside]', 'data-kept-aside')).toBe('plan-a');
    expect(await page.textContent('[data-kept-aside]')).toContain('方案A：社会管理职能回归属地街道');
    await page.click('[data-action="import-replace"]');
    await waitSteps(page, before.past + 1, 0);
    const { file } = await pageState(page);
    expect(file.bureaus).toEqual(organisation.bureaus);
    expect(file.units).toEqual(example.units);
    const [a, b] = file.scenarios;
    expect(b).toEqual(example.scenarios[1]);
    expect(a!.name).toBe(example.scenarios[0]!.name);
    expect(a!.operations).toEqual([]);
    expect(JSON.stringify(a!.meta?.[NOT_APPLIED_KEY])).toContain('xs-ez-scitech');
    expect(await page.textContent('.notices')).toContain('方案A：社会管理职能回归属地街道');
    await page.click('[data-action="undo"]');
    await waitSteps(page, before.past, 1);
    expect((await pageState(page)).file).toEqual(before.file);
  });
});

describe('tables and documents out of the app', () => {
  it('.xlsx: read back through our reader, the same organisation, ids included; the figures sheet carries the engine’s numbers', async () => {
    const { page } = s;
    await openExample(page);
    const { name, bytes } = await exported(page, 'xlsx');
    expect(name).toBe(`${example.title}.xlsx`);
    const back = importTable(bytes, { fileName: name });
    if (!back.ok) return expect.fail(JSON.stringify(back.errors.slice(0, 3)));
    expect(back.file.units).toEqual(example.units);
    expect(back.file.bureaus).toEqual(example.bureaus);
    const sheets = unzipped(bytes, /^xl\/worksheets\/sheet\d+\.xml$/);
    const report = reportOf(example);
    const all = [...sheets.values()].join('');
    for (const scenario of report.scenarios) expect(all).toContain(`<v>${scenario.metrics.staff.total}</v>`);
  });

  it('.pptx and .docx of the proposal chosen: the slides and the paragraphs carry its name, the engine’s figures and its 文号', async () => {
    const { page } = s;
    await openExample(page);
    const report = reportOf(example);
    const plan = report.scenarios.find((x) => x.id === 'plan-b')!;
    const doc = example.scenarios[1]!.operations.find((op) => op.doc)!.doc!;
    const deck = await exported(page, 'pptx', ['plan-b']);
    expect(deck.name).toBe(`${example.title}-${plan.name}.pptx`.replace(/[\\/:*?"<>|]/g, '_'));
    const slides = textOf([...unzipped(deck.bytes, /^ppt\/slides\/slide\d+\.xml$/).values()].join(''));
    expect(slides).toContain(plan.name);
    expect(slides).toContain(String(plan.metrics.staff.total));
    expect(slides).toContain(String(report.baseline.metrics.staff.total));
    expect(slides).toContain(doc);
    expect(slides).not.toContain(report.scenarios.find((x) => x.id === 'plan-a')!.name);
    const word = await exported(page, 'docx', ['plan-b']);
    const text = textOf(unzipped(word.bytes, /^word\/document\.xml$/).get('word/document.xml')!);
    expect(text).toContain(plan.name);
    expect(text).toContain(String(plan.metrics.staff.total));
    expect(text).toContain(doc);
    await page.click('[data-action="file-menu"]');
    const [template] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="table-template"]')]);
    expect(template.suggestedFilename()).toBe('编制台账模板.xlsx');
    const sheetNames = unzipped(new Uint8Array(readFileSync(await template.path())), /^xl\/workbook\.xml$/).get('xl/workbook.xml')!;
    expect([...sheetNames.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['单位', '机构', '填写说明']);
  });
});

describe('hostile tables, from the menu and dropped: refused or read as they are, never run, nothing changed until asked', () => {
  /** The preview's errors (sheet!cell) and whether it offers to open; closed again; the open work untouched. */
  async function refused(page: Page, name: string, bytes: Uint8Array): Promise<string[]> {
    const before = await pageState(page);
    await drop(page, name, bytes);
    await previewRead(page);
    const paths = await page.$$eval('[data-import-error]', (items) => items.map((e) => `${e.getAttribute('data-path')} ${e.textContent}`));
    expect(await page.$('[data-action="import-open"]')).toBeNull();
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-table-import]', { state: 'detached' });
    expect((await pageState(page)).file).toEqual(before.file);
    return paths;
  }

  it('a .docx renamed .xlsx, an empty workbook, an empty file: each refused with its reason', async () => {
    const { page } = s;
    const docx = zipTexts([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>']]);
    expect((await refused(page, '台账.xlsx', docx)).join()).toContain('台账.xlsx 不是 .xlsx 工作簿');
    expect((await refused(page, '空白.xlsx', rawWorkbook([]))).join()).toContain('本工作簿没有工作表');
    expect(await refused(page, '空.csv', new Uint8Array())).toHaveLength(1);
  });

  it('markup and formulas in names are shown as text and kept as written; ids named as Object.prototype’s properties work', async () => {
    const { page } = s;
    const names = { unit: '<img src=x onerror="window.__pwned=1">管委会', town: '=HYPERLINK("http://example.com","点我")镇', bureau: '<script>window.__pwned=2</script>局' };
    const bytes = workbook([
      { name: '单位', rows: [['编号', '名称', '类型', '区政关系', '辖区镇街'], ['__proto__', names.unit, '管委会', '区政分设', 'constructor'], ['constructor', names.town, '镇']] },
      { name: '机构', rows: [['编号', '所属单位', '名称', '机构类型', '类别', '职责', '行政编制'], ['toString', '__proto__', names.bureau, '内设机构', '经济发展类', '招商引资', 5]] },
    ]);
    await importThroughMenu(page, '<b>台账</b>.xlsx', bytes);
    await previewRead(page);
    expect(await page.$$eval('[data-table-import] img, [data-table-import] script, [data-table-import] b', (e) => e.length)).toBe(0);
    expect(await page.$$eval('[data-import-unit] td:first-child', (cells) => cells.map((c) => c.textContent))).toEqual([names.unit, names.town]);
    await page.click('[data-action="import-open"]');
    await page.waitForSelector('[data-table-import]', { state: 'detached' });
    await page.waitForFunction(() => document.querySelector('[data-bureau-id="toString"]'));
    const { file } = await pageState(page);
    expect(file.units.map((u) => [u.id, u.name])).toEqual([['__proto__', names.unit], ['constructor', names.town]]);
    expect(file.bureaus.map((b) => [b.id, b.unit, b.name])).toEqual([['toString', '__proto__', names.bureau]]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expectScreen(page, expectedScreen(file, BASELINE_ID), BASELINE_ID);
  });

  it('a CSV in UTF-16 (Excel’s Unicode text) and a sheet of 50,000 bureaus: previewed, summed up past the units listed', { timeout: 120_000 }, async () => {
    const { page } = s;
    const text = '所属单位\t名称\t机构类型\t类别\t行政编制\n东港镇\t社会事业局\t内设机构\t社会管理类\t6\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    await drop(page, '台账.txt.csv', utf16);
    await previewRead(page);
    expect(await page.textContent('[data-import-found]')).toMatch(/UTF-16/);
    expect(await page.getAttribute('[data-import-found]', 'data-bureaus')).toBe('1');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-table-import]', { state: 'detached' });

    const lines = ['所属单位,名称,机构类型,类别,职责,行政编制,事业编制,领导职数'];
    for (let i = 0; i < 50_000; i++) lines.push(`第${i % 40}镇,机构${i},内设机构,综合类,,${i % 7},${i % 3},${i % 2}`);
    await importThroughMenu(page, '五万行.csv', new TextEncoder().encode(lines.join('\n')), 'text/csv');
    await page.waitForSelector('[data-import-found]', { timeout: 90_000 });
    expect(await page.getAttribute('[data-import-found]', 'data-bureaus')).toBe('50000');
    expect(await page.$$eval('[data-import-unit]', (rows) => rows.length)).toBe(40);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-table-import]', { state: 'detached' });
  });
});

/** The example file opened through the open-file input, on today's organisation. */
async function openExample(page: Page): Promise<void> {
  const text = JSON.stringify(example satisfies ScenarioFile);
  const { documentId } = await page.evaluate(() => ({ documentId: (window as unknown as { zonereform: { controller: { store: { get(): { documentId: number } } } } }).zonereform.controller.store.get().documentId }));
  await page.setInputFiles('input[type=file][data-action="open-file"]', { name: 'xishan.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForFunction((id) => (window as unknown as { zonereform: { controller: { store: { get(): { documentId: number } } } } }).zonereform.controller.store.get().documentId !== id, documentId);
  await settled(page);
}
