// Helpers for the tests of compare, before/after, presentation, export and file sharing: files
// written to a temporary folder and opened through the picker or dropped on the window, downloads
// read back, SVG checked in a page of its own, PNG and CSV read byte by byte.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { AppState } from '../../src/app/controller';
import { type Operation, type ScenarioFile, serialiseScenarioFile } from '../../src/model';
import { exampleFile, withScenario } from './oracle';

/** Where screenshots go (gitignored). */
export const RESULTS = join(import.meta.dirname, '../../.test-results');

export function resultPath(name: string): string {
  mkdirSync(RESULTS, { recursive: true });
  return join(RESULTS, name);
}

let folder: string | undefined;

/** Writes a file (a scenario file, or any text) to a temporary folder and returns its path. */
export function tempFile(name: string, content: ScenarioFile | string): string {
  folder ??= mkdtempSync(join(tmpdir(), 'zonereform-share-'));
  const path = join(folder, name);
  writeFileSync(path, typeof content === 'string' ? content : serialiseScenarioFile(content), 'utf8');
  return path;
}

type Hooked = { zonereform: { controller: { store: { get(): AppState } } } };

/** The page's documentId (it grows each time a file is opened) and whether import errors are shown. */
function openState(page: Page): Promise<{ documentId: number; refused: boolean }> {
  return page.evaluate(() => {
    const s = (window as unknown as Hooked).zonereform.controller.store.get();
    return { documentId: s.documentId, refused: s.importErrors !== undefined };
  });
}

/** Waits until the page has opened a new file (documentId grew) or shows import errors. */
async function opened(page: Page, before: number): Promise<'opened' | 'refused'> {
  await page.waitForFunction((id) => {
    const s = (window as unknown as Hooked).zonereform.controller.store.get();
    return (s.documentId > id || s.importErrors !== undefined) && !s.pending && s.status === 'ready';
  }, before);
  const after = await openState(page);
  if (after.refused) {
    await page.waitForSelector('[data-import-error]');
    return 'refused';
  }
  return 'opened';
}

/** Opens a file from disk with the file picker (the input the header's Open button holds). */
export async function openFile(page: Page, path: string): Promise<'opened' | 'refused'> {
  const { documentId } = await openState(page);
  await page.setInputFiles('[data-action="open-file"]', path);
  return opened(page, documentId);
}

/**
 * Drops a file on the page as the system does: dragenter, dragover and drop with a DataTransfer
 * holding it (with Shift held when told). A scenario file dropped while work is open is first
 * asked about: the answer given is clicked (open it, unless told otherwise). Resolves once the file
 * opened, was refused, or (another answer, or Shift) the sharing dialog asked for is on screen.
 */
export async function dropFile(page: Page, name: string, text: string, options: { shift?: boolean; answer?: string } = {}): Promise<'opened' | 'refused' | 'shared'> {
  const { documentId } = await openState(page);
  await page.evaluate(
    ([fileName, content, shift]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true, shiftKey: shift }));
      }
    },
    [name, text, options.shift === true] as const,
  );
  const first = await page.waitForFunction((id) => {
    const s = (window as unknown as Hooked).zonereform.controller.store.get();
    if (s.importErrors !== undefined || s.documentId > id) return 'settled';
    const shown = document.querySelector('[data-sharing]')?.getAttribute('data-sharing');
    return shown && shown !== 'loading' ? shown : false;
  }, documentId);
  const shown = (await first.jsonValue()) as string;
  if (shown === 'settled') return opened(page, documentId);
  if (shown !== 'dropped') return 'shared';
  const answer = options.answer ?? 'open-dropped';
  await page.click(`[data-sharing="dropped"] [data-action="${answer}"]`);
  return answer === 'open-dropped' ? opened(page, documentId) : 'shared';
}

export interface Downloaded {
  name: string;
  bytes: Buffer;
  text: string;
}

