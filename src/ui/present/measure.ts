// Slides never scroll: a long table continues on the next slide. Each paged table is first drawn
// whole in an invisible copy of its slide; here its rows (marked data-page-item) are measured and
// cut into pages that fit the slide's body, header row included on every page.

export type Range = [start: number, end: number];

/** Pages of the items of a measured slide copy; one page of everything when nothing is measured. */
export function pageRanges(slide: HTMLElement): Range[] {
  const body = slide.querySelector<HTMLElement>('.slide-body');
  if (!body) return [];
  const items = [...body.querySelectorAll<HTMLElement>('[data-page-item]')];
  if (items.length === 0) return [[0, 0]];
  const origin = body.getBoundingClientRect().top;
  const boxes = items.map((item) => {
    const r = item.getBoundingClientRect();
    return { top: r.top - origin, bottom: r.bottom - origin };
  });
  // what stands above the first item (caption, column headers) repeats on every page
  const head = boxes[0]!.top;
  // what follows the last item (a note under a table) needs its room on the last page
  const contentBottom = Math.max(...[...body.children].map((child) => child.getBoundingClientRect().bottom - origin));
  const tail = Math.max(0, contentBottom - Math.max(...boxes.map((b) => b.bottom)));
  const room = body.clientHeight - 2;
  const ranges: Range[] = [];
  let start = 0;
  for (let i = 0; i < boxes.length; i++) {
    const used = head + boxes[i]!.bottom - boxes[start]!.top + (i === boxes.length - 1 ? tail : 0);
    if (used > room && i > start) {
      ranges.push([start, i]);
      start = i;
    }
  }
  ranges.push([start, boxes.length]);
  return ranges;
}
