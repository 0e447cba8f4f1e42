// What the meeting views show, computed by the engine (the per-unit ledger, the savings story,
// each figure's change, whether the data are illustrative) and reached by the UI through here; the
// before/after story of the units a proposal touches is the app's own (./story.ts).
export { type Direction, type FigureChange, directionOf, figureChange, ratioChange } from '../../engine/figureChange';
export { LEDGER_COUNTS, type LedgerCount, type LedgerFigures, type LedgerInput, type LedgerRow, isZoneKind, ledgerRows } from '../../engine/ledger';
export { type BureauMark, bureauMarks } from '../../engine/bureauMarks';
export { isIllustrative } from '../../engine/provenance';
export { type SavingsInput, type SavingsStory, type StaffFlows, platformShare, savingsStory } from '../../engine/savingsStory';
