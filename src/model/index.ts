// The model as the page, the engine and the command line import it. Reading files is imported from
// its own modules instead: the parser (./parse.ts) and the decoders (./encoding.ts). The page never
// runs the parser (the worker reads what it opens) and decodes only a file the user chooses (a chunk
// fetched then), and a module this index names is bundled with the first page whether it runs there
// or not.
export * from './types';
export { type FileError, childPath, fileError } from './errors';
export { BUILT_IN_FUNCTIONS, functionCatalogue, functionRef } from './functions';
export type { DecodedFile, TextEncoding } from './encoding';
export { ErrorList, MAX_FILE_BYTES, MAX_LISTED_ERRORS, boundedErrors, errorCount } from './limits';
export { bureauReferenceErrors, functionReferenceErrors, lookupById, unitReferenceErrors } from './references';
export { clearable, repeatedFunctionErrors, unitKindErrors } from './shapes';
export { serialiseScenarioFile } from './serialise';
export { checkOperation } from './operationShapes';
export { VERSION_TWO_RULES, noteVersionTwoRules } from './version';