/** Clicks something that downloads a file and returns the file as the browser saved it. */
export async function download(page: Page, click: () => Promise<void>): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), click()]);
  const path = await file.path();
  const bytes = readFileSync(path);
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** Width and height of a PNG from its IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG: the signature is missing');
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: the first chunk is not IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export interface SvgFacts {
  /** The XML parser's complaint, or null when the text is well-formed. */
  parseError: string | null;
  root: string;
  width: number;
  height: number;
  viewBox: number[];
  /** Every element's local name. */
  elements: string[];
  /** Every attribute's name, on any element. */
  attributes: string[];
  /** Every text, as the SVG holds it (entities decoded). */
  texts: string[];
  /** Texts whose drawn box reaches outside the picture. */
  outside: string[];
}

/**
 * Parses an exported SVG in a blank page of the same browser (not the app's), draws it at its own
 * size, and measures every text against the picture's edges.
 */
export async function svgFacts(context: BrowserContext, source: string): Promise<SvgFacts> {
  const probe = await context.newPage();
  try {
    await probe.setContent('<!doctype html><html><body style="margin:0"></body></html>');
    return await probe.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      const svg = doc.documentElement;
      const facts = {
        parseError: error ? error.textContent ?? 'parser error' : null,
        root: svg.localName,
        width: Number(svg.getAttribute('width')),
        height: Number(svg.getAttribute('height')),
        viewBox: (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number),
        elements: [svg, ...svg.querySelectorAll('*')].map((e) => e.localName),
        attributes: [...new Set([svg, ...svg.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)))],
        texts: [...svg.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        outside: [] as string[],
      };
      if (error) return facts;
      const drawn = document.importNode(svg, true) as unknown as SVGSVGElement;
      document.body.append(drawn);
      const frame = drawn.getBoundingClientRect();
      for (const t of drawn.querySelectorAll('text')) {
        if (!(t.textContent ?? '').trim()) continue;
        const r = t.getBoundingClientRect();
        if (r.left < frame.left - 0.5 || r.top < frame.top - 0.5 || r.right > frame.right + 0.5 || r.bottom > frame.bottom + 0.5) {
          facts.outside.push(`"${t.textContent}" at ${Math.round(r.left - frame.left)},${Math.round(r.top - frame.top)}–${Math.round(r.right - frame.left)},${Math.round(r.bottom - frame.top)} in ${Math.round(frame.width)}×${Math.round(frame.height)}`);
        }
      }
      return facts;
    }, source);
  } finally {
    await probe.close();
  }
}

/** What a self-contained SVG must not hold (the raw text is searched; attributes are checked on the parsed elements). */
export const SVG_FORBIDDEN = [/<script/i, /\bhref\s*=/i, /xlink:href/i, /url\(\s*['"]?https?:/i, /foreignObject/i, /<image\b/i];

/** A CSV file's rows and cells (RFC 4180 quoting); the text must not start with a BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A third proposal for the example: a platform, a merge, an abolition, a move and a cut of posts. */
export const PLAN_C_OPERATIONS: Operation[] = [
  { op: 'add-unit', unit: { id: 'xs-ez-co', name: '锡山经开区城市运营公司', kind: 'platform' }, doc: '锡山委办〔2025〕9号' },
  { op: 'move', bureau: 'xs-ez-municipal', to: 'xs-ez-co', doc: '锡山编〔2025〕21号' },
  { op: 'merge', bureaus: ['xs-ez-invest', 'xs-ez-econ'], into: { id: 'xs-ez-invest-econ', name: '投资促进和经济发展局' }, doc: '锡山编〔2025〕22号' },
  { op: 'abolish', bureau: 'xs-ez-land', functionsTo: 'xs-hq-social', doc: '锡山编〔2025〕23号' },
  { op: 'move', bureau: 'xs-ez-urban', to: 'xs-yunlin', doc: '锡山编〔2025〕21号' },
  { op: 'set', bureau: 'xs-ez-office', leaderPosts: 2, doc: '锡山编〔2025〕22号' },
];

/** The example with a third proposal: the baseline and three proposals. */
export function threeProposals(): ScenarioFile {
  return withScenario(exampleFile(), { id: 'plan-c', name: '方案C：平台运营＋机构整合', operations: PLAN_C_OPERATIONS });
}
