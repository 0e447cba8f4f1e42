// The figures of SPEC §6 as the views list them, and the kinds of operation savings are broken
// down by: the engine's tables, which the UI reaches through here.
export { ECONOMIC_RATIO, FIGURES, type FigureDef, type FigureId, SAVINGS, type SavingDef, type SavingId } from '../engine/figureTable';
export { CHANGE_KINDS } from '../engine/breakdown';
