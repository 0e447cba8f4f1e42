// How long the functions and files of the code are, read from the source text: a function over
// 80 lines, or a file over 300, must say why in a comment (one that says "long", just above the
// function, or in the file's first lines).
import type { Sources } from './graph';

export const FUNCTION_LINES = 80;
export const FILE_LINES = 300;

// a line that opens a function body: `function f(…) {`, `… => {`, or a method `name(…) {`
const OPENS = /(\bfunction\b[^;]*\{\s*$|=>\s*\{\s*$|^\s+(async\s+)?[\w$]+\s*\([^;]*\)\s*(:[^=;]+)?\{\s*$)/;
const SAYS_WHY = /\/\/.*\blong\b|\/\*.*\blong\b|^\s*\*.*\blong\b/i;

/** The lines from `start` to the one that closes the brace opened on it (strings are not read). */
function bodyLength(lines: readonly string[], start: number): number {
  let depth = 0;
  for (let j = start; j < lines.length; j++) {
    for (const ch of lines[j]!) {
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
    }
    if (depth <= 0) return j - start + 1;
  }
  return lines.length - start;
}

/** The comment lines just above line `index` (a block of `//` lines or a `/** … *\/` block). */
function commentAbove(lines: readonly string[], index: number): string[] {
  const above: string[] = [];
  for (let j = index - 1; j >= 0 && /^\s*(\/\/|\/\*|\*)/.test(lines[j]!); j--) above.push(lines[j]!);
  return above;
}

export function sizeProblems(sources: Sources): string[] {
  const problems: string[] = [];
  for (const [path, text] of sources) {
    const lines = text.split('\n');
    if (lines.length > FILE_LINES && !lines.slice(0, 12).some((line) => SAYS_WHY.test(line))) {
      problems.push(`${path}: ${lines.length} lines, and no comment at its head says why it is long`);
    }
    lines.forEach((line, index) => {
      if (!OPENS.test(line)) return;
      const length = bodyLength(lines, index);
      if (length > FUNCTION_LINES && !commentAbove(lines, index).some((l) => SAYS_WHY.test(l))) {
        problems.push(`${path}:${index + 1}: a function of ${length} lines, and no comment above it says why it is long`);
      }
    });
  }
  return problems;
}
