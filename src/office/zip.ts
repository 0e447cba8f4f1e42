// The zip container of the Office formats (OOXML). fflate's synchronous and streaming parts only:
// its asynchronous ones start workers from generated code (a Blob URL in a browser, `eval` in
// Node), which the page's Content-Security-Policy forbids.
import { Unzip, UnzipInflate, unzipSync, zipSync } from 'fflate';

/** More than any real 台账 holds (10,000 bureaus make about 3 MB of sheet XML): a zip bomb stops here. */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
/** The compressed input is fed in slices, so that a bomb is stopped after one slice's worth. */
const SLICE = 64 * 1024;

export type UnzipResult =
  | { ok: true; files: Map<string, Uint8Array> }
  | { ok: false; reason: 'notZip' | 'tooLarge' | 'corrupt' };

/** The entries whose names `wanted` accepts, inflated; never more than `cap` bytes in all. */
export function unzipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, cap = MAX_UNZIPPED_BYTES): UnzipResult {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return { ok: false, reason: 'notZip' };
  const chunks = new Map<string, Uint8Array[]>();
  let total = 0;
  let over = false;
  const unzip = new Unzip((file) => {
    if (!wanted(file.name) || chunks.has(file.name)) return;
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (error, data) => {
      if (error) throw error;
      total += data.length;
      if (total > cap) over = true;
      else parts.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !over; at += SLICE) {
      const end = Math.min(bytes.length, at + SLICE);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch {
    return over ? { ok: false, reason: 'tooLarge' } : { ok: false, reason: 'corrupt' };
  }
  if (over) return { ok: false, reason: 'tooLarge' };
  const files = new Map<string, Uint8Array>();
  for (const [name, parts] of chunks) files.set(name, concat(parts));
  return { ok: true, files };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const encoder = new TextEncoder();

/** A zip of text files, in the order given (OOXML wants [Content_Types].xml first). */
export function zipTexts(files: ReadonlyArray<readonly [string, string]>): Uint8Array {
  const entries: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>;
  for (const [name, text] of files) entries[name] = encoder.encode(text);
  // a fixed date: the same workbook gives the same bytes
  return zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

/**
 * A zip written without compression, deflated (pptxgenjs 4 ignores `compression` when an output
 * type is given, and its stored decks are ten times the size). The entries keep their order.
 */
export function deflateZip(stored: Uint8Array): Uint8Array {
  const entries = unzipSync(stored);
  return zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
