// Sheets → an .xlsx workbook (SpreadsheetML), written directly: numbers as numbers, ratios with a
// percentage format, frozen header rows, column widths from the content, text never a formula.
import { encodeCellText, escapeXml } from './xml';
import { zipTexts } from './zip';
import { columnLetter } from './xlsxRead';

export type CellStyle = 'text' | 'integer' | 'percent' | 'header' | 'title' | 'note' | 'date';

export interface CellSpec {
  value: string | number;
  style?: CellStyle;
  /** long text: wrapped, the column kept narrow */
  wrap?: boolean;
}

export type CellInput = CellSpec | string | number | null | undefined;

export interface SheetSpec {
  name: string;
  rows: ReadonlyArray<readonly CellInput[]>;
  /** rows frozen at the top (the headers) */
  frozenRows?: number;
  /** widths in characters; computed from the content where not given */
  widths?: readonly number[];
  /** merged ranges such as `A1:F1` (a title over the table) */
  merged?: readonly string[];
}

// each distinct look is one cell format (xf) of styles.xml, in this order
const XFS = ['text', 'text+quote', 'text+wrap', 'text+wrap+quote', 'integer', 'percent', 'header', 'title', 'note', 'date'] as const;
type Xf = (typeof XFS)[number];

function xfOf(cell: CellSpec): number {
  const style = cell.style ?? (typeof cell.value === 'number' ? 'integer' : 'text');
  let xf: Xf;
  if (style === 'text') {
    // text a spreadsheet would read as a formula when edited: marked as text (quotePrefix)
    const quote = typeof cell.value === 'string' && /^[=+\-@\t\r]/.test(cell.value);
    xf = `text${cell.wrap ? '+wrap' : ''}${quote ? '+quote' : ''}` as Xf;
  } else xf = style;
  return XFS.indexOf(xf) + 1; // xf 0 is the default
}

function normalise(input: CellInput): CellSpec | undefined {
  if (input === null || input === undefined || input === '') return undefined;
  if (typeof input === 'string' || typeof input === 'number') return { value: input };
  return input.value === '' ? undefined : input;
}

/** How wide a text looks: a Chinese character takes about two Latin ones. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! > 0x2e7f ? 2 : 1;
  return width;
}

function widthsOf(sheet: SheetSpec, columns: number): number[] {
  const widths: number[] = [];
  for (let col = 0; col < columns; col++) {
    const given = sheet.widths?.[col];
    if (given !== undefined) {
      widths.push(given);
      continue;
    }
    let widest = 4;
    for (const row of sheet.rows) {
      const cell = normalise(row[col]);
      if (!cell || cell.style === 'title' || cell.style === 'note') continue;
      const text = cell.style === 'percent' ? '100.0%' : String(cell.value);
      widest = Math.max(widest, Math.min(cell.wrap ? 40 : 50, displayWidth(text)));
    }
    widths.push(widest + 2);
  }
  return widths;
}

/**
 * A row with wrapped text is given the height its longest text needs: not every program fits rows
 * to their text when it opens a workbook (LibreOffice does not), and a cut note is a lost note.
 */
function rowHeight(row: readonly CellInput[], widths: readonly number[]): string {
  let lines = 1;
  row.forEach((input, col) => {
    const cell = normalise(input);
    if (!cell?.wrap) return;
    const room = Math.max(1, (widths[col] ?? 10) - 1);
    lines = Math.max(lines, String(cell.value).split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(displayWidth(part) / room)), 0));
  });
  return lines > 1 ? ` ht="${lines * 14 + 2}" customHeight="1"` : '';
}

