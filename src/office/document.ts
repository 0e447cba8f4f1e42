// The 调整方案 appendix as a Word document (.docx), laid out in the manner of GB/T 9704 (党政机关
// 公文格式): A4, margins 37/35/28/26 mm, title in 宋体 bold, headings 黑体, body 仿宋 三号 (16 pt),
// page numbers "— 1 —" outside (odd pages right, even pages left). Written with `docx`.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { type MessageArgs, type MessageKey, translate } from '../i18n';
import { type OfficeArgs, type OfficeKey, officeText } from '../i18n/office';
import { countWords } from './changeText';
import { figureWithChange, ledgerCells, platformWords, storyLines } from './meetingWords';
import { type MeetingPack, type ProposalPack, joinNotes } from './meetingPack';
import { figureRows } from './workbookExport';

const MM = 56.6929; // twips in a millimetre
/** the type area of GB/T 9704: 156 mm wide on A4 upright; on A4 turned, 297 less the margins */
const PORTRAIT_WIDTH = 156;
const LANDSCAPE_WIDTH = 297 - 37 - 35;
const BODY = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋', cs: 'Times New Roman' };
const HEI = { ascii: '黑体', hAnsi: '黑体', eastAsia: '黑体', cs: '黑体' };
const SONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
const KAI = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '楷体', cs: 'Times New Roman' };
// Chinese text is zh-CN; Latin text (English words, numbers) en-US, as Word writes a Chinese document:
// marked zh-CN, LibreOffice broke English words anywhere (“adjustm|ent”)
const LANG = { value: 'en-US', eastAsia: 'zh-CN' };
const TABLE_SIZE = 21; // 五号 10.5 pt, in half-points
const LINE = 560; // 28 lines on the page: a fixed line pitch of 28 pt

const body = (text: string) =>
  new Paragraph({ indent: { firstLine: 640 }, spacing: { line: LINE, lineRule: 'exact' }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text, font: BODY, size: 32, language: LANG })] });
const heading = (text: string) =>
  new Paragraph({ indent: { firstLine: 640 }, spacing: { line: LINE, lineRule: 'exact' }, keepNext: true, children: [new TextRun({ text, font: HEI, size: 32, language: LANG })] });

function cell(text: string, options: { header?: boolean; width: number; align?: 'left' | 'center' | 'right' }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 70, right: 70 },
    // a line of its own for each line of the text (a figure, then its change in words)
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: options.align === 'right' ? AlignmentType.RIGHT : options.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [new TextRun({ text: line, font: options.header ? HEI : BODY, size: TABLE_SIZE, language: LANG })],
        }),
    ),
  });
}

/** A table as the page is wide (156 mm), the header row repeated on each page. */
function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, widths: readonly number[], aligns: ReadonlyArray<'left' | 'center' | 'right'> = [], pageWidth = PORTRAIT_WIDTH): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const twips = widths.map((w) => Math.round((w / total) * pageWidth * MM));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: Math.round(pageWidth * MM), type: WidthType.DXA },
    columnWidths: twips,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, { header: true, width: twips[i]! })) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, { width: twips[i]!, align: aligns[i] ?? 'center' })) })),
    ],
  });
}

const arrow = (a: number | undefined, b: number | undefined) => `${a ?? '—'} → ${b ?? '—'}`;

interface Part {
  /** title, summary and figures: portrait */
  opening: Array<Paragraph | Table>;
  /** the adjustment table and the units before → after: landscape, as wide tables are filed */
  tables: Array<Paragraph | Table>;
  /** the problems still open: portrait */
  closing: Array<Paragraph | Table>;
}

