import type { Localized, Message } from '../i18n';
import type { FileError } from '../model';

/** Something the user must be told: a refused change, a storage problem, a restored session. */
export interface Notice {
  id: number;
  tone: 'error' | 'warning' | 'info';
  message: Message;
  /** The engine's own reasons, already in both languages, with their JSON paths. */
  details?: Array<{ path?: string; message: Localized }>;
}

/** Puts a notice on screen (the newest few are kept). */
export type Tell = (tone: Notice['tone'], message: Message, details?: readonly FileError[]) => void;

let next = 1;

export function notice(tone: Notice['tone'], message: Message, details?: readonly FileError[]): Notice {
  return { id: next++, tone, message, details: details?.map((d) => ({ path: d.path, message: d.message })) };
}
