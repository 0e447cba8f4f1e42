// Where a text that is not valid JSON goes wrong, and how, found by our own small scanner rather
// than read from the browser's message (which is in English and differs between engines).
// Iterative, so no depth of nesting can overflow the stack.

export type JsonFault =
  | 'unterminatedString'
  | 'unexpectedEnd'
  | 'expectedComma'
  | 'expectedName'
  | 'expectedColon'
  | 'badControl'
  | 'badEscape'
  | 'badNumber'
  | 'unexpected';

export interface JsonFaultAt {
  /** Offset in the text (UTF-16 code units) where the fault is. */
  at: number;
  fault: JsonFault;
}

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

type Expect = 'value' | 'valueOrEnd' | 'after' | 'keyOrEnd' | 'key' | 'colon';

// Long: one scanner over the whole grammar of JSON (RFC 8259), a state machine in one loop, so
// that the first fault is found where a reader would see it.
/** The first fault of a text that is not valid JSON; undefined if the scanner finds none. */
export function findJsonFault(text: string): JsonFaultAt | undefined {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;
  let expect: Expect = 'value';
  const skip = () => {
    while (i < n && WS.has(text[i]!)) i++;
  };
  /** Reads a string starting at its opening quote; a fault, or undefined with i after the closing quote. */
  const string = (): JsonFaultAt | undefined => {
    const start = i;
    i++;
    while (i < n) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return undefined;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === undefined) return { at: start, fault: 'unterminatedString' };
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { at: i, fault: 'badEscape' };
          i += 6;
          continue;
        }
        if (!ESCAPES.has(next)) return { at: i, fault: 'badEscape' };
        i += 2;
        continue;
      }
      if (ch.charCodeAt(0) < 0x20) return ch === '\n' || ch === '\r' ? { at: start, fault: 'unterminatedString' } : { at: i, fault: 'badControl' };
      i++;
    }
    return { at: start, fault: 'unterminatedString' };
  };
  for (;;) {
    skip();
    if (expect === 'after' && stack.length === 0) return i < n ? { at: i, fault: 'unexpected' } : undefined;
    if (i >= n) return { at: n, fault: 'unexpectedEnd' };
    const ch = text[i]!;
    switch (expect) {
      case 'value':
      case 'valueOrEnd': {
        if (expect === 'valueOrEnd' && ch === ']') {
          stack.pop();
          i++;
          expect = 'after';
          break;
        }
        if (ch === '"') {
          const fault = string();
          if (fault) return fault;
          expect = 'after';
        } else if (ch === '{') {
          stack.push('{');
          i++;
          expect = 'keyOrEnd';
        } else if (ch === '[') {
          stack.push('[');
          i++;
          expect = 'valueOrEnd';
        } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
          NUMBER.lastIndex = i;
          const match = NUMBER.exec(text);
          if (!match || match[0] === '-' ) return { at: i, fault: 'badNumber' };
          i += match[0].length;
          // "1." or "1e": a number cut short
          if (i < n && /[.eE0-9]/.test(text[i]!)) return { at: i, fault: 'badNumber' };
          expect = 'after';
        } else {
          const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
          if (!word) return { at: i, fault: 'unexpected' };
          i += word.length;
          expect = 'after';
        }
        break;
      }
      case 'after': {
        const top = stack[stack.length - 1];
        if (ch === ',') {
          i++;
          expect = top === '{' ? 'key' : 'value';
        } else if ((top === '{' && ch === '}') || (top === '[' && ch === ']')) {
          stack.pop();
          i++;
        } else return { at: i, fault: 'expectedComma' };
        break;
      }
      case 'keyOrEnd':
      case 'key': {
        if (expect === 'keyOrEnd' && ch === '}') {
          stack.pop();
          i++;
          expect = 'after';
          break;
        }
        if (ch !== '"') return { at: i, fault: 'expectedName' };
        const fault = string();
        if (fault) return fault;
        expect = 'colon';
        break;
      }
      case 'colon': {
        if (ch !== ':') return { at: i, fault: 'expectedColon' };
        i++;
        expect = 'value';
        break;
      }
    }
  }
}
