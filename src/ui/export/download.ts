/** Offers a file to the user's browser as a download. */
export function download(name: string, content: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file name from a title: keeps Chinese, drops what file systems refuse, and the control and
 * bidi characters a title may hold (a right-to-left override would show `报告\u202Egpj.json` as a
 * different name, and type, than it is). Cut at 120 characters, never inside a character.
 */
export function fileName(...parts: string[]): string {
  const name = parts
    .filter((p) => p !== '')
    .join('-')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  // Windows refuses a name that ends in a dot or a space
  return [...name].slice(0, 120).join('').replace(/[. ]+$/, '');
}
