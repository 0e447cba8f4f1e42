import type { Localized } from '../i18n/lang';
import { type EngineMessageArgs, type EngineMessageKey, engineMessage, localizeEngine } from '../i18n/engine';

/** One reason a file is refused: where (a JSON path such as `$.bureaus[3].staff.admin`) and why. */
export interface FileError {
  path: string;
  /** The key of the message it was made from (the engine's, or a feature's own catalogue's). */
  code: string;
  message: Localized;
  /** What the error is about, in words (the bureau or unit by name and id), where the path names one. */
  subject?: Localized;
  /** On the last error of a list cut short (`file.moreErrors`): how many more there were. */
  more?: number;
}

export function fileError<K extends EngineMessageKey>(path: string, key: K, args: EngineMessageArgs<K>): FileError {
  return { path, code: key, message: localizeEngine(engineMessage(key, args)) };
}

/** `$` + `.name` or `[3]` or `["odd key"]`, as JSONPath writes it. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
