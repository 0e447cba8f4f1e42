// Workbooks made by hand for the import tests: sheets of rows written as a spreadsheet program
// would (our own writer), or raw sheet XML for what our writer never writes (formulas, error
// cells, merged ranges, shared strings, prefixed tags).
import { type CellInput, type SheetSpec, writeWorkbook } from '../../src/office/xlsxWrite';
import { zipTexts } from '../../src/office/zip';

export const UNIT_HEADERS = ['编号', '名称', '类型', '级别', '区政关系', '党工委', '上级开发区', '辖区镇街', '经济发达镇', '领导职数', '职数限额', '机构限额', '合署', '考核排名'];
export const BUREAU_HEADERS = ['编号', '所属单位', '名称', '机构类型', '类别', '职责', '行政编制', '事业编制', '领导职数'];

export function workbook(sheets: ReadonlyArray<{ name: string; rows: ReadonlyArray<readonly CellInput[]> }>): Uint8Array {
  return writeWorkbook(sheets.map((s): SheetSpec => ({ name: s.name, rows: s.rows })));
}

/** A small valid organisation: a zone with a town in its territory, and three bureaus. */
export function validRows(): { units: CellInput[][]; bureaus: CellInput[][] } {
  return {
    units: [
      UNIT_HEADERS,
      ['kfq', '锡山经济开发区管委会', '管委会', '省级', '区政分设', '是', '', 'dg', '', 5, 6, 8, '', '3/10'],
      ['dg', '东港镇', '镇', '', '', '', '', '', '否', 4],
    ],
    bureaus: [
      BUREAU_HEADERS,
      ['zs', 'kfq', '招商服务局', '内设机构', '经济发展类', '招商引资、营商环境与政务服务', 12, 0, 3],
      ['jj', '锡山经济开发区管委会', '经济发展局', '内设机构', '经济发展类', 'industry development', 10, 2, 2],
      ['sh', 'dg', '社会事业局', '内设机构', '社会管理类', '民生服务', 6, 0, 1],
    ],
  };
}

export interface RawSheet {
  name: string;
  /** the inside of <sheetData> */
  data: string;
  /** after </sheetData>, such as <mergeCells> */
  tail?: string;
}

/** A workbook from raw sheet XML, with shared strings and a date style (s="1"), tags prefixed `x:` when asked. */
export function rawWorkbook(sheets: readonly RawSheet[], options: { shared?: readonly string[]; prefix?: boolean } = {}): Uint8Array {
  const p = options.prefix ? 'x:' : '';
  const ns = options.prefix ? 'xmlns:x' : 'xmlns';
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Array<[string, string]> = [
    ['[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>'],
    ['_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `<?xml version="1.0"?><${p}workbook ${ns}="${main}" xmlns:r="${rel}"><${p}sheets>${sheets.map((s, i) => `<${p}sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</${p}sheets></${p}workbook>`],
    ['xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${rel}/styles" Target="styles.xml"/></Relationships>`],
    ['xl/styles.xml', `<?xml version="1.0"?><styleSheet xmlns="${main}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`],
    ['xl/sharedStrings.xml', `<?xml version="1.0"?><sst xmlns="${main}">${(options.shared ?? []).map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`],
    ...sheets.map((s, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0"?><${p}worksheet ${ns}="${main}"><${p}sheetData>${s.data}</${p}sheetData>${s.tail ?? ''}</${p}worksheet>`]),
  ];
  return zipTexts(files);
}

/** An inline-string cell. */
export const str = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
export const num = (ref: string, value: number, style?: number) => `<c r="${ref}"${style === undefined ? '' : ` s="${style}"`}><v>${value}</v></c>`;
export const row = (r: number, ...cells: string[]) => `<row r="${r}">${cells.join('')}</row>`;
