// Where every unit box and bureau card goes: a tree from d3-hierarchy (region → zones → their
// offices, towns and streets), with boxes as wide as their cards. Pure: same file, same layout.
import { type HierarchyPointNode, hierarchy, tree } from 'd3-hierarchy';
import type { Bureau, OrgState, Unit } from '../../model';

export const CARD = { width: 176, height: 58, gap: 8 };
const PAD = 12;
// the unit's name, its tags and its figures: three lines of text, clear of the cards below
const HEADER = 76;
/** A unit folded away in its band: its header alone. */
const FOLDED_HEIGHT = HEADER + 26;
const LEVEL_GAP = 64;
const SIBLING_GAP = 28;

export interface CardBox {
  bureau: Bureau;
  x: number;
  y: number;
}

export interface UnitBox {
  unit: Unit;
  x: number;
  y: number;
  width: number;
  height: number;
  cards: CardBox[];
  /** Folded in its band: its header and a count, no cards (they are there when the band is opened). */
  folded?: boolean;
}

export interface Link {
  from: string;
  to: string;
  /** `parent`: an office under its zone; `territory`: a town or street the zone covers. */
  kind: 'parent' | 'territory';
  path: string;
  /** The rectangle the path stays within, to draw only links that can be seen. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A heading over a row of units that stand outside the zones' tree. */
export interface Band {
  kind: 'locals' | 'others';
  x: number;
  y: number;
  /** How many units stand in it. */
  units: number;
  folded: boolean;
}

export interface LayoutOptions {
  /** The bands whose units are folded to their headers (the zones' trees are never folded). */
  fold?: ReadonlySet<Band['kind']>;
}

export interface ChartLayout {
  units: UnitBox[];
  links: Link[];
  bands: Band[];
  /** The band each unit outside the zones' trees stands in. */
  bandOf: ReadonlyMap<string, Band['kind']>;
  width: number;
  height: number;
  /** what the next layout may reuse: each zone's tree, by what it was laid out from */
  trees: ReadonlyMap<string, { signature: string; tree: ZoneTree }>;
}

const BAND_HEADING = 28;

interface Node {
  id: string;
  unit?: Unit;
  children: Node[];
  width: number;
  height: number;
}

function columnsFor(unit: Unit, count: number): number {
  if (count <= 1) return 1;
  if (unit.kind === 'zone') return count > 8 ? 3 : 2;
  return count > 6 ? 2 : 1;
}

function sizeOf(unit: Unit, count: number): { width: number; height: number; columns: number } {
  const columns = columnsFor(unit, count);
  const rows = Math.max(1, Math.ceil(count / columns));
  return {
    columns,
    width: PAD * 2 + columns * CARD.width + (columns - 1) * CARD.gap,
    height: HEADER + (count === 0 ? 28 : rows * CARD.height + (rows - 1) * CARD.gap) + PAD,
  };
}

/**
 * With `previous` (the layout of the state before), a zone whose units and sizes are as they were
 * keeps its tree, and a unit box that would come out the same is the same object: after a drop
 * only the units it touched are laid out and drawn again.
 */
// Long: one pass places every unit and card, reusing the previous layout's boxes where nothing moved.
export function layoutChart(state: OrgState, previous?: ChartLayout, options: LayoutOptions = {}): ChartLayout {
  const byUnit = new Map<string, Bureau[]>(state.units.map((u) => [u.id, []]));
  for (const bureau of state.bureaus) byUnit.get(bureau.unit)?.push(bureau);
  const node = (unit: Unit): Node => ({ id: unit.id, unit, children: [], ...sizeOf(unit, byUnit.get(unit.id)!.length) });
  const nodes = new Map(state.units.map((u) => [u.id, node(u)]));
  const placed = new Set<string>();
  const root: Node = { id: '', children: [], width: 0, height: 0 };
  const zones = state.units.filter((u) => u.kind === 'zone');
  const zoneIds = new Set(zones.map((zone) => zone.id));
  for (const zone of zones) {
    root.children.push(nodes.get(zone.id)!);
    placed.add(zone.id);
  }
  for (const office of state.units) {
    if (office.kind !== 'office' || office.parent === undefined || !zoneIds.has(office.parent)) continue;
    nodes.get(office.parent)!.children.push(nodes.get(office.id)!);
    placed.add(office.id);
  }
  for (const zone of zones) {
    for (const local of zone.territory ?? []) {
      if (placed.has(local) || !nodes.has(local)) continue;
      nodes.get(zone.id)!.children.push(nodes.get(local)!);
      placed.add(local);
    }
  }
  // towns and streets outside every zone, then platforms and groups, stand in rows below the tree
  const locals = state.units.filter((u) => !placed.has(u.id) && (u.kind === 'town' || u.kind === 'street'));
  const others = state.units.filter((u) => !placed.has(u.id) && u.kind !== 'town' && u.kind !== 'street');

  // each zone is a small tree of its own (zone above its offices, towns and streets); the trees
  // stand side by side in rows, so that a province of a hundred zones is a page, not a ribbon
  const boxes: UnitBox[] = [];
  const links: Link[] = [];
  const kept = new Map<string, { signature: string; tree: ZoneTree }>();
  const trees = root.children.map((zoneNode) => {
    const signature = signatureOf(zoneNode);
    const before = previous?.trees.get(zoneNode.id);
    const tree = before?.signature === signature ? before.tree : zoneTree(zoneNode);
    kept.set(zoneNode.id, { signature, tree });
    return tree;
  });
  const boxBefore = new Map(previous?.units.map((box) => [box.unit.id, box]));
  const boxOf = (unit: Unit, bureaus: readonly Bureau[], x: number, y: number): UnitBox => {
    const old = boxBefore.get(unit.id);
    return old && sameBox(old, unit, bureaus, x, y) ? old : newBox(unit, bureaus, x, y);
  };
  const totalArea = trees.reduce((sum, t) => sum + (t.width + SIBLING_GAP * 2) * (t.height + LEVEL_GAP), 0);
  const rowLimit = Math.max(1600, ...trees.map((t) => t.width), Math.sqrt(totalArea * 1.8));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let treeWidth = 0;
  for (const t of trees) {
    if (x > 0 && x + t.width > rowLimit) {
      x = 0;
      y += rowHeight + LEVEL_GAP;
      rowHeight = 0;
    }
    const position = new Map<string, UnitBox>();
    for (const n of t.nodes) {
      const unit = nodes.get(n.id)!.unit!;
      const box = boxOf(unit, byUnit.get(n.id)!, x + n.x, y + n.y);
      boxes.push(box);
      position.set(n.id, box);
    }
    for (const [parentId, childId, kind] of t.edges) {
      const a = position.get(parentId)!;
      const b = position.get(childId)!;
      const x1 = a.x + a.width / 2;
      const y1 = a.y + a.height;
      const x2 = b.x + b.width / 2;
      const y2 = b.y;
      const mid = y1 + (y2 - y1) / 2;
      links.push({
        from: parentId, to: childId, kind, path: `M${x1},${y1}V${mid}H${x2}V${y2}`,
        x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1),
      });
    }
    treeWidth = Math.max(treeWidth, x + t.width);
    rowHeight = Math.max(rowHeight, t.height);
    x += t.width + SIBLING_GAP * 3;
  }
  // rows no wider than the trees, or than a screen's worth when they are narrow; folded units stay
  // under the trees
  const bands: Band[] = [];
  const bandOf = new Map<string, Band['kind']>();
  let bandTop = boxes.length > 0 ? Math.max(...boxes.map((b) => b.y + b.height)) + LEVEL_GAP : 0;
  let width = treeWidth;
  for (const [kind, units] of [['locals', locals], ['others', others]] as const) {
    if (units.length === 0) continue;
    const folded = options.fold?.has(kind) ?? false;
    const rowWidth = folded ? Math.max(treeWidth, 3 * (CARD.width + 2 * PAD + SIBLING_GAP)) : Math.max(treeWidth, 1600);
    bands.push({ kind, x: 0, y: bandTop, units: units.length, folded });
    let x = 0;
    let y = bandTop + BAND_HEADING;
    let rowHeight = 0;
    for (const unit of units) {
      bandOf.set(unit.id, kind);
      const size = folded ? { width: CARD.width + 2 * PAD, height: FOLDED_HEIGHT } : sizeOf(unit, byUnit.get(unit.id)!.length);
      if (x > 0 && x + size.width > rowWidth) {
        x = 0;
        y += rowHeight + SIBLING_GAP;
        rowHeight = 0;
      }
      boxes.push(folded ? { unit, x, y, width: size.width, height: size.height, cards: [], folded: true } : boxOf(unit, byUnit.get(unit.id)!, x, y));
      width = Math.max(width, x + size.width);
      x += size.width + SIBLING_GAP;
      rowHeight = Math.max(rowHeight, size.height);
    }
    bandTop = y + rowHeight + LEVEL_GAP;
  }
  const height = Math.max(0, ...boxes.map((b) => b.y + b.height));
  return { units: boxes, links, bands, bandOf, width, height, trees: kept };
}

