// Who makes the changes (SPEC §5 `by`): the name is asked once, before the first change, and kept
// like the language (the entry remembers it across visits); it may be skipped, and changed later.
// While the question is open the change waits for it, so that even the first one carries the name.
import type { AppState } from './state';
import type { Store } from './store';

/** The name this browser signs with, and whether the user was asked (a skipped question is not asked again). */
export interface AuthorSetting {
  name?: string;
  asked: boolean;
}

export const NOT_ASKED: AuthorSetting = { asked: false };

/** SPEC §5: `by` is at most 100 characters. */
export const MAX_NAME = 100;

/**
 * Characters a name must not carry into the page, a saved file or a table: C0 and C1 controls,
 * and the bidi marks, embeddings, overrides and isolates (a right-to-left override in a name would
 * show the date after it reversed). A name pasted from a table or a chat may carry them.
 */
// eslint-disable-next-line no-control-regex -- these are the characters looked for
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A `by` as shown: a colleague's file may hold any text up to 100 characters (SPEC §5), controls
 * included; on screen each unsafe character is a space, so that no name changes what is around it.
 */
export const nameShown = (by: string): string => by.replace(UNSAFE, ' ');

/**
 * A typed name as it is kept: spaces collapsed and trimmed, control characters dropped; empty means
 * no name; `undefined` when it is too long to be a `by`.
 */
export function cleanName(text: string): { name?: string } | undefined {
  const name = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  if ([...name].length > MAX_NAME) return undefined;
  return name === '' ? {} : { name };
}

/** A remembered setting as stored (anything else reads as "not asked"). */
export function readAuthorSetting(value: unknown): AuthorSetting {
  const v = value as Partial<AuthorSetting> | null;
  if (typeof v !== 'object' || v === null || v.asked !== true) return NOT_ASKED;
  const cleaned = typeof v.name === 'string' ? cleanName(v.name) : {};
  return { asked: true, ...(cleaned?.name ? { name: cleaned.name } : {}) };
}

export interface AuthorPrompt {
  /** Before a change: the first time, asks for the name (the screen shows the question) and waits. */
  beforeChange(): Promise<void>;
  /** The answer to the question, or a name set from the menu: undefined skips (or removes the name). False when too long. */
  answer(text: string | undefined): boolean;
}

export function createAuthorPrompt(store: Store<AppState>, ask: boolean, remember?: (setting: AuthorSetting) => void): AuthorPrompt {
  let waiting: Array<() => void> = [];
  return {
    async beforeChange() {
      if (!ask || store.get().author.asked) return;
      store.set({ askingAuthor: true });
      await new Promise<void>((resolve) => waiting.push(resolve));
    },
    answer(text) {
      const cleaned = text === undefined ? {} : cleanName(text);
      if (!cleaned) return false;
      const author: AuthorSetting = { asked: true, ...cleaned };
      store.set({ author, askingAuthor: false });
      remember?.(author);
      const resume = waiting;
      waiting = [];
      for (const go of resume) go();
      return true;
    },
  };
}
