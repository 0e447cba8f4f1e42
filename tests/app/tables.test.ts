// Tables in and out through the app's actions (issue 14, SPEC §11): a table is read and previewed
// before anything changes; it opens as a new file (unsaved work kept first) or replaces today's
// organisation in one undo step, proposals that no longer apply kept aside and named; a table with
// errors changes nothing; the exports give the bytes of a workbook, a deck or a document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { OfficeApi } from '../../workers/officeApi';
import { defaultExportChoice } from '../../src/app/officeExport';
import { isTableFile } from '../../src/app/tableImport';
import { NOT_APPLIED_KEY, readNotApplied } from '../../src/engine/share';
import type { ScenarioFile } from '../../src/model';
import { exportWorkbook } from '../../src/office/workbookExport';
import { SMALL_TEXT, copy, engineReport, parsed } from './files';
import { type App, openApp } from './harness';

const small = parsed(SMALL_TEXT);

/** A table of `file`'s organisation as our export writes it (import gives back the same units and bureaus). */
function workbookOf(file: ScenarioFile): File {
  // a copy in an ArrayBuffer of its own: what File takes
  return new File([new Uint8Array(exportWorkbook({ ...file, scenarios: [] }))], '东区台账.xlsx');
}

const utf8Csv = (rows: readonly string[], name = '台账.csv') => new File([rows.join('\r\n')], name);

const CSV_HEADER = '所属单位,名称,机构类型,类别,职责,行政编制,事业编制,领导职数';

async function imported(app: App, file: File): Promise<NonNullable<ReturnType<App['state']>['tableImport']>> {
  await app.actions.office.importTable(file);
  await app.idle();
  const state = app.state().tableImport;
  if (!state) return expect.fail('no preview');
  return state;
}