/** What a zone's tree is laid out from: its units, in order, with their sizes. */
function signatureOf(zone: Node): string {
  const parts: string[] = [];
  const visit = (n: Node, depth: number) => {
    parts.push(`${depth}:${n.id}:${n.width}x${n.height}`);
    for (const child of n.children) visit(child, depth + 1);
  };
  visit(zone, 0);
  return parts.join('\u0000');
}

function sameBox(box: UnitBox, unit: Unit, bureaus: readonly Bureau[], x: number, y: number): boolean {
  if (box.folded || box.unit !== unit || box.x !== x || box.y !== y || box.cards.length !== bureaus.length) return false;
  for (let i = 0; i < bureaus.length; i++) if (box.cards[i]!.bureau !== bureaus[i]) return false;
  return true;
}

function newBox(unit: Unit, bureaus: readonly Bureau[], x: number, y: number): UnitBox {
  const { columns, width, height } = sizeOf(unit, bureaus.length);
  const cards = bureaus.map((bureau, index) => ({
    bureau,
    x: PAD + (index % columns) * (CARD.width + CARD.gap),
    y: HEADER + Math.floor(index / columns) * (CARD.height + CARD.gap),
  }));
  return { unit, x, y, width, height, cards };
}

interface ZoneTree {
  /** each unit's place from the tree's top left, by id: a kept tree serves the next state's units */
  nodes: Array<{ id: string; height: number; x: number; y: number }>;
  edges: Array<[string, string, Link['kind']]>;
  width: number;
  height: number;
}