function sheetXml(sheet: SheetSpec): string {
  const columns = sheet.rows.reduce((n, row) => Math.max(n, row.length), 1);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">');
  // printed, a sheet is as wide as the page (landscape A4), as long as it takes
  out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const frozen = sheet.frozenRows ?? 0;
  out.push(
    frozen > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
  );
  out.push('<cols>');
  const widths = widthsOf(sheet, columns);
  widths.forEach((width, index) => out.push(`<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`));
  out.push('</cols><sheetData>');
  sheet.rows.forEach((row, rowIndex) => {
    const r = rowIndex + 1;
    const cells: string[] = [];
    row.forEach((input, col) => {
      const cell = normalise(input);
      if (!cell) return;
      const ref = `${columnLetter(col)}${r}`;
      const s = xfOf(cell);
      if (typeof cell.value === 'number' && Number.isFinite(cell.value)) cells.push(`<c r="${ref}" s="${s}"><v>${cell.value}</v></c>`);
      else cells.push(`<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(encodeCellText(String(cell.value)))}</t></is></c>`);
    });
    const tall = row.some((input) => normalise(input)?.style === 'title') ? ' ht="24" customHeight="1"' : rowHeight(row, widths);
    out.push(`<row r="${r}"${tall}>${cells.join('')}</row>`);
  });
  out.push('</sheetData>');
  if (sheet.merged && sheet.merged.length > 0) out.push(`<mergeCells count="${sheet.merged.length}">${sheet.merged.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`);
  out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>');
  return out.join('');
}

const FONT = '<name val="宋体"/><family val="3"/><charset val="134"/>';
const BORDER = '<left style="thin"><color rgb="FFB7C3D0"/></left><right style="thin"><color rgb="FFB7C3D0"/></right><top style="thin"><color rgb="FFB7C3D0"/></top><bottom style="thin"><color rgb="FFB7C3D0"/></bottom><diagonal/>';

function stylesXml(): string {
  const xf = (attrs: string, inner = '') => `<xf xfId="0" ${attrs}${inner ? `>${inner}</xf>` : '/>'}`;
  const cell = 'fontId="0" fillId="0" borderId="1" applyBorder="1"';
  // a row grown for a long note keeps its other cells at the top, beside the note's first line
  const TOP = '<alignment vertical="top"/>';
  const xfs: Record<Xf, string> = {
    text: xf(`numFmtId="0" ${cell} applyAlignment="1"`, TOP),
    'text+quote': xf(`numFmtId="0" ${cell} quotePrefix="1" applyAlignment="1"`, TOP),
    'text+wrap': xf(`numFmtId="0" ${cell} applyAlignment="1"`, '<alignment vertical="top" wrapText="1"/>'),
    'text+wrap+quote': xf(`numFmtId="0" ${cell} quotePrefix="1" applyAlignment="1"`, '<alignment vertical="top" wrapText="1"/>'),
    integer: xf(`numFmtId="1" ${cell} applyNumberFormat="1" applyAlignment="1"`, TOP),
    percent: xf(`numFmtId="164" ${cell} applyNumberFormat="1" applyAlignment="1"`, TOP),
    header: xf('numFmtId="0" fontId="1" fillId="2" borderId="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"', '<alignment horizontal="center" vertical="center" wrapText="1"/>'),
    title: xf('numFmtId="0" fontId="2" fillId="0" borderId="0" applyFont="1"'),
    note: xf('numFmtId="0" fontId="3" fillId="0" borderId="0" applyFont="1" applyAlignment="1"', '<alignment vertical="top" wrapText="1"/>'),
    // an Excel date serial shown as a date (yyyy-mm-dd)
    date: xf(`numFmtId="14" ${cell} applyNumberFormat="1"`),
  };
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>' +
    `<fonts count="4"><font><sz val="11"/>${FONT}</font><font><b/><sz val="11"/>${FONT}</font><font><b/><sz val="14"/><name val="黑体"/><family val="3"/><charset val="134"/></font><font><sz val="10"/><color rgb="FF555555"/>${FONT}</font></fonts>` +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE3ECF6"/><bgColor indexed="64"/></patternFill></fill></fills>' +
    `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${BORDER}</border></borders>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${XFS.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${XFS.map((name) => xfs[name]).join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ . */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
}

export function writeWorkbook(sheets: readonly SheetSpec[], title?: string): Uint8Array {
  const names = sheets.map((s) => sheetName(s.name));
  const files: Array<[string, string]> = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    ],
    [
      'docProps/core.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(title ?? '')}</dc:title><dc:creator>ZoneReform</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>`,
    ],
    [
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>' +
        names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${names.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', stylesXml()],
    ...sheets.map((sheet, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet)]),
  ];
  return zipTexts(files);
}