describe('a table brought in from the app', () => {
  it('a workbook: previewed with what it holds, then opened as a new file; the unsaved work is kept in the recent files first', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    expect(await app.apply({ op: 'move', bureau: 't1-office', to: 's1' })).toBe(true);
    const state = await imported(app, workbookOf(small));
    if (!state.reply?.ok) return expect.fail(JSON.stringify(state.reply));
    const { preview } = state.reply;
    expect([preview.source, preview.bureaus, preview.units.map((u) => [u.id, u.kind, u.bureaus])]).toEqual([
      'xlsx',
      10,
      [['z1', 'zone', 5], ['o1', 'office', 1], ['s1', 'street', 3], ['t1', 'town', 1], ['p1', 'platform', 0]],
    ]);
    // nothing changed yet
    expect(app.file().bureaus.find((b) => b.id === 't1-office')!.unit).toBe('s1');
    expect(await app.actions.office.finishImport('open')).toBe(true);
    await app.idle();
    const opened = app.file();
    expect([opened.title, opened.units, opened.bureaus, opened.scenarios]).toEqual(['东区台账', small.units, small.bureaus, []]);
    expect(app.state().report).toEqual(engineReport(opened, 'zh'));
    expect(app.state().tableImport).toBeUndefined();
    expect(app.history().past).toEqual([]);
    expect(app.state().recent.map((r) => [r.reason, r.title]), JSON.stringify(app.state().recent.map((r) => [r.reason, r.title]))).toContainEqual(['setAside', small.title]);
  });

  it('a CSV: unit kinds guessed from the names; a kind chosen in the preview reads the table again with it, names like constructor included', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const csv = utf8Csv([CSV_HEADER, '东区管委会,招商局,内设机构,经济发展类,招商引资,8,0,2', '东街道,社会事业办,内设机构,社会管理类,民生服务,6,0,1', 'constructor,资产部,内设机构,综合类,国有资产管理,3,0,0']);
    const first = await imported(app, csv);
    if (!first.reply?.ok) return expect.fail(JSON.stringify(first.reply));
    expect(first.reply.preview.units.map((u) => [u.name, u.kind, u.kindFrom])).toEqual([['东区管委会', 'zone', 'name'], ['东街道', 'street', 'name'], ['constructor', 'zone', 'default']]);
    await app.actions.office.setImportKind('constructor', 'platform');
    await app.idle();
    const again = app.state().tableImport!;
    if (!again.reply?.ok) return expect.fail(JSON.stringify(again.reply));
    expect(again.kinds).toEqual({ constructor: 'platform' });
    expect(again.reply.preview.units.map((u) => [u.name, u.kind, u.kindFrom])[2]).toEqual(['constructor', 'platform', 'user']);
    expect(await app.actions.office.finishImport('open')).toBe(true);
    await app.idle();
    expect(app.file().units.map((u) => [u.name, u.kind])).toEqual([['东区管委会', 'zone'], ['东街道', 'street'], ['constructor', 'platform']]);
    // the platform's staff are released, not counted in the establishment (SPEC §6): 8 + 6, and 3
    expect([app.state().report!.baseline.metrics.staff.total, app.state().report!.baseline.metrics.released]).toEqual([14, 3]);
  });

  it('a GB18030 CSV is read and said so', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const bytes = readFileSync(join(import.meta.dirname, '../office/fixtures/bureaus-gb18030.csv'));
    const state = await imported(app, new File([bytes], '锡山台账.csv'));
    if (!state.reply?.ok) return expect.fail(JSON.stringify(state.reply));
    expect(state.reply.preview.encoding).toBe('GB18030');
    expect(state.reply.preview.units.map((u) => u.name)).toContain('锡山经济技术开发区管委会');
  });

  it('a table with errors lists each at its cell and cannot be finished: the file, the history and the autosave stay as they were', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const before = app.file();
    const saves = app.storage.saves.length;
    const csv = utf8Csv([CSV_HEADER, '东区管委会,招商局,内设机构,经济发展类,招商引资,十二,0,2', '东街道,,内设机构,社会管理,民生服务,6,0,1']);
    const state = await imported(app, csv);
    if (state.reply?.ok !== false) return expect.fail('the table was accepted');
    expect(state.reply.errors.map((e) => e.path).sort()).toEqual(['台账!B3', '台账!D3', '台账!F2']);
    expect(await app.actions.office.finishImport('open')).toBe(false);
    expect(await app.actions.office.finishImport('replace')).toBe(false);
    await app.idle();
    expect(app.file()).toBe(before);
    expect(app.history().past).toEqual([]);
    expect(app.storage.saves.length).toBe(saves);
    await app.actions.office.closeTableImport();
    expect(app.state().tableImport).toBeUndefined();
  });

  it('replaces today’s organisation in one undo step: a proposal that no longer applies is named before, kept aside after, and undo gives back the file exactly', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    // the table no longer has the investment centre that 乙方案 hands to the platform
    const table = { ...copy(small), bureaus: small.bureaus.filter((b) => b.id !== 'z1-center') };
    const state = await imported(app, workbookOf(table));
    expect(state.keptAside?.map((k) => [k.id, k.name, k.refused.map((r) => r.index)])).toEqual([['plan-b', '乙方案：招商中心转企', [0]]]);
    expect(app.file()).toEqual(small);

    expect(await app.actions.office.finishImport('replace')).toBe(true);
    await app.idle();
    const after = app.file();
    expect([after.title, after.units, after.bureaus]).toEqual([small.title, table.units, table.bureaus]);
    expect(after.scenarios[0]).toEqual(small.scenarios[0]);
    const planB = after.scenarios[1]!;
    expect(planB.operations).toEqual([]);
    const record = readNotApplied(planB);
    if (!record?.ok) return expect.fail('not kept aside');
    expect([record.record.choice, record.record.operations]).toEqual(['keepAside', small.scenarios[1]!.operations]);
    expect(app.state().report).toEqual(engineReport(after, 'zh'));
    expect(app.pastLabels()).toEqual(['step.replaceBaseline']);
    const told = app.notices('warning').at(-1)!;
    expect(told.message).toEqual({ key: 'notice.replaced', args: { name: '东区台账', kept: ['乙方案：招商中心转企'] } });
    expect(told.details?.[0]?.path).toBe('$.scenarios[1].operations[0]');

    await app.actions.undo();
    await app.idle();
    expect(app.file()).toEqual(small);
    expect(app.state().report).toEqual(engineReport(small, 'zh'));
    expect(app.history().past).toEqual([]);
    await app.actions.redo();
    await app.idle();
    expect(app.file().scenarios[1]!.meta?.[NOT_APPLIED_KEY]).toBeDefined();
    expect(app.file().bureaus).toEqual(table.bureaus);
  });

  it('a file dropped on the window: a workbook (even named .json) is previewed, a scenario file opened', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    await app.actions.office.openDropped(new File([new Uint8Array(exportWorkbook(small))], 'renamed.json'));
    await app.idle();
    expect(app.state().tableImport?.reply?.ok).toBe(true);
    await app.actions.office.closeTableImport();
    const other = { ...copy(small), title: '另一个文件' };
    await app.actions.office.openDropped(new File([JSON.stringify(other)], 'other.json'));
    await app.idle();
    expect(app.state().tableImport).toBeUndefined();
    expect(app.file().title).toBe('另一个文件');
    // a scenario file that is not UTF-8 takes the checked path of any file opened: decoded by a guess, shown first
    const gbk = new TextEncoder().encode('{"title":"x"}');
    const latin = new Uint8Array([...gbk.slice(0, 10), 0xc4, 0xe3, ...gbk.slice(10)]);
    await app.actions.office.openDropped(new File([latin], 'gbk.json'));
    await app.idle();
    expect(app.state().encodingCheck?.encoding).toBe('GB18030');
    expect(app.file().title).toBe('另一个文件');
    expect([isTableFile('a.CSV', new Uint8Array([0x7b])), isTableFile('a.json', new Uint8Array([0xd0, 0xcf])), isTableFile('a.json', new Uint8Array([0x7b]))]).toEqual([true, true, false]);
  });

  it('when the Office work fails, the user is told and nothing changes', async () => {
    // every method fails (`then` is none: the API is not a promise)
    const failing = new Proxy({} as OfficeApi, { get: (_, name) => (name === 'then' ? undefined : () => Promise.reject(new Error('out of memory'))) });
    const app = await openApp({ defaultFile: SMALL_TEXT, office: { inThread: async () => failing } });
    await app.actions.office.importTable(workbookOf(small));
    await app.idle();
    expect(app.state().tableImport).toBeUndefined();
    expect(app.notices('error').at(-1)?.message).toEqual({ key: 'notice.officeFailed', args: { reason: 'out of memory' } });
    expect(await app.actions.office.exportOffice('xlsx', ['plan-a'])).toBeUndefined();
    expect(app.file()).toEqual(small);
  });
});

