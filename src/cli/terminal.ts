// What the command line prints comes partly from the files (titles, names, keys in paths). A name
// holding ESC sequences could clear the screen, hide the rest of a line or add hyperlinks; a line
// break could fake a line of output; a bidi override could reverse what follows. Every command
// prints what it took from a file through here: line breaks and tabs become one space (one error
// a line, always), other control and direction characters are shown escaped (`\u001b`), never sent
// to the terminal.

// a line break or tab, with the spaces around it
const BREAKS = /\s*[\t\n\r\v\f\u0085\u2028\u2029]+\s*/g;
// C0 controls, DEL, C1 controls, bidi marks, embeddings, overrides and isolates
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escaped = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One line of text safe to print. */
export function terminalSafe(text: string): string {
  return text.replace(BREAKS, ' ').replace(UNSAFE, escaped);
}

/**
 * JSON text safe to print: JSON.stringify leaves C1 controls, separators and bidi controls raw; in
 * JSON they may stand escaped, which reads back as the same value.
 */
export function jsonTerminalSafe(json: string): string {
  // C0 controls are already escaped inside strings, and outside them only JSON's own white space stands
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, escaped);
}
