// The bytes of a file → its text (SPEC §3: "Text is UTF-8; a file in UTF-16 (with its byte-order
// mark) or GB18030 is decoded and said so, anything else not valid UTF-8 is refused"). Files come
// from Notepad's "Unicode" (UTF-16 with a mark) and from "ANSI" on Chinese Windows (GBK, which
// GB18030 contains): read as UTF-8 with replacement characters, every Chinese name became `���`
// and a save made the loss permanent. So nothing is replaced silently here: the decoder is strict.
import type { FileError } from './errors';
import { readingError } from './readingErrors';

export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

export type DecodedFile =
  /** `encoding` other than UTF-8: the user is told; `confirm`: the guess must be shown and confirmed first. */
  | { ok: true; text: string; encoding: TextEncoding; confirm: boolean }
  | { ok: false; error: FileError };

function strict(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function refused(): DecodedFile {
  return { ok: false, error: readingError('$', 'file.notUtf8', {}) };
}

/** The encoding marked by a byte-order mark, or (a JSON text begins with ASCII) shown by a zero byte beside the first character. */
function utf16Of(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes.length < 2) return undefined;
  const [a, b] = [bytes[0]!, bytes[1]!];
  if ((a === 0xff && b === 0xfe) || (a !== 0 && b === 0 && bytes.length % 2 === 0)) return 'UTF-16LE';
  if ((a === 0xfe && b === 0xff) || (a === 0 && b !== 0 && bytes.length % 2 === 0)) return 'UTF-16BE';
  return undefined;
}

export function decodeFile(bytes: Uint8Array): DecodedFile {
  const utf16 = utf16Of(bytes);
  if (utf16) {
    // TextDecoder drops the mark itself
    const text = strict(utf16.toLowerCase(), bytes);
    return text === undefined ? refused() : { ok: true, text, encoding: utf16, confirm: false };
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'UTF-8', confirm: false };
  // with a UTF-8 mark the file says what it is: broken UTF-8 is not GB18030
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return refused();
  const gb = strict('gb18030', bytes);
  // almost any bytes read as some GB18030 text: whether these read as the right text only a person can tell
  return gb === undefined ? refused() : { ok: true, text: gb, encoding: 'GB18030', confirm: true };
}

/** Lines of a decoded text that hold more than ASCII, for a person to judge the decoding by. */
export function decodedSample(text: string, lines = 8, width = 80): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length && out.length < lines) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(line)) out.push([...line].slice(0, width).join(''));
    start = end + 1;
  }
  return out;
}
