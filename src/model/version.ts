// A file that says version 1 is read by the rules of version 2 (SPEC §3). Where one of the rules
// that version 2 added refuses it, the error says so: the file was valid when it was written.
import { translateEngine as translate } from '../i18n/engine';
import type { Localized } from '../i18n/lang';
import type { FileError } from './errors';
import type { FileVersion } from './types';

/** The codes of the errors that only version 2 makes: jointWith pairs, chains and targets, repeated duties. */
export const VERSION_TWO_RULES: ReadonlySet<string> = new Set(['jointWith.pair', 'jointWith.chain', 'jointWith.kind', 'functionDef.repeat', 'function.repeat']);

function noted(message: Localized): Localized {
  return { zh: translate('zh', 'version.v2rule', { detail: message.zh }), en: translate('en', 'version.v2rule', { detail: message.en }) };
}

/** `errors`, those of a version-2 rule saying so when the file says version 1. */
export function noteVersionTwoRules(errors: FileError[], version: FileVersion): FileError[] {
  if (version !== 1) return errors;
  return errors.map((error) => (VERSION_TWO_RULES.has(error.code) ? { ...error, message: noted(error.message) } : error));
}
