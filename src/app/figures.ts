// The figures of SPEC §6 as the views list them, and the sources savings are broken down by:
// the engine's tables, which the UI reaches through here. A unit's figures are read as own
// properties only (engine/byId.ts): a unit may be called `toString` or `__proto__`.
export { ECONOMIC_RATIO, FIGURES, FIGURES_WITH_PARTS, type FigureDef, type FigureId, SAVINGS, SAVING_SOURCES, type SavingDef, type SavingId, type SavingSource } from '../engine/figureTable';
export { ownValue, unitFiguresOf } from '../engine/byId';