describe('exports from the app', () => {
  it('start with the proposal on screen, or every proposal on today’s tab', () => {
    expect(defaultExportChoice(small, 'plan-b')).toEqual(['plan-b']);
    expect(defaultExportChoice(small, 'baseline')).toEqual(['plan-a', 'plan-b']);
    expect(defaultExportChoice(small, 'gone')).toEqual(['plan-a', 'plan-b']);
  });

  it('a workbook of the proposals chosen, in the file’s order, with their names, 文号 and figures', async () => {
    const app = await openApp({ defaultFile: SMALL_TEXT });
    const bytes = await app.actions.office.exportOffice('xlsx', ['plan-b', 'plan-a', 'nothing']);
    if (!bytes) return expect.fail('no workbook');
    const files = unzipSync(bytes);
    const sheets = Object.keys(files).filter((n) => n.startsWith('xl/worksheets/')).map((n) => strFromU8(files[n]!)).join('\n');
    const workbook = strFromU8(files['xl/workbook.xml']!);
    for (const name of ['单位', '机构', '指标对比', '调整对照表']) expect(workbook).toContain(`name="${name}"`);
    expect(sheets).toContain('东编〔2025〕1号');
    // the figures sheet: proposals side by side in the file's order
    const figures = sheets.indexOf('甲方案：城管回归街道');
    expect(figures).toBeGreaterThan(-1);
    expect(sheets.indexOf('乙方案：招商中心转企', figures)).toBeGreaterThan(figures);
    // today's total staff (SPEC §6: every bureau outside the platform): 6+8+7+10+12+5+5+6+4+4
    expect(sheets).toMatch(/<c r="B\d+"[^>]*><v>67<\/v><\/c>/);
  });
});
