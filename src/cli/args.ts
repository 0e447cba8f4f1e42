import { type CliMessage, cliMessage } from '../i18n/cli';
import { type Lang, isLang } from '../i18n';

export interface EvaluateArgs {
  file: string;
  json: boolean;
  scenario?: string;
  lang: Lang;
}

export type ArgsResult = { ok: true; args: EvaluateArgs } | { ok: false; lang: Lang; problem?: CliMessage };

/** `FILE [--json] [--scenario ID] [--lang zh|en]`, options in any order; `--x=v` also works. */
export function parseArgs(argv: readonly string[]): ArgsResult {
  const files: string[] = [];
  let json = false;
  let scenario: string | undefined;
  let lang: Lang = 'zh';
  let problem: CliMessage | undefined;
  const rest = argv.flatMap((arg) => (/^--(scenario|lang)=/.test(arg) ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg]));
  for (let i = 0; i < rest.length && !problem; i++) {
    const arg = rest[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--scenario' || arg === '--lang') {
      const value = rest[++i];
      if (value === undefined) problem = cliMessage('cli.missingValue', { option: arg });
      else if (arg === '--scenario') scenario = value;
      else if (isLang(value)) lang = value;
      else problem = cliMessage('cli.badOption', { option: `--lang ${value}` });
    } else if (arg === '--help' || arg === '-h') return { ok: false, lang };
    else if (arg.startsWith('-') && arg !== '-') problem = cliMessage('cli.badOption', { option: arg });
    else files.push(arg);
  }
  if (!problem && files.length !== 1) problem = cliMessage('cli.oneFile', {});
  if (problem) return { ok: false, lang, problem };
  return { ok: true, args: { file: files[0]!, json, scenario, lang } };
}
