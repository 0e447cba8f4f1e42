// The figures of SPEC §6 as the views list them, and the sources savings are broken down by:
// the engine's tables, which the UI reaches through here.
import { FIGURES, type FigureDef } from '../engine/figureTable';

export { ECONOMIC_RATIO, FIGURES, type FigureDef, type FigureId, SAVINGS, SAVING_SOURCES, type SavingDef, type SavingId, type SavingSource } from '../engine/figureTable';


/**
 * The figures as the meeting views list them: staff handed to company platforms right under the
 * staff total, as a part of it ("其中划转公司平台"), not as a figure or a saving of their own.
 */
export const FIGURES_WITH_PARTS: readonly (FigureDef & { part?: boolean })[] = FIGURES.filter((f) => f.id !== 'released').flatMap((f) =>
  f.id === 'staff.total' ? [f, { ...FIGURES.find((r) => r.id === 'released')!, label: 'figures.ofWhichPlatform' as const, part: true }] : [f],
);