/** One zone with its offices, towns and streets, laid out by d3-hierarchy; positions from its top left. */
function zoneTree(zone: Node): ZoneTree {
  const laidOut = tree<Node>()
    .nodeSize([1, 1])
    .separation((a, b) => (a.data.width + b.data.width) / 2 + SIBLING_GAP)(hierarchy(zone, (n) => n.children));
  const levelHeight: number[] = [];
  laidOut.each((n) => (levelHeight[n.depth] = Math.max(levelHeight[n.depth] ?? 0, n.data.height)));
  const levelTop: number[] = [0];
  for (let depth = 1; depth < levelHeight.length; depth++) levelTop[depth] = levelTop[depth - 1]! + levelHeight[depth - 1]! + LEVEL_GAP;
  let minX = Infinity;
  let maxX = -Infinity;
  laidOut.each((n) => {
    minX = Math.min(minX, n.x - n.data.width / 2);
    maxX = Math.max(maxX, n.x + n.data.width / 2);
  });
  const nodes: ZoneTree['nodes'] = [];
  const edges: ZoneTree['edges'] = [];
  laidOut.each((n: HierarchyPointNode<Node>) => {
    nodes.push({ id: n.data.id, height: n.data.height, x: n.x - n.data.width / 2 - minX, y: levelTop[n.depth] ?? 0 });
    if (n.parent) edges.push([n.parent.data.id, n.data.id, n.data.unit?.kind === 'office' ? 'parent' : 'territory']);
  });
  const height = Math.max(...nodes.map((n) => n.y + n.height));
  return { nodes, edges, width: maxX - minX, height };
}
