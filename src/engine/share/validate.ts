// A file made here (proposals brought in, a merge) is checked as if it were opened: written out as
// it would be saved, read back by the parser, and every proposal played by the engine. Only a file
// that passes is handed back, so nothing invalid or half-made ever reaches the user.
import { type FileError, type ScenarioFile, serialiseScenarioFile } from '../../model';
import { type LoadedFile, loadScenarioFile } from '../load';

export type Validated = { ok: true; file: ScenarioFile; loaded: LoadedFile } | { ok: false; errors: FileError[] };

export function validateFile(file: ScenarioFile): Validated {
  const loaded = loadScenarioFile(serialiseScenarioFile(file));
  return loaded.ok ? { ok: true, file: loaded.loaded.file, loaded: loaded.loaded } : { ok: false, errors: loaded.errors };
}
