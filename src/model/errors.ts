import { type Localized, type MessageArgs, type MessageKey, localize, message } from '../i18n';

/** One reason a file is refused: where (a JSON path such as `$.bureaus[3].staff.admin`) and why. */
export interface FileError {
  path: string;
  code: MessageKey;
  message: Localized;
  /** What the error is about, in words (the bureau or unit by name and id), where the path names one. */
  subject?: Localized;
}

export function fileError<K extends MessageKey>(path: string, key: K, args: MessageArgs<K>): FileError {
  return { path, code: key, message: localize(message(key, args)) };
}

/** `$` + `.name` or `[3]` or `["odd key"]`, as JSONPath writes it. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
