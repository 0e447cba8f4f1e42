// The exports opened as a user's program would: unzipped, their XML read. Names, numbers and
// 文号 are where they should be; the numbers are the engine's (SPEC §6), and a few by hand.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, loadParsedFile } from '../../src/engine';
import { type ScenarioFile } from '../../src/model';
import { parseScenarioFile } from '../../src/model/parse';
import { exportDeck } from '../../src/office/deck';
import { exportDocument } from '../../src/office/document';
import { type MeetingPack, meetingPack } from '../../src/office/meetingPack';
import { importTable } from '../../src/office/tableImport';
import { templateWorkbook } from '../../src/office/template';
import { exportWorkbook } from '../../src/office/workbookExport';
import { readWorkbook } from '../../src/office/xlsxRead';

const decoder = new TextDecoder();
function example(name: string): ScenarioFile {
  const parsed = parseScenarioFile(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return parsed.file;
}
function packOf(file: ScenarioFile, ids: string[]): MeetingPack {
  const pack = meetingPack(file, ids, 'zh');
  if (!pack.ok) throw new Error('pack');
  return pack.pack;
}
const texts = (zip: Uint8Array, pattern: RegExp) => Object.entries(unzipSync(zip)).filter(([name]) => pattern.test(name)).map(([name, data]) => [name, decoder.decode(data)] as const);
/** The cells of a sheet by reference, as a spreadsheet program reads them. */
function sheetCells(bytes: Uint8Array, sheet: string): Map<string, string | number | boolean> {
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(read.reason);
  const found = read.sheets.find((s) => s.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet}: ${read.sheets.map((s) => s.name).join()}`);
  const cells = new Map<string, string | number | boolean>();
  const letter = (col: number) => String.fromCharCode(65 + col);
  for (const row of found.rows) for (const cell of row.cells) cells.set(`${letter(cell.col)}${row.row}`, cell.value);
  return cells;
}

const xishan = example('xishan-1-plus-4');
const report = (() => {
  const loaded = loadParsedFile(xishan);
  if (!loaded.ok) throw new Error('load');
  return buildReport(loaded.loaded, { lang: 'zh' });
})();
const planB = report.scenarios.find((s) => s.id === 'plan-b')!;

describe('the .xlsx export', () => {
  const bytes = exportWorkbook(xishan, packOf(xishan, ['plan-a', 'plan-b']));
  const files = texts(bytes, /./);

  it('has the two sheets of the organisation and the proposals’ sheets, named in Chinese', () => {
    const workbook = files.find(([name]) => name === 'xl/workbook.xml')![1];
    expect([...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual(['单位', '机构', '指标对比', '调整对照表', '调整清单', '单位前后对比', '问题清单']);
  });

  it('imports back to the same organisation', () => {
    const result = importTable(bytes, { fileName: 'xishan.xlsx' });
    if (!result.ok) throw new Error(result.errors[0]!.message.zh);
    expect(result.file.units).toEqual(xishan.units);
    expect(result.file.bureaus).toEqual(xishan.bureaus);
  });

  it('puts figures and savings side by side as numbers, equal to the engine’s, ratios as percentages', () => {
    const cells = sheetCells(bytes, '指标对比');
    expect([cells.get('A1'), cells.get('B1'), cells.get('C1'), cells.get('E1')]).toEqual(['指标', '现状', xishan.scenarios[0]!.name, xishan.scenarios[1]!.name]);
    // row 7: 编制合计 — today 533, plan B 486, saving 47 (533 − 486)
    expect([cells.get('A7'), cells.get('B7'), cells.get('E7'), cells.get('F7')]).toEqual(['编制合计', report.baseline.metrics.staff.total, planB.metrics.staff.total, planB.savings.staff]);
    expect([cells.get('B7'), cells.get('E7'), cells.get('F7')]).toEqual([533, 486, 47]);
    const ratioRow = [...cells].find(([ref, v]) => ref.startsWith('A') && String(v).includes('锡山经济技术开发区党工委、管委会'))![0].slice(1);
    expect(cells.get(`B${ratioRow}`)).toBe(report.baseline.metrics.units['xs-ez']!.economicRatio);
    const sheet = files.find(([name]) => name === 'xl/worksheets/sheet3.xml')![1];
    expect(sheet).toContain(`<c r="B${ratioRow}" s="6"><v>${report.baseline.metrics.units['xs-ez']!.economicRatio}</v>`);
    expect(files.find(([name]) => name === 'xl/styles.xml')![1]).toMatch(/<numFmt numFmtId="164" formatCode="0\.0%"\/>[\s\S]*<xf xfId="0" numFmtId="164"/);
  });

  it('lists the staff handed to the platform under the staff total, as a part of it with no saving of its own', () => {
    const cells = sheetCells(bytes, '指标对比');
    // by hand: no platform today; plan B hands 国有资产投资管理中心 (12) and 招商服务中心 (22) to the group
    expect([cells.get('A7'), cells.get('A8'), cells.get('A9')]).toEqual(['编制合计', '其中划转公司平台', '领导职数']);
    expect([cells.get('B8'), cells.get('C8'), cells.get('D8'), cells.get('E8'), cells.get('F8')]).toEqual([0, 0, undefined, 34, undefined]);
    // 机构合计: 46 today; plan B 41 (+1 created, −1 abolished there and −1 in 云林, −2 to the platform, −2 by two merges)
    expect([cells.get('A4'), cells.get('B4'), cells.get('E4'), cells.get('F4')]).toEqual(['机构合计', 46, 41, 5]);
  });

  it('has the screen’s ledger: every zone and office, then the units the proposal touches, with their shares', () => {
    const cells = sheetCells(bytes, '单位前后对比');
    const rows = [...cells].filter(([ref, v]) => ref.startsWith('A') && v === xishan.scenarios[1]!.name).map(([ref]) => Number(ref.slice(1)));
    // plan B touches 厚桥 and 云林 (bureaus in and out) and adds the group; the zone and both offices always
    expect(rows.map((r) => cells.get(`B${r}`))).toEqual([
      '锡山经济技术开发区党工委、管委会', '锡山现代服务业示范区管理办公室', '锡山高新技术产业开发区管理办公室', '厚桥街道', '云林街道', '锡山经开区发展集团有限公司',
    ]);
    const zone = rows[0]!;
    // the zone's own staff (the two offices' 45 apart) 197 → 106 by hand: −43 to the streets, −34 to the platform, −14 abolished
    expect([cells.get(`K${zone}`), cells.get(`L${zone}`)]).toEqual([197, 106]);
    expect(cells.get(`O${zone}`)).toBe(report.baseline.metrics.units['xs-ez']!.economicRatio);
  });

  it('has the adjustment table with 文号, 说明 and the proposals’ names, and the problems in words', () => {
    const adjust = sheetCells(bytes, '调整对照表');
    expect([...adjust.values()]).toContain('锡山编〔2025〕12号');
    expect([...adjust.values()].some((v) => String(v).includes('编制随职能走'))).toBe(true);
    const problems = sheetCells(bytes, '问题清单');
    expect([...problems.values()]).toContain('econ-ratio');
  });

  it('freezes the header row of every sheet and sets the column widths', () => {
    for (const [name, xml] of files.filter(([n]) => n.startsWith('xl/worksheets/'))) {
      expect(xml, name).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
      expect(xml, name).toMatch(/<cols><col min="1" max="1" width="\d+"/);
    }
  });

  it('keeps a name that starts with = + - @ text, never a formula', () => {
    const file: ScenarioFile = { ...xishan, units: xishan.units.map((u, i) => (i === 0 ? { ...u, name: '=HYPERLINK("http://x","y")' } : u)), scenarios: [] };
    const xml = texts(exportWorkbook(file), /sheet1\.xml$/)[0]![1];
    expect(xml).not.toContain('<f>');
    // the cell is a string, marked as text (quotePrefix) for the program that edits it
    expect(xml).toMatch(/<c r="B2" s="2" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK\(&quot;http:\/\/x&quot;,&quot;y&quot;\)<\/t>/);
    expect(texts(exportWorkbook(file), /styles\.xml$/)[0]![1]).toContain('quotePrefix="1"');
  });
});

describe('the template', () => {
  const bytes = templateWorkbook();
  it('has both sheets with headers and two example rows, and a sheet explaining each column in Chinese', () => {
    const read = readWorkbook(bytes);
    if (!read.ok) throw new Error(read.reason);
    expect(read.sheets.map((s) => [s.name, s.rows.length])).toEqual([['单位', 3], ['机构', 3], ['填写说明', 24]]);
    const help = sheetCells(bytes, '填写说明');
    expect([...help.values()]).toContain('必填：内设机构 / 事业单位');
  });
  it('imports as it stands', () => {
    expect(importTable(bytes, { fileName: '编制台账模板.xlsx' }).ok).toBe(true);
  });
});

describe('the PowerPoint deck', () => {
  let slides: Array<readonly [string, string]>;
  let all: string;
  beforeAll(async () => {
    const deck = await exportDeck(packOf(xishan, ['plan-a', 'plan-b']));
    slides = texts(deck, /^ppt\/slides\/slide\d+\.xml$/);
    all = slides.map(([, xml]) => xml).join('\n');
    const presentation = texts(deck, /^ppt\/presentation\.xml$/)[0]![1];
    expect(presentation).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
  });

  it('is 16:9 with one slide of each kind, in order', () => {
    const titles = slides
      .sort(([a], [b]) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]))
      .map(([, xml]) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('|'));
    expect(titles[0]).toContain(xishan.title);
    expect(titles[0]).toContain('示意数据');
    const first = (text: string) => titles.findIndex((t) => t.startsWith(text));
    const order = ['调整前', '调整后：方案A', '主要指标变化：方案A', '各单位调整前后对比：方案A', '方案比较', '调整对照表：方案A', '仍需解决的问题：方案A'].map(first);
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('says each proposal on the title slide as the screen does: the zones themselves, then the whole area, the platform inside the staff change', () => {
    // by hand (plan B): the zones 20 bodies → 12 (3 to the streets, 2 to the platform, 1 abolished, 2 merges), 242 staff → 151;
    // the whole area 46 → 41 bodies, 533 → 486 staff of which 34 to the platform, 188 → 176 posts
    expect(all).toContain('开发区（园区）自身：机构 20 → 12 ↓减少 8 个 · 编制 242 → 151 ↓减少 91 名');
    expect(all).toContain('全区合计：机构 46 → 41 ↓减少 5 个 · 编制 533 → 486 ↓减少 47 名（其中划转公司平台 34 名） · 领导职数 188 → 176 ↓减少 12 名');
    expect(all).not.toContain('节约编制');
    // the figures slide says each change in words, as the panel does
    expect(all).toContain('↓减少 47 名');
  });

  it('has the names, the numbers and the 文号, in Chinese fonts Windows has, marked zh-CN', () => {
    expect(all).toContain('锡山经济技术开发区党工委、管委会');
    expect(all).toContain('锡山编〔2025〕12号');
    expect(all).toContain(`<a:t>${planB.metrics.staff.total}</a:t>`);
    expect(all).toContain('lang="zh-CN"');
    expect(all).toContain('typeface="微软雅黑"');
    expect(all).toContain('<a:tbl>');
  });
});

describe('the Word document', () => {
  let xml: string;
  let footers: string;
  beforeAll(async () => {
    const docx = await exportDocument(packOf(xishan, ['plan-b']));
    xml = texts(docx, /^word\/document\.xml$/)[0]![1];
    footers = texts(docx, /^word\/footer\d*\.xml$/).map(([, x]) => x).join('\n');
  });

  it('has the title, the summary of figures, the 调整对照表 with 文号 and 说明, the units and the problems', () => {
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain(`${xishan.scenarios[1]!.name}机构编制调整方案`);
    expect(text).toContain(`机构由 ${report.baseline.metrics.bodies.total} 个调整为 ${planB.metrics.bodies.total} 个`);
    expect(text).toContain('二、调整对照表');
    expect(text).toContain('锡山编〔2025〕14号');
    expect(text).toContain('整建制划转');
    expect(text).toContain('三、各单位调整前后对比');
    // the staff change in the screen's words, the hand-over to the platform inside it (533 → 486, 12 + 22 to the group)
    expect(text).toContain('编制合计减少 47 名，其中划转公司平台 34 名。');
    expect(text).toContain('开发区（园区）自身：机构 20 → 12 ↓减少 8 个 · 编制 242 → 151 ↓减少 91 名');
    expect(text).toContain('四、仍需解决的问题');
  });

  it('is laid out after GB/T 9704: A4, its margins, 仿宋 body and 黑体 headings, page numbers outside', () => {
    // Chinese runs zh-CN, Latin text en-US (marked zh-CN, English words were broken anywhere)
    expect(xml).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
    expect(xml).not.toContain('w:val="zh-CN"');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toContain('<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"');
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(footers).toMatch(/PAGE/);
    expect(footers).toContain('<w:jc w:val="right"/>');
    expect(footers).toContain('<w:jc w:val="left"/>');
  });
});

describe('text no XML can hold', () => {
  it('is written as Excel writes it (_xHHHH_) and comes back as it was, a typed _x0041_ too', () => {
    const names = ['_x0041_ 不是 A', 'a\u0001b\u001fc', 'x\ud800y', '\ufffe', 'a\r\nb'];
    const file: ScenarioFile = { ...xishan, units: xishan.units.map((u, i) => (i < names.length ? { ...u, name: names[i]! } : u)), scenarios: [] };
    const bytes = exportWorkbook(file);
    expect(texts(bytes, /sheet1\.xml$/)[0]![1]).toContain('a_x0001_b_x001F_c');
    const result = importTable(bytes, { fileName: 'x.xlsx' });
    if (!result.ok) throw new Error(result.errors[0]!.message.en);
    expect(result.file.units.slice(0, names.length).map((u) => u.name)).toEqual(names);
  });
});
