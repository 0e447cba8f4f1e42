// A file chosen or dropped by the user → its text, before anything else reads it: the size checked
// from File.size (a 600 MB file was read whole and then called "empty"), the bytes decoded strictly
// (UTF-16 by its mark; text that is not UTF-8 tried as GB18030 and shown to the user to confirm;
// anything else refused in words), never a silent `���`.
import { type Message, message } from '../i18n';
import { type FileError, MAX_FILE_BYTES, type TextEncoding, decodeFile, decodedSample, fileError } from '../model';
import type { Notice } from './notices';
import type { Store } from './store';

/** A file decoded by a guess, waiting for the user to say the text reads right. */
export interface EncodingCheck {
  name: string;
  encoding: TextEncoding;
  /** Lines of the decoded text with Chinese (or other non-ASCII) text in them. */
  sample: string[];
  text: string;
}

/** What a browser's File offers (a Blob with a name). */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

interface Deps {
  store: Store<{ importErrors: { name: string; errors: FileError[] } | undefined; encodingCheck?: EncodingCheck }>;
  tell(tone: Notice['tone'], msg: Message): void;
  openText(text: string, name?: string): Promise<boolean>;
}

export function createFileOpening({ store, tell, openText }: Deps) {
  const refuse = (name: string, error: FileError) => (store.set({ importErrors: { name, errors: [error] } }), false);

  async function openDecoded(text: string, name: string, encoding: TextEncoding): Promise<boolean> {
    const opened = await openText(text, name);
    if (opened && encoding !== 'UTF-8') tell('info', message('file.decoded', { encoding }));
    return opened;
  }

  return {
    /** Opens a file the user chose or dropped. */
    async openChosenFile(file: ChosenFile): Promise<boolean> {
      if (file.size > MAX_FILE_BYTES) return refuse(file.name, fileError('$', 'file.tooLargeToRead', { bytes: file.size, limit: MAX_FILE_BYTES }));
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        return refuse(file.name, fileError('$', 'file.unreadable', { reason: error instanceof Error ? error.message : String(error) }));
      }
      const decoded = decodeFile(bytes);
      if (!decoded.ok) return refuse(file.name, decoded.error);
      if (decoded.confirm) {
        store.set({ encodingCheck: { name: file.name, encoding: decoded.encoding, sample: decodedSample(decoded.text), text: decoded.text } });
        return false;
      }
      return openDecoded(decoded.text, file.name, decoded.encoding);
    },

    /** The user read the decoded text and it is right: open it. */
    async confirmEncoding(): Promise<boolean> {
      const check = store.get().encodingCheck;
      if (!check) return false;
      store.set({ encodingCheck: undefined });
      return openDecoded(check.text, check.name, check.encoding);
    },

    cancelEncoding(): void {
      store.set({ encodingCheck: undefined });
    },
  };
}
