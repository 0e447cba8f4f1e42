// The meeting deck (.pptx, 16:9), the slides of presentation mode: title, before and after (the
// chart drawn as native shapes, one slide per group of zones when it is big), figures, each unit
// before → after, the proposals compared, the adjustments and the problems, long tables continued
// on the next slide. Fonts Windows has (微软雅黑, 黑体), text marked zh-CN. Written with pptxgenjs.
import PptxGenJS from 'pptxgenjs';
import { type MessageArgs, type MessageKey, translate } from '../i18n';
import { type OfficeArgs, type OfficeKey, officeText } from '../i18n/office';
import type { OrgState } from '../model';
import type { Metrics } from '../engine';
import { type BureauMark, type ChartColumn, HEADER_ROWS, bureauMarks, chartPages } from './chartColumns';
import type { MeetingPack } from './meetingPack';
import { figureRows } from './workbookExport';
import { figureWithChange, ledgerCells, storyLines } from './meetingWords';
import { deflateZip } from './zip';
import { displayWidth } from './xlsxWrite';

const W = 13.333;
const H = 7.5;
const FONT = '微软雅黑';
const HEAD = '黑体';
const LANG = 'zh-CN';
const INK = '1F2937';
const MUTED = '6B7280';
const CHART_TOP = 1.1;
/** a bureau's row on a chart slide, in inches: 16 rows between the title and the legend */
const PITCH = 0.37;
const PER_COLUMN = 16;
const PER_PAGE = 6;
const TABLE_TOP = 1.1;
const TABLE_FONT = 13;

/** How tall a table row will be, in inches: its tallest cell, lines wrapped to the column's width. */
function rowHeight(row: readonly string[], colW: readonly number[], fontSize: number): number {
  const unit = (fontSize / 72) * 0.52; // one Latin character; a Chinese one is two
  const lines = row.map((text, i) => text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil((displayWidth(part) * unit) / Math.max(0.2, (colW[i] ?? 1) - 0.12))), 0));
  // measured on the slides as LibreOffice draws them: a row of one line of 13 pt is 0.33 in tall, of
  // two lines 0.62 in (1.3 × the type per line left a table of wrapped rows running into the slide's foot)
  return Math.max(...lines, 1) * (fontSize / 72) * 1.6 + 0.04;
}

/** Rows split into slides, each holding as many whole rows as fit below the header. */
export function pageRows(header: readonly string[], rows: ReadonlyArray<readonly string[]>, colW: readonly number[], fontSize: number, height: number): Array<Array<readonly string[]>> {
  const room = height - rowHeight(header, colW, fontSize);
  const pages: Array<Array<readonly string[]>> = [[]];
  let used = 0;
  for (const row of rows) {
    const h = rowHeight(row, colW, fontSize);
    if (used + h > room && pages[pages.length - 1]!.length > 0) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]!.push(row);
    used += h;
  }
  return pages;
}

const KIND_FILL: Record<string, string> = { zone: '1F4E79', office: '2E75B6', town: '548235', street: '70AD47', platform: '7F6000', group: '7F7F7F' };
const MARK_FILL: Record<BureauMark, string> = { moved: 'FFF2CC', platform: 'FBE5D6', merged: 'DDEBF7', mergedAway: 'EDEDED', created: 'E2F0D9', abolished: 'FDE2E1', edited: 'EDE3F6' };
const MARK_LINE: Record<BureauMark, string> = { moved: 'BF8F00', platform: 'C55A11', merged: '2E75B6', mergedAway: '7F7F7F', created: '548235', abolished: 'C00000', edited: '7030A0' };

type Slide = PptxGenJS.Slide;
type Row = PptxGenJS.TableRow;

