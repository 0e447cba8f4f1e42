// Where the before/after story's unit boxes and bureau slots go, sized for reading: the largest
// type (between a minimum and a maximum) at which every touched unit fits the space, both sides
// laid out alike. Units that cannot fit at the minimum type go on as many pages as they need.
// Sizes are in pixels; every length is a multiple of the font size `font`.

export const STORY = {
  card: { width: 10.6, height: 3.05 },
  gap: 0.45,
  pad: 0.6,
  header: 4.35,
  unitGap: 1.1,
};

export interface StoryBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  columns: number;
  slots: Array<{ x: number; y: number }>;
}

export interface StoryLayout {
  font: number;
  boxes: StoryBox[];
  width: number;
  height: number;
}

export interface FitOptions {
  width: number;
  height: number;
  maxFont: number;
  minFont: number;
  /** On screen: the page may grow downwards (it scrolls), only the width must fit. */
  grow?: boolean;
}

interface Unit {
  id: string;
  slots: number;
}

const boxWidth = (f: number, columns: number) => f * (2 * STORY.pad + columns * STORY.card.width + (columns - 1) * STORY.gap);
const boxHeight = (f: number, rows: number) => f * (STORY.header + Math.max(1, rows) * STORY.card.height + (Math.max(1, rows) - 1) * STORY.gap + STORY.pad);

/** Shelf-packs the units with at most `rows` card rows each; undefined where a box is too wide. */
function pack(units: readonly Unit[], f: number, rows: number, width: number): StoryLayout | undefined {
  const boxes: StoryBox[] = [];
  let x = 0;
  let y = 0;
  let shelf = 0;
  let used = 0;
  for (const unit of units) {
    const columns = Math.max(1, Math.ceil(unit.slots / rows));
    const unitRows = Math.max(1, Math.ceil(unit.slots / columns));
    const w = boxWidth(f, columns);
    const h = boxHeight(f, unitRows);
    if (w > width) return undefined;
    if (x > 0 && x + w > width) {
      x = 0;
      y += shelf + f * STORY.unitGap;
      shelf = 0;
    }
    const slots = Array.from({ length: unit.slots }, (_, i) => ({
      x: f * (STORY.pad + (i % columns) * (STORY.card.width + STORY.gap)),
      y: f * (STORY.header + Math.floor(i / columns) * (STORY.card.height + STORY.gap)),
    }));
    boxes.push({ id: unit.id, x, y, width: w, height: h, columns, slots });
    x += w + f * STORY.unitGap;
    used = Math.max(used, x - f * STORY.unitGap);
    shelf = Math.max(shelf, h);
  }
  return { font: f, boxes, width: used, height: y + shelf };
}

/** The best layout of these units at font `f`: the lowest that fits the width (and the height, unless growing). */
function bestAt(units: readonly Unit[], f: number, options: FitOptions): StoryLayout | undefined {
  const most = Math.max(1, ...units.map((u) => u.slots));
  let best: StoryLayout | undefined;
  for (let rows = 1; rows <= most; rows++) {
    const layout = pack(units, f, rows, options.width);
    if (!layout) continue;
    if (!options.grow && layout.height > options.height) continue;
    // the lowest layout; between two about as low, the one with fewer shelves (wider boxes read better)
    if (!best || layout.height < best.height - 0.5) best = layout;
  }
  return best;
}

/** The largest font from `maxFont` down to `minFont` (half-pixel steps) at which the units fit. */
function largestFit(units: readonly Unit[], options: FitOptions): StoryLayout | undefined {
  for (let f = options.maxFont; f >= options.minFont - 1e-9; f -= 0.5) {
    const layout = bestAt(units, f, options);
    if (layout) return layout;
  }
  return undefined;
}

/** Pages of layouts: one when everything fits at the minimum type or more, else as many as needed. */
export function fitStory(units: readonly Unit[], options: FitOptions): StoryLayout[] {
  if (units.length === 0) return [{ font: options.maxFont, boxes: [], width: 0, height: 0 }];
  const whole = largestFit(units, options);
  if (whole) return [whole];
  const pages: StoryLayout[] = [];
  let page: Unit[] = [];
  let fitted: StoryLayout | undefined;
  for (const unit of units) {
    const trial = largestFit([...page, unit], options);
    if (trial) {
      page = [...page, unit];
      fitted = trial;
      continue;
    }
    if (fitted) pages.push(fitted);
    page = [unit];
    // a unit too large for a page alone at the minimum type: the type shrinks until it fits
    fitted = largestFit(page, options) ?? shrunk(page, options);
  }
  if (fitted) pages.push(fitted);
  return pages;
}

function shrunk(units: readonly Unit[], options: FitOptions): StoryLayout {
  for (let f = options.minFont - 0.5; f >= 4; f -= 0.5) {
    const layout = bestAt(units, f, options);
    if (layout) return layout;
  }
  return pack(units, 4, Math.max(1, ...units.map((u) => u.slots)), Number.POSITIVE_INFINITY)!;
}
