// Names that do not fit are shortened in the middle, not at the end: the end is what tells
// "…党工委、管委会" from "…管理办公室", and the start says whose it is. The full name stays in the
// tooltip and the inspector.

/** About how wide a text is, in ems: CJK characters and full-width forms one em, others about half. */
export function textEms(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(char) ? 1 : 0.56;
  return width;
}

/** The text, shortened in the middle with "…" where it is wider than `ems`. */
export function shortenMiddle(text: string, ems: number): string {
  if (textEms(text) <= ems) return text;
  const chars = [...text];
  let head = '';
  let tail = '';
  let i = 0;
  let j = chars.length - 1;
  // keep a little more of the end: it names the kind of body
  while (i <= j) {
    const room = ems - 1 - textEms(head) - textEms(tail);
    const nextTail = chars[j]!;
    const nextHead = chars[i]!;
    if (textEms(tail) <= textEms(head)) {
      if (textEms(nextTail) > room) break;
      tail = nextTail + tail;
      j--;
    } else {
      if (textEms(nextHead) > room) break;
      head += nextHead;
      i++;
    }
  }
  return `${head}…${tail}`;
}