// Long: the slides of one deck are laid out in order over shared fonts, sizes and helpers.
export async function exportDeck(pack: MeetingPack): Promise<Uint8Array> {
  const t = <K extends MessageKey>(key: K, args: MessageArgs<K>) => translate(pack.lang, key, args);
  const o = <K extends OfficeKey>(key: K, args: OfficeArgs<K>) => officeText(pack.lang, key, args);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: HEAD, bodyFontFace: FONT, lang: LANG } as PptxGenJS.ThemeProps;
  pptx.title = pack.file.title;
  pptx.author = 'ZoneReform';

  const slideWithTitle = (title: string): Slide => {
    const slide = pptx.addSlide();
    slide.addText(title, { x: 0.4, y: 0.25, w: W - 0.8, h: 0.6, fontFace: HEAD, fontSize: 26, color: INK, lang: LANG, margin: 0 });
    slide.addShape(pptx.ShapeType.line, { x: 0.4, y: 0.9, w: W - 0.8, h: 0, line: { color: '1F4E79', width: 1.5 } });
    if (pack.illustrative) slide.addText(o('office.title.illustrative', {}), { x: W - 1.5, y: H - 0.4, w: 1.1, h: 0.28, fontFace: FONT, fontSize: 10, color: 'C00000', align: 'center', line: { color: 'C00000', width: 0.75 }, lang: LANG, margin: 0 });
    return slide;
  };

  /** A long table goes on as many slides as it takes, the header row repeated on each: rows are measured, never cut. */
  const pagedTable = (title: string, header: readonly string[], rows: ReadonlyArray<readonly string[]>, colW: readonly number[], align: ReadonlyArray<'left' | 'center' | 'right'> = []) => {
    const pages = pageRows(header, rows, colW, TABLE_FONT, H - TABLE_TOP - 0.8);
    pages.forEach((pageRows, page) => {
      const slide = slideWithTitle(pages.length > 1 ? `${title}${o('office.deck.part', { n: page + 1, of: pages.length })}` : title);
      const cell = (text: string, i: number, head: boolean): PptxGenJS.TableCell => ({
        text,
        options: { bold: head, fill: { color: head ? 'DCE6F2' : 'FFFFFF' }, align: head ? 'center' : (align[i] ?? 'left'), valign: 'middle', fontFace: head ? HEAD : FONT, lang: LANG },
      });
      const body: Row[] = pageRows.map((row) => row.map((text, i) => cell(text, i, false)));
      slide.addTable([header.map((text, i) => cell(text, i, true)), ...body], { x: 0.4, y: TABLE_TOP, w: W - 0.8, colW: [...colW], fontSize: TABLE_FONT, color: INK, border: { type: 'solid', pt: 0.75, color: '9CA3AF' }, margin: 0.05 });
    });
  };

  titleSlide(pptx, pack, o);
  const baseline = { state: pack.baselineState, metrics: pack.baseline.metrics };
  const marksOf = pack.proposals.map((p) => bureauMarks(p.adjustments));
  const beforeMarks = pack.proposals.length === 1 ? marksOf[0]!.before : new Map<string, BureauMark>();
  chartSlides(baseline, beforeMarks, o('office.deck.before', {}));
  pack.proposals.forEach((proposal, index) => {
    chartSlides({ state: proposal.state, metrics: proposal.metrics }, marksOf[index]!.after, o('office.deck.after', { name: proposal.name }));
  });

  for (const proposal of pack.proposals) {
    const single: MeetingPack = { ...pack, proposals: [proposal] };
    // each figure with its change in the screen's words ("↓减少 47 名"), the hand-over to platforms a part of the staff change
    pagedTable(`${o('office.deck.figures', {})}：${proposal.name}`, [o('office.col.figure', {}), o('office.col.baseline', {}), proposal.name, t('figures.change', {})], figureRows(single).map(figureWithChange(pack.lang)), [5.2, 1.9, 1.9, 3.0], ['left', 'right', 'right', 'left']);
    pagedTable(
      `${o('office.deck.ledger', {})}：${proposal.name}`,
      [o('office.col.unit', {}), t('metric.bodies.total', {}), t('metric.bodies.internal', {}), t('metric.staff.admin', {}), t('metric.staff.institutional', {}), t('metric.leaderPosts', {})],
      proposal.ledger.map(ledgerCells(pack.lang)),
      [4.03, 1.7, 1.7, 1.7, 1.7, 1.7],
      ['left', 'center', 'center', 'center', 'center', 'center'],
    );
  }
  if (pack.proposals.length > 1) {
    const rows = figureRows(pack).map((row) => {
      const show = (v: number | null) => (v === null ? '—' : row.ratio ? `${(Math.round(v * 1000) / 10).toFixed(1)}%` : String(v));
      return [row.label, show(row.baseline), ...row.values.map((v) => show(v.value))];
    });
    const rest = (W - 0.8 - 5) / (pack.proposals.length + 1);
    pagedTable(o('office.deck.compare', {}), [o('office.col.figure', {}), o('office.col.baseline', {}), ...pack.proposals.map((p) => p.name)], rows, [5, ...Array.from({ length: pack.proposals.length + 1 }, () => rest)], ['left']);
  }
  for (const proposal of pack.proposals) {
    const staff = (s?: { admin: number; institutional: number }) => (s ? String(s.admin + s.institutional) : '—');
    if (proposal.adjustments.length === 0) {
      slideWithTitle(`${o('office.deck.adjustments', {})}：${proposal.name}`).addText(o('office.deck.noChanges', {}), { x: 0.4, y: 1.2, w: W - 0.8, h: 0.6, fontFace: FONT, fontSize: 18, lang: LANG });
    } else {
      pagedTable(
        `${o('office.deck.adjustments', {})}：${proposal.name}`,
        [o('office.col.bureau', {}), o('office.col.change', {}), o('office.col.unitBefore', {}), o('office.col.unitAfter', {}), t('adjust.staff', {}), t('adjust.posts', {}), o('office.col.doc', {})],
        proposal.adjustments.map((r) => [r.name, t(`bureauChange.${r.change}` as MessageKey, {} as never), pack.unitName(r.unitBefore) || '—', pack.unitName(r.unitAfter) || '—', `${staff(r.staffBefore)} → ${staff(r.staffAfter)}`, `${r.postsBefore ?? '—'} → ${r.postsAfter ?? '—'}`, r.docs.join('；')]),
        [2.4, 0.8, 2.5, 2.5, 1.2, 1.0, 2.13],
      );
    }
    const problems = [...proposal.violations].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    if (problems.length === 0) {
      slideWithTitle(`${o('office.deck.problems', {})}：${proposal.name}`).addText(o('office.deck.noProblems', {}), { x: 0.4, y: 1.2, w: W - 0.8, h: 0.6, fontFace: FONT, fontSize: 18, color: '548235', lang: LANG });
    } else {
      pagedTable(`${o('office.deck.problems', {})}：${proposal.name}`, [o('office.col.severity', {}), o('office.col.message', {})], problems.map((v) => [t(`severity.${v.severity}`, {}), v.message]), [1.0, W - 1.8], ['center', 'left']);
    }
  }

  function chartSlides(side: { state: OrgState; metrics: Metrics }, marks: ReadonlyMap<string, BureauMark>, title: string): void {
    const pages = chartPages(side.state, side.metrics, PER_COLUMN, PER_PAGE);
    pages.forEach((columns, index) => {
      const slide = slideWithTitle(pages.length > 1 ? `${title}${o('office.deck.part', { n: index + 1, of: pages.length })}` : title);
      drawColumns(pptx, slide, columns, marks, o);
      legend(pptx, slide, marks, t);
    });
  }

  return deflateZip((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
}

function titleSlide(pptx: PptxGenJS, pack: MeetingPack, o: <K extends OfficeKey>(key: K, args: OfficeArgs<K>) => string): void {
  const slide = pptx.addSlide();
  slide.background = { color: 'F3F6FA' };
  slide.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: W, h: 0.25, fill: { color: '1F4E79' }, line: { color: '1F4E79' } });
  if (pack.file.region) slide.addText(pack.file.region, { x: 0.8, y: 1.4, w: W - 1.6, h: 0.5, fontFace: FONT, fontSize: 20, color: MUTED, lang: LANG });
  slide.addText(pack.file.title, { x: 0.8, y: 1.9, w: W - 1.6, h: 1.2, fontFace: HEAD, fontSize: 40, color: INK, bold: true, lang: LANG, valign: 'top' });
  if (pack.illustrative) slide.addText(o('office.title.illustrative', {}), { x: W - 2.6, y: 0.6, w: 1.8, h: 0.5, fontFace: FONT, fontSize: 16, color: 'C00000', bold: true, align: 'center', line: { color: 'C00000', width: 1.5 }, lang: LANG });
  let y = 3.4;
  // each proposal as the title slide on screen says it: the zones' own slimming apart from the
  // whole area's totals, the hand-over to platforms inside the staff change
  for (const proposal of pack.proposals) {
    const lines = storyLines(pack.lang, proposal.story);
    // as many proposals as the slide holds; the figures slides that follow give every one
    if (y + 0.65 + 0.3 * lines.length > H - 0.2) break;
    slide.addText(proposal.name, { x: 0.8, y, w: W - 1.6, h: 0.5, fontFace: HEAD, fontSize: 24, color: '1F4E79', lang: LANG });
    slide.addText(lines.join('\n'), { x: 0.8, y: y + 0.5, w: W - 1.6, h: 0.3 * lines.length + 0.15, fontFace: FONT, fontSize: 15, color: INK, lang: LANG, valign: 'top' });
    y += 0.65 + 0.3 * lines.length;
  }
}

