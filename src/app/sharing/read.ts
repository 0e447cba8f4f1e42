// Another file chosen or dropped for sharing is read as opening one is (../chosenFile.ts): its
// size first (a file over the limit is not read into memory), its bytes decoded strictly, a text
// decoded by a guess (GB18030) shown to the user to confirm first; then the engine checks it and
// holds it while a dialog uses it. Whatever is refused shows in the same error list as a file that
// does not open; the open work is not touched.
import { fileError } from '../../model';
import type { Core } from '../actions/types';
import type { ChosenFile } from '../chosenFile';
import type { OtherFile } from './request';
import { say } from './say';

export type { ChosenFile };

/**
 * Reads `chosen`, then hands the file read (and its text) to `use`. False when it is refused, or
 * waits for the user to confirm its encoding (`use` then follows their yes).
 */
export async function readOtherFile(core: Core, chosen: ChosenFile, use: (other: OtherFile, text: string) => void): Promise<boolean> {
  const read = await import('../chosenFile').then(
    ({ readChosenFile }) => readChosenFile(chosen),
    (error: unknown) => ({ kind: 'refused' as const, error: fileError('$', 'file.unreadable', { reason: String(error) }) }),
  );
  if (read.kind === 'refused') {
    core.store.set({ importErrors: { name: chosen.name, errors: [read.error] } });
    return false;
  }
  const check = async (text: string): Promise<boolean> => {
    const reply = await core.engine.busy(() => core.bridge.engine.shareRead(text, core.store.get().lang));
    if (!reply.ok) {
      core.store.set({ importErrors: { name: chosen.name, errors: reply.errors } });
      return false;
    }
    const { ok: _ok, ...summary } = reply;
    use({ ...summary, name: chosen.name }, text);
    return true;
  };
  if (read.kind === 'confirm') {
    core.store.set({ encodingCheck: { ...read.check, use: check } });
    return false;
  }
  const done = await check(read.text);
  if (done && read.encoding !== 'UTF-8') core.tell('info', say('file.decoded', { encoding: read.encoding }));
  return done;
}
