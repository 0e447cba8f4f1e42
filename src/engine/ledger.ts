// The per-unit ledger (瘦身台账): for every zone and office, and every other unit a proposal
// touches, its bodies, internal bodies, staff (admin · institutional), leader posts and economic
// share today and in the proposal, each with its change. Pure: the modeller, the compare view, the
// slides and the Office exports all read the same rows.
import type { Bureau, OrgState, Unit, UnitKind } from '../model';
import { type FigureChange, figureChange } from './figureChange';
import { ownValue } from './byId';
import type { UnitMetrics } from './figures';

export interface LedgerFigures {
  bodies: number;
  internalBodies: number;
  staff: number;
  admin: number;
  institutional: number;
  leaderPosts: number;
  economicRatio: number | null;
}

export const LEDGER_COUNTS = ['bodies', 'internalBodies', 'staff', 'admin', 'institutional', 'leaderPosts'] as const;
export type LedgerCount = (typeof LEDGER_COUNTS)[number];

export interface LedgerRow {
  unitId: string;
  /** The unit's name in the proposal (today's where the proposal removed it). */
  name: string;
  /** Today's name where the proposal renamed the unit. */
  nameBefore?: string;
  kind: UnitKind;
  /** null: the unit does not exist on that side (added or removed by the proposal). */
  before: LedgerFigures | null;
  after: LedgerFigures | null;
  /** Each count's change; null where one side has no such unit. */
  changes: Record<LedgerCount, FigureChange | null>;
  /** Whether anything of the unit changed (its figures, its bureaus or its own record). */
  touched: boolean;
}

export interface LedgerInput {
  before: OrgState;
  after: OrgState;
  /** The engine's per-unit figures (SPEC §6 `units`) of today and of the proposal. */
  baseline: Readonly<Record<string, UnitMetrics>>;
  scenario: Readonly<Record<string, UnitMetrics>>;
}

export const KIND_ORDER: Readonly<Record<UnitKind, number>> = { zone: 0, office: 1, town: 2, street: 2, platform: 3, group: 4 };

/** The zone side of a reform: management committees and park offices. */
export const isZoneKind = (kind: UnitKind): boolean => kind === 'zone' || kind === 'office';

/**
 * Rows for every zone and office of either side and every other unit the proposal touches (with
 * `all`, every unit), zones and offices first, each group in the order of the file.
 */
export function ledgerRows(input: LedgerInput, options: { all?: boolean } = {}): LedgerRow[] {
  const bureausBefore = bureausByUnit(input.before);
  const bureausAfter = bureausByUnit(input.after);
  const unitsAfter = new Map(input.after.units.map((u) => [u.id, u]));
  const unitsBefore = new Map(input.before.units.map((u) => [u.id, u]));
  const order = [...input.before.units, ...input.after.units.filter((u) => !unitsBefore.has(u.id))];
  const rows: LedgerRow[] = [];
  for (const unit of order) {
    const was = unitsBefore.get(unit.id);
    const is = unitsAfter.get(unit.id);
    const before = was ? figuresOf(ownValue(input.baseline, unit.id), bureausBefore.get(unit.id)) : null;
    const after = is ? figuresOf(ownValue(input.scenario, unit.id), bureausAfter.get(unit.id)) : null;
    const touched = !was || !is || !sameUnit(was, is) || !sameBureaus(bureausBefore.get(unit.id), bureausAfter.get(unit.id)) || !sameFigures(before, after);
    const kind = (is ?? was)!.kind;
    if (!options.all && !touched && !isZoneKind(kind) && !isZoneKind(was?.kind ?? kind)) continue;
    const changes = Object.fromEntries(LEDGER_COUNTS.map((key) => [key, before && after ? figureChange(before[key], after[key]) : null])) as LedgerRow['changes'];
    rows.push({
      unitId: unit.id,
      name: (is ?? was)!.name,
      ...(was && is && was.name !== is.name ? { nameBefore: was.name } : {}),
      kind,
      before,
      after,
      changes,
      touched,
    });
  }
  // a stable sort: zones, offices, towns and streets, platforms, groups; file order within each
  return rows.map((row, index) => ({ row, index })).sort((a, b) => KIND_ORDER[a.row.kind] - KIND_ORDER[b.row.kind] || a.index - b.index).map((x) => x.row);
}

function figuresOf(metrics: UnitMetrics | undefined, bureaus: readonly Bureau[] | undefined): LedgerFigures | null {
  if (!metrics) return null;
  // the engine's figures as they are; only the admin · institutional split is read from the bureaus
  let admin = 0;
  let institutional = 0;
  for (const bureau of bureaus ?? []) {
    admin += bureau.staff.admin;
    institutional += bureau.staff.institutional;
  }
  return { bodies: metrics.bodies, internalBodies: metrics.internalBodies, staff: metrics.staff, admin, institutional, leaderPosts: metrics.leaderPosts, economicRatio: metrics.economicRatio };
}

function bureausByUnit(state: OrgState): Map<string, Bureau[]> {
  const map = new Map<string, Bureau[]>();
  for (const bureau of state.bureaus) {
    const list = map.get(bureau.unit);
    if (list) list.push(bureau);
    else map.set(bureau.unit, [bureau]);
  }
  return map;
}

function sameUnit(a: Unit, b: Unit): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function sameBureaus(a: readonly Bureau[] = [], b: readonly Bureau[] = []): boolean {
  if (a.length !== b.length) return false;
  // a proposal's untouched bureaus are the baseline's own objects (immer shares them)
  return a.every((bureau, i) => bureau === b[i] || JSON.stringify(bureau) === JSON.stringify(b[i]));
}

function sameFigures(a: LedgerFigures | null, b: LedgerFigures | null): boolean {
  if (!a || !b) return a === b;
  return LEDGER_COUNTS.every((key) => a[key] === b[key]) && a.economicRatio === b.economicRatio;
}
