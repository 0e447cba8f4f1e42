// Another file chosen or dropped for sharing goes through the checks of opening one: its size
// first (a file over the limit is not read into memory), then its text is read and checked by the
// engine, which holds it while the dialog uses it. Whatever is refused shows in the same error
// list as a file that does not open; the open work is not touched.
import { type FileError, MAX_FILE_BYTES, fileError } from '../../model';
import type { Core } from '../actions/types';
import type { OtherFile } from './request';
import { say } from './say';

/** What a browser's File offers (a Blob with a name). */
export interface ChosenFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type OtherRead = { ok: true; other: OtherFile; text: string } | { ok: false };

export async function readOtherFile(core: Core, chosen: ChosenFile): Promise<OtherRead> {
  const refuse = (errors: FileError[]): OtherRead => {
    core.store.set({ importErrors: { name: chosen.name, errors } });
    return { ok: false };
  };
  if (chosen.size > MAX_FILE_BYTES) return refuse([fileError('$', 'file.tooLarge', { bytes: chosen.size, limit: MAX_FILE_BYTES })]);
  let text: string;
  try {
    text = await chosen.text();
  } catch (error) {
    // the file went away, or the disk cannot give it: nothing was read, nothing changes
    core.tell('error', say('sharing.unreadable', { reason: String(error) }));
    return { ok: false };
  }
  const reply = await core.engine.busy(() => core.bridge.engine.shareRead(text, core.store.get().lang));
  if (!reply.ok) return refuse(reply.errors);
  const { ok: _ok, ...summary } = reply;
  return { ok: true, other: { ...summary, name: chosen.name }, text };
}
