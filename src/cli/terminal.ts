// What the command line prints comes partly from the file (titles, names, keys in paths). A name
// holding ESC sequences could clear the screen, hide the rest of a line or add hyperlinks; a line
// break could fake a line of output; a bidi override could reverse what follows. Such characters
// are shown escaped (`\u001b`), never sent to the terminal.

// C0 controls, DEL, C1 controls, line and paragraph separators, bidi embeddings, overrides and isolates
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escaped = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One line of text safe to print: every control character escaped, line breaks included. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escaped);
}

/**
 * JSON text safe to print: JSON.stringify leaves C1 controls, separators and bidi controls raw; in
 * JSON they may stand escaped, which reads back as the same value.
 */
export function jsonTerminalSafe(json: string): string {
  // C0 controls are already escaped inside strings, and outside them only JSON's own white space stands
  return json.replace(/[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, escaped);
}
