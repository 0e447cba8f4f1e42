// SPEC §11 table import: what a correct table gives, every error of a wrong one at its cell, and
// tables made to break the reader.
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importTable } from '../../src/office/tableImport';
import { MAX_ROWS } from '../../src/office/xlsxRead';
import { BUREAU_HEADERS, UNIT_HEADERS, num, rawWorkbook, row, str, validRows, workbook } from './workbooks';

const imported = (bytes: Uint8Array, fileName = '锡山区编制台账.xlsx', kinds?: Record<string, 'zone' | 'office' | 'town' | 'street' | 'platform' | 'group'>) => importTable(bytes, { fileName, kinds });

function ok(result: ReturnType<typeof importTable>) {
  if (!result.ok) throw new Error(`import refused: ${result.errors.map((e) => e.message.zh).join(' | ')}`);
  return result;
}

describe('a correct workbook', () => {
  const { units, bureaus } = validRows();
  const result = ok(imported(workbook([{ name: '单位', rows: units }, { name: '机构', rows: bureaus }])));

  it('gives a file of format version FILE_VERSION with no proposals, titled after the workbook', () => {
    expect(result.file.format).toBe('zonereform/scenario');
    expect(result.file.scenarios).toEqual([]);
    expect(result.file.title).toBe('锡山区编制台账');
  });

  it('reads every unit field, words in Chinese turned into the words of §3', () => {
    expect(result.file.units).toEqual([
      { id: 'kfq', name: '锡山经济开发区管委会', kind: 'zone', level: 'provincial', governance: 'separated', partyCommittee: true, territory: ['dg'], leaderPosts: 5, leaderPostCap: 6, bodyCap: 8, rank: { position: 3, of: 10 } },
      { id: 'dg', name: '东港镇', kind: 'town', developedTown: false, leaderPosts: 4 },
    ]);
  });

  it('names a unit by id or by name, and a duty by its Chinese or English name', () => {
    expect(result.file.bureaus).toEqual([
      { id: 'zs', name: '招商服务局', unit: 'kfq', type: 'internal', category: 'economic', functions: ['investment-promotion', 'business-environment'], staff: { admin: 12, institutional: 0 }, leaderPosts: 3 },
      { id: 'jj', name: '经济发展局', unit: 'kfq', type: 'internal', category: 'economic', functions: ['industry-development'], staff: { admin: 10, institutional: 2 }, leaderPosts: 2 },
      { id: 'sh', name: '社会事业局', unit: 'dg', type: 'internal', category: 'social', functions: ['livelihood-services'], staff: { admin: 6, institutional: 0 }, leaderPosts: 1 },
    ]);
    expect(result.preview.createdFunctions).toEqual([]);
  });

  it('takes headers in any order, in English, in any case, and lists unknown columns', () => {
    const swapped = ok(imported(workbook([
      { name: 'Units', rows: [['name', ' KIND ', 'Governance', 'id', '备注'], ['Zone A', 'zone', 'integrated', 'a', 'x']] },
      { name: 'bureaus', rows: [['Leader posts', 'Name', 'Unit', 'Type', 'Category', 'Admin staff'], [1, 'Office', 'a', 'internal', 'general', 3]] },
    ])));
    expect(swapped.file.units).toEqual([{ id: 'a', name: 'Zone A', kind: 'zone', governance: 'integrated' }]);
    expect(swapped.file.bureaus).toEqual([{ id: 'b-2', name: 'Office', unit: 'a', type: 'internal', category: 'general', functions: [], staff: { admin: 3, institutional: 0 }, leaderPosts: 1 }]);
    expect(swapped.preview.columns.find((c) => c.sheet === 'Units')?.ignored.map((c) => `${c.letter}${c.header}`)).toEqual(['E备注']);
    expect(swapped.preview.notices.map((n) => n.message.zh).join('\n')).toContain('E（备注）');
  });

  it('skips empty rows and makes ids from the row numbers where none is given', () => {
    const result2 = ok(imported(workbook([
      { name: '单位', rows: [['名称', '类型'], [], ['某镇', '镇'], ['', ''], ['某街道', '街道']] },
      { name: '机构', rows: [['所属单位', '名称', '机构类型', '类别'], ['某镇', '党政办', '内设机构', '综合类'], [], ['u-5', '综合办', '内设机构', '综合类']] },
    ])));
    expect(result2.file.units.map((u) => u.id)).toEqual(['u-3', 'u-5']);
    expect(result2.file.bureaus.map((b) => [b.id, b.unit])).toEqual([['b-2', 'u-3'], ['b-4', 'u-5']]);
  });

  it('makes a duty of the file from a name that is none of the built-in ones, and says so', () => {
    const r = ok(imported(workbook([
      { name: '单位', rows: [['名称', '类型'], ['某镇', '镇']] },
      { name: '机构', rows: [['所属单位', '名称', '机构类型', '类别', '职责'], ['某镇', '文旅办', '内设机构', '经济发展类', '文旅发展、招商引资、文旅发展']] },
    ])));
    expect(r.file.functions).toEqual([{ id: 'fn-1', name: '文旅发展', category: 'economic' }]);
    expect(r.file.bureaus[0]!.functions).toEqual(['fn-1', 'investment-promotion']);
    expect(r.preview.createdFunctions).toEqual([{ id: 'fn-1', name: '文旅发展', category: 'economic' }]);
  });
});

