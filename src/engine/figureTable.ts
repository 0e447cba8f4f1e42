// The figures of SPEC §6 as every view lists them (the panel, the compare table, the command line,
// exports): in one order, each with its name, the saving that goes with it and which way is
// better. Reading a figure is here too, so that no view spells out the shape of `Metrics` again.
import type { MessageKey } from '../i18n';
import type { Metrics, Savings } from './figures';

export type FigureId = 'bodies.internal' | 'bodies.institution' | 'bodies.total' | 'staff.admin' | 'staff.institutional' | 'staff.total' | 'leaderPosts' | 'released';
export type SavingId = keyof Savings;

export interface FigureDef {
  /** Its path in `Metrics`, as the hooks of SPEC §10 name it (`data-metric`). */
  id: FigureId;
  label: MessageKey;
  read(metrics: Metrics): number;
  /** The saving of SPEC §6 that goes with it; `bodies.institution` has none of its own. */
  saving?: SavingId;
  /** Fewer bodies, staff and posts is better; more staff released to platforms is better. */
  better: 'lower' | 'higher';
  format: 'count';
  /** What it counts: a count of bodies takes 个, of people or posts 名 ("减少 2 个"). */
  measure: 'bodies' | 'people' | 'posts';
  /** A total, drawn stronger. */
  total?: boolean;
}

export interface SavingDef {
  id: SavingId;
  label: MessageKey;
  /** The figure it is the saving of (its name when a list of savings is headed by figures). */
  figure: FigureId;
  /** Every saving is positive when the proposal does better than today. */
  better: 'higher';
  format: 'count';
}

export const FIGURES: readonly FigureDef[] = [
  { id: 'bodies.internal', label: 'metric.bodies.internal', read: (m) => m.bodies.internal, saving: 'internalBodies', better: 'lower', format: 'count', measure: 'bodies' },
  { id: 'bodies.institution', label: 'metric.bodies.institution', read: (m) => m.bodies.institution, better: 'lower', format: 'count', measure: 'bodies' },
  { id: 'bodies.total', label: 'metric.bodies.total', read: (m) => m.bodies.total, saving: 'bodies', better: 'lower', format: 'count', measure: 'bodies', total: true },
  { id: 'staff.admin', label: 'metric.staff.admin', read: (m) => m.staff.admin, saving: 'adminStaff', better: 'lower', format: 'count', measure: 'people' },
  { id: 'staff.institutional', label: 'metric.staff.institutional', read: (m) => m.staff.institutional, saving: 'institutionalStaff', better: 'lower', format: 'count', measure: 'people' },
  { id: 'staff.total', label: 'metric.staff.total', read: (m) => m.staff.total, saving: 'staff', better: 'lower', format: 'count', measure: 'people', total: true },
  { id: 'leaderPosts', label: 'metric.leaderPosts', read: (m) => m.leaderPosts, saving: 'leaderPosts', better: 'lower', format: 'count', measure: 'posts', total: true },
  { id: 'released', label: 'metric.released', read: (m) => m.released, saving: 'released', better: 'higher', format: 'count', measure: 'people' },
];

export const SAVINGS: readonly SavingDef[] = [
  { id: 'bodies', label: 'saving.bodies', figure: 'bodies.total', better: 'higher', format: 'count' },
  { id: 'internalBodies', label: 'saving.internalBodies', figure: 'bodies.internal', better: 'higher', format: 'count' },
  { id: 'staff', label: 'saving.staff', figure: 'staff.total', better: 'higher', format: 'count' },
  { id: 'adminStaff', label: 'saving.adminStaff', figure: 'staff.admin', better: 'higher', format: 'count' },
  { id: 'institutionalStaff', label: 'saving.institutionalStaff', figure: 'staff.institutional', better: 'higher', format: 'count' },
  { id: 'leaderPosts', label: 'saving.leaderPosts', figure: 'leaderPosts', better: 'higher', format: 'count' },
  { id: 'released', label: 'saving.released', figure: 'released', better: 'higher', format: 'count' },
];

/**
 * The figures as the meeting views and exports list them: staff handed to company platforms right
 * under the staff total, as a part of it ("其中划转公司平台"), not as a figure or a saving of their own.
 */
export const FIGURES_WITH_PARTS: readonly (FigureDef & { part?: true })[] = FIGURES.filter((f) => f.id !== 'released').flatMap((f) =>
  f.id === 'staff.total' ? [f, { ...FIGURES.find((r) => r.id === 'released')!, label: 'figures.ofWhichPlatform' as const, part: true as const }] : [f],
);

/** Each zone's and office's economic share (SPEC §6), a ratio: a higher share is better. */
export const ECONOMIC_RATIO = { label: 'metric.economicRatio', better: 'higher', format: 'ratio' } as const satisfies { label: MessageKey; better: 'higher'; format: 'ratio' };

export function figureDef(id: FigureId): FigureDef {
  return FIGURES.find((f) => f.id === id)!;
}

/** Where savings come from, in the order the compare view stacks them: the kinds of operation. */
export const SAVING_SOURCES = ['move', 'platform', 'merge', 'abolish', 'create', 'edit', 'units'] as const;
export type SavingSource = (typeof SAVING_SOURCES)[number];
