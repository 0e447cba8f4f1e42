import { type Lang, isLang, message } from '../i18n';
import { type CliMessage, cliMessage } from '../i18n/cli';
import { shareMessage } from '../i18n/share';

export interface DiffArgs {
  files: [string, string];
  json: boolean;
  lang: Lang;
}

export type DiffArgsResult = { ok: true; args: DiffArgs } | { ok: false; lang: Lang; help: boolean; problem?: CliMessage };

/** `A B [--json] [--lang zh|en]`, options in any order; `--lang=en` also works; `--` ends the options. */
export function parseDiffArgs(argv: readonly string[]): DiffArgsResult {
  const files: string[] = [];
  let json = false;
  let lang: Lang = 'zh';
  let problem: CliMessage | undefined;
  let help = false;
  const rest = argv.flatMap((arg) => (arg.startsWith('--lang=') ? ['--lang', arg.slice('--lang='.length)] : [arg]));
  let options = true;
  for (let i = 0; i < rest.length && !problem; i++) {
    const arg = rest[i]!;
    if (options && arg === '--') options = false;
    else if (options && arg === '--json') json = true;
    else if (options && arg === '--lang') {
      const value = rest[++i];
      if (value === undefined) problem = cliMessage('cli.missingValue', { option: arg });
      else if (isLang(value)) lang = value;
      else problem = cliMessage('cli.badOption', { option: `--lang ${value}` });
    } else if (options && (arg === '--help' || arg === '-h')) help = true;
    else if (options && arg.startsWith('-') && arg !== '-') problem = cliMessage('cli.badOption', { option: arg });
    else files.push(arg);
  }
  if (help && !problem) return { ok: false, lang, help };
  if (!problem && files.length !== 2) problem = shareMessage('diff.twoFiles', {});
  if (problem) return { ok: false, lang, help: false, problem };
  return { ok: true, args: { files: [files[0]!, files[1]!], json, lang } };
}