describe('a table with ten kinds of mistakes', () => {
  // each mistake is in a cell whose place is written here by hand
  const units = [
    UNIT_HEADERS,
    ['kfq', '开发区管委会', '管委会', '', '区政分设', '也许', '', 'kfq2', '', 5, '', '', '', '第三名'], // F2 boolean, N2 rank, H2 territory names a zone (parser)
    ['kfq2', '二号开发区管委会', '管委会', '', '区政合一'],
  ];
  const bureaus = [
    BUREAU_HEADERS,
    ['a', 'kfq', '招商局', '内设机构', '经济发展类', '', '十二', 0, 1], // G2 count as words
    ['b', 'kfq', '经济局', '科室', '经济发展类', '', 3, -2, 1], // D3 type, H3 negative
    ['a', 'kfq', '综合办', '内设机构', '综合类', '', 3, 0, 1], // A4 repeated id
    ['c', '不存在的单位', '社会局', '内设机构', '社会管理类', '', 3, 0, 1], // B5 unknown unit
    ['d', 'kfq', '', '内设机构', '综合类', '', 3, 0, 1], // C6 empty name
    ['e', 'kfq', '规划局', '内设机构', '综合类', '', 3, 0, { value: 45292, style: 'date' as const }], // I7 a date
  ];
  const result = imported(workbook([{ name: '单位', rows: units }, { name: '机构', rows: bureaus }]));

  it('lists ten errors, each at its sheet!cell, and produces no file', () => {
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual(
      ['单位!F2', '单位!N2', '单位!H2', '机构!G2', '机构!D3', '机构!H3', '机构!A4', '机构!B5', '机构!C6', '机构!I7'].sort(),
    );
    expect('file' in result).toBe(false);
  });

  it('says what is wrong in Chinese and English, naming the cell and its header', () => {
    if (result.ok) return;
    const g2 = result.errors.find((e) => e.path === '机构!G2')!;
    expect(g2.message.zh).toBe('机构!G2（行政编制）：须为非负整数，现为“十二”');
    expect(g2.message.en).toBe('机构!G2 (行政编制): must be a whole number, 0 or more; found “十二”');
    expect(result.errors.find((e) => e.path === '机构!I7')!.message.zh).toContain('这是一个日期（2024-01-01）');
    // the parser's own check, put back at the cell it comes from
    const h2 = result.errors.find((e) => e.path === '单位!H2')!;
    expect(h2.message.zh).toMatch(/^单位!H2（辖区镇街）：辖区 territory 只能列镇或街道/);
    for (const error of result.errors) {
      expect(error.message.zh.startsWith(error.path)).toBe(true);
      expect(error.message.en.startsWith(error.path)).toBe(true);
    }
  });
});

