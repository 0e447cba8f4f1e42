import { type Lang, type Message, isLang, message } from '../i18n';

export interface EvaluateArgs {
  file: string;
  json: boolean;
  scenario?: string;
  lang: Lang;
}

export type ArgsResult = { ok: true; args: EvaluateArgs } | { ok: false; lang: Lang; problem?: Message };

/** `FILE [--json] [--scenario ID] [--lang zh|en]`, options in any order; `--x=v` also works. */
export function parseArgs(argv: readonly string[]): ArgsResult {
  const files: string[] = [];
  let json = false;
  let scenario: string | undefined;
  let lang: Lang = 'zh';
  let problem: Message | undefined;
  const rest = argv.flatMap((arg) => (/^--(scenario|lang)=/.test(arg) ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg]));
  for (let i = 0; i < rest.length && !problem; i++) {
    const arg = rest[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--scenario' || arg === '--lang') {
      const value = rest[++i];
      if (value === undefined) problem = message('cli.missingValue', { option: arg });
      else if (arg === '--scenario') scenario = value;
      else if (isLang(value)) lang = value;
      else problem = message('cli.badOption', { option: `--lang ${value}` });
    } else if (arg === '--help' || arg === '-h') return { ok: false, lang };
    else if (arg.startsWith('-') && arg !== '-') problem = message('cli.badOption', { option: arg });
    else files.push(arg);
  }
  if (!problem && files.length !== 1) problem = message('cli.oneFile', {});
  if (problem) return { ok: false, lang, problem };
  return { ok: true, args: { file: files[0]!, json, scenario, lang } };
}
