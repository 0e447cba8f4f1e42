// An organisation chart laid out for slides: each unit a column (its header, then its bureaus),
// a unit with many bureaus continued in the next column, the columns of a zone kept together
// with its offices and the towns and streets it covers, and as many slides as it takes.
import { type Metrics, type UnitMetrics, unitFiguresOf } from '../engine';
import type { Bureau, OrgState, Unit } from '../model';

export interface ChartBlock {
  unit: Unit;
  figures?: UnitMetrics;
  bureaus: Bureau[];
  /** this block continues the unit of the block before */
  continued: boolean;
}

/** One column of a slide: units stacked, each its header (two rows) and its bureaus (a row each). */
export interface ChartColumn {
  blocks: ChartBlock[];
}

/** Rows a unit's header takes. */
export const HEADER_ROWS = 2;

/** Zones first, each followed by its offices and the towns and streets it covers; then the rest. */
function groups(units: readonly Unit[]): Unit[][] {
  const placed = new Set<string>();
  const out: Unit[][] = [];
  const take = (unit: Unit | undefined, group: Unit[]) => {
    if (!unit || placed.has(unit.id)) return;
    placed.add(unit.id);
    group.push(unit);
  };
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const zone of units.filter((u) => u.kind === 'zone')) {
    const group: Unit[] = [];
    take(zone, group);
    for (const office of units.filter((u) => u.kind === 'office' && u.parent === zone.id)) {
      take(office, group);
      for (const id of office.territory ?? []) take(byId.get(id), group);
    }
    for (const id of zone.territory ?? []) take(byId.get(id), group);
    out.push(group);
  }
  for (const unit of units) {
    const group: Unit[] = [];
    take(unit, group);
    for (const id of unit.territory ?? []) take(byId.get(id), group);
    if (group.length > 0) out.push(group);
  }
  return out;
}

/** Slides of columns of `rows` rows: a zone's group starts a column, and a slide where it fits on one. */
export function chartPages(state: OrgState, metrics: Metrics, rows: number, perPage: number): ChartColumn[][] {
  const byUnit = new Map<string, Bureau[]>();
  for (const bureau of state.bureaus) byUnit.set(bureau.unit, [...(byUnit.get(bureau.unit) ?? []), bureau]);
  const used = (column: ChartColumn) => column.blocks.reduce((n, b) => n + HEADER_ROWS + b.bureaus.length, 0);
  const pages: ChartColumn[][] = [];
  let page: ChartColumn[] = [];
  for (const group of groups(state.units)) {
    const columns: ChartColumn[] = [{ blocks: [] }];
    for (const unit of group) {
      let bureaus = byUnit.get(unit.id) ?? [];
      let continued = false;
      do {
        let column = columns[columns.length - 1]!;
        const free = rows - used(column);
        // a unit that would be cut here but fits whole in a column of its own starts one
        const cut = !continued && free < HEADER_ROWS + bureaus.length && HEADER_ROWS + bureaus.length <= rows;
        if (column.blocks.length > 0 && (cut || free < HEADER_ROWS + Math.min(1, bureaus.length))) columns.push((column = { blocks: [] }));
        const take = Math.min(bureaus.length, rows - used(column) - HEADER_ROWS);
        column.blocks.push({ unit, figures: unitFiguresOf(metrics, unit.id), bureaus: bureaus.slice(0, take), continued });
        bureaus = bureaus.slice(take);
        continued = true;
        if (bureaus.length > 0) columns.push({ blocks: [] });
      } while (bureaus.length > 0);
    }
    // a group starts a new slide rather than being cut, where it fits on one
    if (page.length > 0 && page.length + columns.length > perPage && columns.length <= perPage) {
      pages.push(page);
      page = [];
    }
    for (const column of columns) {
      if (page.length === perPage) {
        pages.push(page);
        page = [];
      }
      page.push(column);
    }
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

export { type BureauMark, bureauMarks } from '../engine/bureauMarks';
