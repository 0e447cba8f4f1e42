// One pass over the parsed JSON before anything reads it: refuses keys that could pollute
// prototypes and nesting too deep to be a real file. Iterative, so no input can overflow the stack.
import { type FileError, childPath, fileError } from './errors';
import { isForbiddenKey } from './read';

// far deeper than any real file (a scenario file is six levels; meta holds app settings), and
// shallow enough that saving, cloning and storing it stay within the call stack
export const MAX_DEPTH = 1000;
const MAX_REPORTED = 100;

export function scanJson(root: unknown): FileError[] {
  const errors: FileError[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: root, path: '$', depth: 0 }];
  while (stack.length > 0 && errors.length < MAX_REPORTED) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) {
      errors.push(fileError(path, 'file.tooDeep', { limit: MAX_DEPTH }));
      return errors;
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        stack.push({ value: value[index], path: childPath(path, index), depth: depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!;
      const at = childPath(path, key);
      if (isForbiddenKey(key)) errors.push(fileError(at, 'key.forbidden', { key }));
      else stack.push({ value: (value as Record<string, unknown>)[key], path: at, depth: depth + 1 });
    }
  }
  return errors;
}
