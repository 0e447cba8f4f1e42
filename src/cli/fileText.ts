// How every command of the command line reads a file: through its io (./nodeIo.ts: at most the
// limit read, from a file, a pipe or a device), the bytes decoded strictly (UTF-16 by its mark,
// GB18030 said so, anything else that is not UTF-8 refused: never a silent `���`), and what it
// prints of the file's errors made safe for a terminal (./terminal.ts).
import { type LoadResult, loadScenarioFile } from '../engine';
import { type Lang, translate } from '../i18n';
import { type FileError, MAX_FILE_BYTES, type TextEncoding, fileError } from '../model';
import { decodeFile } from '../model/encoding';
import { readingError } from '../model/readingErrors';
import { terminalSafe } from './terminal';

/**
 * What reading a file gave: its bytes (or, from tests, its text); `size` when it is over the limit
 * and was not read whole (undefined: a stream that went on past the limit); or why it could not be read.
 */
export type ReadResult = { text: string } | { bytes: Uint8Array } | { size: number | undefined } | { error: string };

export interface CliIo {
  readFile(path: string): ReadResult;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The io of a command that writes files (a workbook, a deck) to standard output. */
export interface BinaryIo extends Omit<CliIo, 'stdout'> {
  stdout(data: string | Uint8Array): void;
}

export type Decoded = { ok: true; text: string; encoding: TextEncoding } | { ok: false; error: FileError };

const tooLarge = (size: number | undefined): FileError => readingError('$', 'file.tooLargeToRead', { bytes: size, limit: MAX_FILE_BYTES });

/** The text of what was read, decoded strictly, or the error at `$` that says why there is none. */
export function textOf(read: Exclude<ReadResult, { error: string }>): Decoded {
  if ('text' in read) return { ok: true, text: read.text, encoding: 'UTF-8' };
  if ('size' in read) return { ok: false, error: tooLarge(read.size) };
  return decodeFile(read.bytes);
}

/** The bytes of what was read (a table is decoded by its own reader), or the error that says why there are none. */
export function bytesOf(read: Exclude<ReadResult, { error: string }>): { ok: true; bytes: Uint8Array } | { ok: false; error: FileError } {
  if ('text' in read) return { ok: true, bytes: new TextEncoder().encode(read.text) };
  if ('size' in read) return { ok: false, error: tooLarge(read.size) };
  return { ok: true, bytes: read.bytes };
}

export type ScenarioRead =
  | { ok: false; unreadable: string }
  /** `encoding`: the file's, when it was not UTF-8 (the user is told); `text`: the file decoded, when it could be. */
  | { ok: true; result: LoadResult; encoding?: TextEncoding; text?: string };

/** A scenario file read, decoded and loaded by the engine, as every command reads one. */
export function readScenarioFile(io: Pick<CliIo, 'readFile'>, path: string): ScenarioRead {
  const read = io.readFile(path);
  if ('error' in read) return { ok: false, unreadable: read.error };
  const text = textOf(read);
  if (!text.ok) return { ok: true, result: { ok: false, errors: [text.error] } };
  return { ok: true, result: loadScenarioFile(text.text), text: text.text, ...(text.encoding === 'UTF-8' ? {} : { encoding: text.encoding }) };
}

/** Errors one a line, each led by its place (`prefix` + JSON path), nothing a terminal would act on. */
export function errorLines(errors: readonly FileError[], lang: Lang, prefix = ''): string {
  // an error that names what it is about (model/describe.ts) says so before its message
  const about = (error: FileError) => (error.subject ? `${error.subject[lang]}${lang === 'zh' ? '：' : ': '}` : '');
  return errors.map((error) => `${terminalSafe(prefix)}${terminalSafe(error.path)}  ${terminalSafe(about(error) + error.message[lang])}\n`).join('');
}

/** The line that says a file was read in another encoding: on standard error, led by `$` like every line there. */
export function decodedLine(encoding: TextEncoding, lang: Lang, prefix = ''): string {
  return `${terminalSafe(prefix)}$  ${translate(lang, 'file.decoded', { encoding })}\n`;
}
