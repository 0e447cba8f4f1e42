// The open file saved as a file of its own (to send to a colleague): the work counts as saved.
import { serialiseScenarioFile } from '../../model';
import { remember } from './openFile';
import type { Core } from './types';

/** The open file as the text to save (stable key order, format and version, $schema). */
export async function saveFile(core: Core): Promise<{ name: string; text: string } | undefined> {
  const file = core.store.get().file;
  if (!file) return undefined;
  const text = serialiseScenarioFile({ $schema: './scenario.schema.json', ...file });
  core.store.set({ unsaved: false });
  core.settled(false);
  await remember(core, file, 'saved');
  return { name: file.title, text };
}