function drawColumns(pptx: PptxGenJS, slide: PptxGenJS.Slide, columns: readonly ChartColumn[], marks: ReadonlyMap<string, BureauMark>, o: <K extends OfficeKey>(key: K, args: OfficeArgs<K>) => string): void {
  const gap = 0.15;
  const width = (W - 0.8 - gap * (PER_PAGE - 1)) / PER_PAGE;
  columns.forEach((column, index) => {
    const x = 0.4 + index * (width + gap);
    let y = CHART_TOP;
    for (const block of column.blocks) {
      const fill = KIND_FILL[block.unit.kind] ?? '1F4E79';
      const f = block.figures;
      const name = `${block.unit.name}${block.continued ? o('office.deck.continued', {}) : ''}`;
      slide.addText(
        [
          { text: name, options: { bold: true, fontSize: name.length > 24 ? 8 : name.length > 12 ? 9 : 11, breakLine: true } },
          { text: f ? o('office.deck.unitFigures', { bodies: f.bodies, staff: f.staff, posts: f.leaderPosts }) : '', options: { fontSize: 8 } },
        ],
        { x, y, w: width, h: PITCH * HEADER_ROWS - 0.06, fill: { color: fill }, color: 'FFFFFF', fontFace: FONT, align: 'center', valign: 'middle', margin: 0.03, lang: LANG, line: { color: fill } },
      );
      y += PITCH * HEADER_ROWS;
      for (const bureau of block.bureaus) {
        const mark = marks.get(bureau.id);
        const staff = bureau.staff.admin + bureau.staff.institutional;
        slide.addText(
          [
            { text: bureau.name, options: { fontSize: bureau.name.length > 11 ? 8 : 10, strike: mark === 'abolished' || mark === 'mergedAway' ? 'sngStrike' : undefined, breakLine: true } },
            { text: o(bureau.type === 'institution' ? 'office.deck.bureauInstitution' : 'office.deck.bureauStaff', { staff }), options: { fontSize: 7, color: MUTED } },
          ],
          { x, y, w: width, h: PITCH - 0.04, fill: { color: mark ? MARK_FILL[mark] : 'FFFFFF' }, line: { color: mark ? MARK_LINE[mark] : 'B7C3D0', width: mark ? 1.25 : 0.75 }, color: INK, fontFace: FONT, align: 'center', valign: 'middle', margin: 0.02, lang: LANG },
        );
        y += PITCH;
      }
    }
  });
}

function legend(pptx: PptxGenJS, slide: PptxGenJS.Slide, marks: ReadonlyMap<string, BureauMark>, t: <K extends MessageKey>(key: K, args: MessageArgs<K>) => string): void {
  const shown = [...new Set(marks.values())];
  shown.forEach((mark, index) => {
    const x = 0.4 + index * 1.6;
    slide.addShape(pptx.ShapeType.rect, { x, y: H - 0.35, w: 0.25, h: 0.18, fill: { color: MARK_FILL[mark] }, line: { color: MARK_LINE[mark], width: 1 } });
    slide.addText(t(`bureauChange.${mark}` as MessageKey, {} as never), { x: x + 0.3, y: H - 0.4, w: 1.2, h: 0.28, fontFace: FONT, fontSize: 10, color: MUTED, lang: LANG, margin: 0 });
  });
}
