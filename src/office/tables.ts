// What the app loads (with `import()`, in a chunk of its own) to read and write tables: the
// import of SPEC §11, the .xlsx export and the template. The deck (./deck) and the document
// (./document) are chunks of their own again: each is loaded only when asked for.
export { type ImportOptions, type ImportPreview, type PreviewUnit, type TableError, type TableImportResult, type TableNotice, importTable } from './tableImport';
export { type MeetingPack, type ProposalPack, meetingPack } from './meetingPack';
export { isIllustrative } from '../engine/provenance';
export { templateWorkbook } from './template';
export { exportWorkbook } from './workbookExport';
