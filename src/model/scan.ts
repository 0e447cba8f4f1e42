// Passes over a file before anything reads it: refuses keys that could pollute prototypes, nesting
// too deep to be a real file, and a key repeated within one object (JSON.parse keeps the last one
// silently: `"leaderPosts": -5, "leaderPosts": 1` would pass as 1). Iterative, so no input can
// overflow the stack; every error counted, the first few hundred kept (ErrorList).
import { childPath, fileError } from './errors';
import type { ErrorList } from './limits';
import { isForbiddenKey } from './read';
import { readingError } from './readingErrors';

// far deeper than any real file (a scenario file is six levels; meta holds app settings), and
// shallow enough that saving, cloning and storing it stay within the call stack
export const MAX_DEPTH = 1000;

export function scanJson(root: unknown, errors: ErrorList): void {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: root, path: '$', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) {
      errors.add(fileError(path, 'file.tooDeep', { limit: MAX_DEPTH }));
      return;
    }
    if (Array.isArray(value)) {
      // only what can hold keys is visited: a list of five million numbers costs no paths
      for (let index = value.length - 1; index >= 0; index--) {
        const item: unknown = value[index];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, path: childPath(path, index), depth: depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!;
      const at = childPath(path, key);
      if (isForbiddenKey(key)) errors.add(fileError(at, 'key.forbidden', { key }));
      else {
        const item = (value as Record<string, unknown>)[key];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, path: at, depth: depth + 1 });
      }
    }
  }
}

/** One open object or array of the text: how its parent reaches it, and what it holds so far. */
interface Open {
  /** Within its parent: the key (object) or index (array); undefined at the top. */
  at: string | number | undefined;
  /** An object's keys so far, with the line each was first seen on; null for an array. */
  keys: Map<string, number> | null;
  /** An array's index so far, an object's last key. */
  index: number;
  key: string;
}

/**
 * Every key that repeats within one object, at the second one's path (SPEC §3). Reads the text of a
 * file that JSON.parse has accepted, so the text is known to be well formed.
 */
export function scanDuplicateKeys(text: string, errors: ErrorList): void {
  const open: Open[] = [];
  let expectKey = false;
  let line = 1;
  const pathTo = (key: string) => {
    let path = '$';
    for (let level = 1; level < open.length; level++) path = childPath(path, open[level]!.at!);
    return childPath(path, key);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = stringEnd(text, i);
      const top = open[open.length - 1];
      if (top?.keys && expectKey) {
        const inner = text.slice(i + 1, end);
        // "a" and "\u0061" are one key: escapes are read as JSON reads them
        const key = inner.includes('\\') ? (JSON.parse(`"${inner}"`) as string) : inner;
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, line);
        else errors.add(readingError(pathTo(key), 'key.duplicate', { key, lines: [first, line] }));
        top.key = key;
        expectKey = false;
      }
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      // deeper than this is refused by scanJson; nothing more to look at here
      if (open.length > MAX_DEPTH) return;
      const top = open[open.length - 1];
      const at = top === undefined ? undefined : top.keys ? top.key : top.index;
      open.push({ at, keys: c === 0x7b ? new Map() : null, index: 0, key: '' });
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      open.pop();
    } else if (c === 0x2c) {
      const top = open[open.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.index++;
    } else if (c === 0x0a) line++;
  }
}

/** The index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return text.length - 1;
    let backslashes = 0;
    for (let k = quote - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return quote;
    at = quote + 1;
  }
}