describe('tables made to break the reader', () => {
  const units = (...rows: string[]) => ({ name: '单位', data: row(1, str('A1', '编号'), str('B1', '名称'), str('C1', '类型')) + rows.join('') });
  const bureauHeader = row(1, str('A1', '编号'), str('B1', '所属单位'), str('C1', '名称'), str('D1', '机构类型'), str('E1', '类别'), str('F1', '行政编制'));
  const town = row(2, str('A2', 'zhen'), str('B2', '某镇'), str('C2', '镇'));

  it('reads a formula by the result saved with it (=HYPERLINK(…) gives its text), and says so', () => {
    const data = bureauHeader + row(2, str('A2', 'x'), str('B2', 'zhen'), `<c r="C2" t="str"><f>HYPERLINK("http://evil.example","党政办")</f><v>党政办</v></c>`, str('D2', '内设机构'), str('E2', '综合类'), `<c r="F2"><f>3+4</f><v>7</v></c>`);
    const r = ok(imported(rawWorkbook([units(town), { name: '机构', data }])));
    expect(r.file.bureaus[0]).toMatchObject({ name: '党政办', staff: { admin: 7, institutional: 0 } });
    expect(r.preview.notices.map((n) => n.message.zh).join()).toContain('2 个公式单元格');
  });

  it('refuses a formula that failed (#REF!) in a number column, at its cell', () => {
    const data = bureauHeader + row(2, str('A2', 'x'), str('B2', 'zhen'), str('C2', '党政办'), str('D2', '内设机构'), str('E2', '综合类'), `<c r="F2" t="e"><f>A0</f><v>#REF!</v></c>`);
    const r = imported(rawWorkbook([units(town), { name: '机构', data }]));
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toEqual([['机构!F2', 'office.formulaError']]);
  });

  it('gives every cell of a merged range the value of its top-left cell (a unit column merged down)', () => {
    const data = bureauHeader
      + row(2, str('A2', 'x'), str('B2', 'zhen'), str('C2', '党政办'), str('D2', '内设机构'), str('E2', '综合类'))
      + row(3, str('A3', 'y'), str('C3', '经发局'), str('D3', '内设机构'), str('E3', '经济发展类'));
    const r = ok(imported(rawWorkbook([units(town), { name: '机构', data, tail: '<mergeCells count="1"><mergeCell ref="B2:B3"/></mergeCells>' }])));
    expect(r.file.bureaus.map((b) => b.unit)).toEqual(['zhen', 'zhen']);
  });

  it('reads numbers stored as text, full-width digits and shared strings; prefixed tags too', () => {
    const data = bureauHeader
      + row(2, str('A2', 'x'), str('B2', 'zhen'), str('C2', '党政办'), str('D2', '内设机构'), str('E2', '综合类'), str('F2', '１２'))
      + row(3, str('A3', 'y'), str('B3', 'zhen'), `<c r="C3" t="s"><v>0</v></c>`, str('D3', '内设机构'), str('E3', '综合类'), str('F3', ' 7 '));
    const r = ok(imported(rawWorkbook([units(town), { name: 'Bureaus', data }], { shared: ['经济&amp;发展局'], prefix: true })));
    expect(r.file.bureaus.map((b) => [b.name, b.staff.admin])).toEqual([['党政办', 12], ['经济&发展局', 7]]);
  });

  it('keeps ids such as __proto__ and names with markup exactly as written', () => {
    const r = ok(imported(workbook([
      { name: '单位', rows: [['编号', '名称', '类型'], ['__proto__', '<script>alert(1)</script>镇', '镇'], ['constructor', '=HYPERLINK("x")', '街道']] },
      { name: '机构', rows: [['编号', '所属单位', '名称', '机构类型', '类别'], ['toString', '__proto__', '<b>局</b>', '内设机构', '综合类'], ['prototype', 'constructor', '@SUM(1)', '内设机构', '综合类']] },
    ])));
    expect(r.file.units.map((u) => [u.id, u.name])).toEqual([['__proto__', '<script>alert(1)</script>镇'], ['constructor', '=HYPERLINK("x")']]);
    expect(r.file.bureaus.map((b) => [b.id, b.unit, b.name])).toEqual([['toString', '__proto__', '<b>局</b>'], ['prototype', 'constructor', '@SUM(1)']]);
  });

  it('refuses an empty workbook and one with other sheet names, naming the sheets it has', () => {
    const empty = imported(rawWorkbook([]));
    expect(empty.ok ? '' : empty.errors[0]!.message.zh).toContain('本工作簿没有工作表');
    const wrong = imported(rawWorkbook([{ name: 'Sheet1', data: '' }, { name: '人员', data: '' }]));
    expect(wrong.ok ? '' : wrong.errors[0]!.message.zh).toBe('找不到工作表 “机构”、“Bureaus”。本工作簿的工作表：“Sheet1”、“人员”。');
  });

  it('refuses a sheet of headers only, and a sheet without a required column', () => {
    const r = imported(workbook([{ name: '机构', rows: [['所属单位', '名称', '类别']] }]));
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toEqual([['机构!1:1', 'office.missingColumn'], ['机构!A2', 'office.noRows']]);
  });

  it('says an .xls renamed .xlsx is the old format, and a text file is not a workbook', () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const r = imported(xls, '台账.xlsx');
    expect(r.ok ? '' : r.errors[0]!.code).toBe('office.xls');
    const text = imported(new TextEncoder().encode('hello'), '台账.xlsx');
    expect(text.ok ? '' : text.errors[0]!.code).toBe('office.notXlsx');
  });

  it('stops a zip bomb at the cap on the unpacked size', { timeout: 30_000 }, () => {
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(110 * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const r = imported(bomb);
    expect(r.ok ? '' : r.errors[0]!.code).toBe('office.tooLarge');
  });

  it('refuses a sheet of more rows than any real table, rather than reading it slowly', { timeout: 30_000 }, () => {
    const rows: string[] = [];
    for (let r = 1; r <= MAX_ROWS + 1; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
    const r = imported(rawWorkbook([{ name: '机构', data: rows.join('') }]));
    expect(r.ok ? '' : r.errors[0]!.code).toBe('office.tooManyRows');
  });
});

describe('a CSV of bureaus', () => {
  it('in GB18030, as Excel on a Chinese Windows writes it: decoded, units named, kinds guessed', () => {
    const bytes = new Uint8Array(readFileSync(new URL('./fixtures/bureaus-gb18030.csv', import.meta.url)));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const r = ok(imported(bytes, '锡山台账.csv'));
    expect(r.preview.encoding).toBe('GB18030');
    expect(r.preview.units.map((u) => [u.name, u.kind, u.kindFrom])).toEqual([
      ['锡山经济技术开发区管委会', 'zone', 'name'],
      ['东港镇', 'town', 'name'],
      ['云林街道', 'street', 'name'],
      ['锡山经开发展集团有限公司', 'platform', 'name'],
    ]);
    expect(r.file.units[0]).toEqual({ id: 'u-1', name: '锡山经济技术开发区管委会', kind: 'zone', governance: 'separated' });
    expect(r.file.bureaus[0]).toEqual({ id: 'zs', name: '招商服务局', unit: 'u-1', type: 'internal', category: 'economic', functions: ['investment-promotion', 'business-environment'], staff: { admin: 12, institutional: 0 }, leaderPosts: 3 });
    expect(r.preview.notices.map((n) => n.message.zh)).toContain('文件按 GB18030 编码读取');
  });

  it('in UTF-8 with a BOM, and in UTF-16 (Excel’s Unicode text, tab-separated); a kind chosen by the user wins', () => {
    const text = '所属单位,名称,机构类型,类别,行政编制\n示范区建设领导小组,综合组,内设机构,综合类,0\n"某镇","党政办, ""综合""",内设机构,综合类,3\n';
    const utf8 = ok(imported(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'a.csv', { 某镇: 'street' }));
    expect(utf8.file.units.map((u) => [u.name, u.kind])).toEqual([['示范区建设领导小组', 'group'], ['某镇', 'street']]);
    expect(utf8.preview.units[1]!.kindFrom).toBe('user');
    expect(utf8.file.bureaus[1]!.name).toBe('党政办, "综合"');
    const tabbed = text.replace('"党政办, ""综合"""', '党政办').replace('"某镇"', '某镇').replace(/,/g, '\t');
    const utf16 = new Uint8Array(2 + tabbed.length * 2);
    utf16[0] = 0xff;
    utf16[1] = 0xfe;
    for (let i = 0; i < tabbed.length; i++) {
      utf16[2 + i * 2] = tabbed.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = tabbed.charCodeAt(i) >> 8;
    }
    const r16 = ok(imported(utf16, 'b.csv'));
    expect(r16.preview.encoding).toBe('UTF-16LE');
    expect(r16.file.units.map((u) => u.name)).toEqual(['示范区建设领导小组', '某镇']);
  });

  it('errors name the CSV as the sheet, as Excel shows it, with the row and column', () => {
    const r = imported(new TextEncoder().encode('所属单位,名称,机构类型,类别,行政编制\n某镇,党政办,内设机构,综合类,三\n'), '台账.csv');
    expect(r.ok ? [] : r.errors.map((e) => e.message.zh)).toEqual(['台账!E2（行政编制）：须为非负整数，现为“三”']);
  });
});
