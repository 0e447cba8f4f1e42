export * from './types';
export { type FileError, childPath, fileError } from './errors';
export { BUILT_IN_FUNCTIONS, functionCatalogue, functionRef } from './functions';
export { MAX_FILE_BYTES, type ParseResult, type ReadablePart, parseScenarioFile, parseValue, utf8Length } from './parse';
export { bureauReferenceErrors, functionReferenceErrors, lookupById, unitReferenceErrors } from './references';
export { clearable, repeatedFunctionErrors, unitKindErrors } from './shapes';
export { serialiseScenarioFile } from './serialise';
export { checkOperation } from './operationShapes';
export { VERSION_TWO_RULES, noteVersionTwoRules } from './version';