function proposalPart(pack: MeetingPack, proposal: ProposalPack): Part {
  const t = <K extends MessageKey>(key: K, args: MessageArgs<K>) => translate(pack.lang, key, args);
  const o = <K extends OfficeKey>(key: K, args: OfficeArgs<K>) => officeText(pack.lang, key, args);
  let out: Array<Paragraph | Table> = [];
  const part: Part = { opening: out, tables: [], closing: [] };
  out.push(new Paragraph({ spacing: { line: LINE, lineRule: 'exact' }, children: [new TextRun({ text: o('office.doc.appendix', {}), font: HEI, size: 32, language: LANG })] }));
  out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120, line: 720, lineRule: 'exact' }, children: [new TextRun({ text: o('office.doc.title', { name: proposal.name }), font: SONG, bold: true, size: 44, language: LANG })] }));
  const subtitle = `${pack.file.title}${pack.illustrative ? `（${o('office.title.illustrative', {})}）` : ''}`;
  out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240, line: LINE, lineRule: 'exact' }, children: [new TextRun({ text: subtitle, font: KAI, size: 32, language: LANG })] }));
  const b = pack.baseline.metrics;
  const m = proposal.metrics;
  out.push(body(o('office.doc.summary', {
    bodiesBefore: b.bodies.total,
    bodiesAfter: m.bodies.total,
    internalBefore: b.bodies.internal,
    internalAfter: m.bodies.internal,
    adminBefore: b.staff.admin,
    adminAfter: m.staff.admin,
    instBefore: b.staff.institutional,
    instAfter: m.staff.institutional,
    postsBefore: b.leaderPosts,
    postsAfter: m.leaderPosts,
    staffChange: countWords(pack.lang, b.staff.total, m.staff.total, 'people'),
    platform: platformWords(pack.lang, proposal.story),
  })));
  // the zones' own slimming, apart from the whole area's totals above
  if (proposal.story.zones) out.push(body(storyLines(pack.lang, proposal.story)[0]!));

  out.push(heading(o('office.doc.h1', {})));
  const single: MeetingPack = { ...pack, proposals: [proposal] };
  // each figure with its change in the screen's words, the hand-over to platforms a part of the staff change
  const figures = figureRows(single).map(figureWithChange(pack.lang));
  out.push(table([o('office.col.figure', {}), o('office.col.baseline', {}), proposal.name, t('figures.change', {})], figures, [7, 2, 2, 3], ['left', 'right', 'right', 'left']));

  out = part.tables;

  out.push(heading(o('office.doc.h2', {})));
  if (proposal.adjustments.length === 0) out.push(body(o('office.deck.noChanges', {})));
  else {
    const staff = (s?: { admin: number; institutional: number }) => (s ? `${s.admin}/${s.institutional}` : '—');
    out.push(table(
      [o('office.col.no', {}), o('office.col.bureau', {}), o('office.col.change', {}), o('office.col.unitBefore', {}), o('office.col.unitAfter', {}), `${t('metric.staff.admin', {})}/${t('metric.staff.institutional', {})}`, t('metric.leaderPosts', {}), o('office.col.doc', {}), o('office.col.note', {})],
      proposal.adjustments.map((row, index) => [
        String(index + 1), row.name, t(`bureauChange.${row.change}` as MessageKey, {} as never), pack.unitName(row.unitBefore) || '—', pack.unitName(row.unitAfter) || '—',
        `${staff(row.staffBefore)} → ${staff(row.staffAfter)}`, arrow(row.postsBefore, row.postsAfter), row.docs.join('；'), joinNotes(row.notes),
      ]),
      [3, 8.5, 5.5, 8, 8, 7.5, 5, 11, 11.5],
      ['center', 'left', 'center', 'left', 'left', 'center', 'center', 'left', 'left'],
      LANDSCAPE_WIDTH,
    ));
  }

  out.push(heading(o('office.doc.h3', {})));
  // the screen's ledger: every zone and office, and every unit the proposal touches
  out.push(table(
    [o('office.col.unit', {}), t('metric.bodies.total', {}), t('metric.bodies.internal', {}), t('metric.staff.admin', {}), t('metric.staff.institutional', {}), t('metric.leaderPosts', {})],
    proposal.ledger.map(ledgerCells(pack.lang)),
    [10, 3, 3, 3, 3, 3],
    ['left'],
    LANDSCAPE_WIDTH,
  ));

  out = part.closing;
  out.push(heading(o('office.doc.h4', {})));
  if (proposal.violations.length === 0) out.push(body(o('office.deck.noProblems', {})));
  const sorted = [...proposal.violations].sort((a, c) => (a.severity === c.severity ? 0 : a.severity === 'error' ? -1 : 1));
  sorted.forEach((v, index) => out.push(body(`${index + 1}．【${t(`severity.${v.severity}`, {})}】${v.message}`)));
  return part;
}

function pageNumber(align: 'left' | 'right'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === 'right' ? { right: 280 } : { left: 280 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: SONG, size: 28 })],
      }),
    ],
  });
}

export function documentOf(pack: MeetingPack): Document {
  const margin = { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM), footer: Math.round(20 * MM) };
  const footers = { default: pageNumber('right'), even: pageNumber('left') };
  const portrait = (children: Array<Paragraph | Table>): ISectionOptions => ({
    properties: { page: { size: { width: Math.round(210 * MM), height: Math.round(297 * MM) }, margin } },
    footers,
    children,
  });
  // a page turned: the top of the text is the left edge of the sheet, so the margins turn with it
  const landscape = (children: Array<Paragraph | Table>): ISectionOptions => ({
    properties: {
      page: {
        // docx swaps width and height for a landscape page: the sheet is given upright
        size: { width: Math.round(210 * MM), height: Math.round(297 * MM), orientation: PageOrientation.LANDSCAPE },
        margin: { top: Math.round(28 * MM), bottom: Math.round(26 * MM), left: Math.round(37 * MM), right: Math.round(35 * MM), footer: Math.round(12 * MM) },
      },
    },
    footers,
    children,
  });
  const sections = pack.proposals.flatMap((proposal) => {
    const part = proposalPart(pack, proposal);
    return [portrait(part.opening), landscape(part.tables), portrait(part.closing)];
  });
  return new Document({
    creator: 'ZoneReform',
    title: pack.file.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: BODY, size: 32, language: LANG } } } },
    sections: sections.length > 0 ? sections : [portrait([body(pack.file.title)])],
  });
}

export async function exportDocument(pack: MeetingPack): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(documentOf(pack)));
}
