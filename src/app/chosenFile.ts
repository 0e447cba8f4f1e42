// A file chosen or dropped by the user → its text, before anything else reads it: the size checked
// from File.size (a 600 MB file was read whole and then called "empty"), the bytes decoded strictly
// (UTF-16 by its mark; text that is not UTF-8 tried as GB18030 and shown to the user to confirm;
// anything else refused in words), never a silent `���`. The open-file action (./actions/openFile.ts)
// opens what this gives.
import { type FileError, MAX_FILE_BYTES, type TextEncoding, fileError } from '../model';
import { decodeFile, decodedSample } from '../model/encoding';
import { readingError } from '../model/readingErrors';

/** A file decoded by a guess, waiting for the user to say the text reads right. */
export interface EncodingCheck {
  name: string;
  encoding: TextEncoding;
  /** Lines of the decoded text with Chinese (or other non-ASCII) text in them. */
  sample: string[];
  text: string;
  /** What is done with the text once the user says it reads right; opening it when absent (sharing brings proposals in from it, compares or merges it). */
  use?: (text: string) => Promise<boolean>;
}

/** What a browser's File offers (a Blob with a name). */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type ChosenText =
  /** Text to open; `encoding` other than UTF-8: the user is told once it opens. */
  | { kind: 'text'; text: string; encoding: TextEncoding }
  /** Decoded by a guess: the user must see it first. */
  | { kind: 'confirm'; check: EncodingCheck }
  | { kind: 'refused'; error: FileError };

export async function readChosenFile(file: ChosenFile): Promise<ChosenText> {
  if (file.size > MAX_FILE_BYTES) return { kind: 'refused', error: readingError('$', 'file.tooLargeToRead', { bytes: file.size, limit: MAX_FILE_BYTES }) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { kind: 'refused', error: fileError('$', 'file.unreadable', { reason: error instanceof Error ? error.message : String(error) }) };
  }
  const decoded = decodeFile(bytes);
  if (!decoded.ok) return { kind: 'refused', error: decoded.error };
  if (decoded.confirm) return { kind: 'confirm', check: { name: file.name, encoding: decoded.encoding, sample: decodedSample(decoded.text), text: decoded.text } };
  return { kind: 'text', text: decoded.text, encoding: decoded.encoding };
}
