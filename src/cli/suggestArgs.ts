// npm run suggest -- FILE [--scenario ID] [--objective …] [--lock ID,…] [--no-abolitions]
// [--no-hand-overs] [--also RULE,…] [--json] [--lang zh|en]; options in any order, `--x=v` too.
import { type Lang, isLang } from '../i18n';
import { planMessage } from '../i18n/plan';
import { type CliMessage, cliMessage } from '../i18n/cli';
import { OBJECTIVES, type Objective, PLAN_WARNINGS, type SuggestRequest } from '../plan/types';

export interface SuggestArgs {
  file: string;
  json: boolean;
  lang: Lang;
  request: SuggestRequest;
}

export type SuggestArgsResult = { ok: true; args: SuggestArgs } | { ok: false; lang: Lang; problem?: CliMessage };

const VALUED = ['--scenario', '--objective', '--lock', '--also', '--lang'];

export function parseSuggestArgs(argv: readonly string[]): SuggestArgsResult {
  const files: string[] = [];
  const request: SuggestRequest = { from: 'baseline', objective: 'fewest-changes', locks: { ids: [], noAbolitions: false, noHandOvers: false }, warnings: [] };
  let json = false;
  let lang: Lang = 'zh';
  let problem: CliMessage | undefined;
  const rest = argv.flatMap((arg) => {
    const at = arg.indexOf('=');
    return at > 0 && VALUED.includes(arg.slice(0, at)) ? [arg.slice(0, at), arg.slice(at + 1)] : [arg];
  });
  const list = (value: string) => value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  for (let i = 0; i < rest.length && !problem; i++) {
    const arg = rest[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--no-abolitions') request.locks.noAbolitions = true;
    else if (arg === '--no-hand-overs') request.locks.noHandOvers = true;
    else if (VALUED.includes(arg)) {
      const value = rest[++i];
      if (value === undefined) problem = cliMessage('cli.missingValue', { option: arg });
      else if (arg === '--scenario') request.from = value;
      else if (arg === '--lock') request.locks.ids.push(...list(value));
      else if (arg === '--objective') {
        if ((OBJECTIVES as readonly string[]).includes(value)) request.objective = value as Objective;
        else problem = planMessage('plan.cli.badObjective', { value });
      } else if (arg === '--also') {
        for (const rule of list(value)) {
          if ((PLAN_WARNINGS as readonly string[]).includes(rule)) request.warnings.push(rule as (typeof PLAN_WARNINGS)[number]);
          else problem ??= planMessage('plan.cli.badRule', { value: rule });
        }
      } else if (isLang(value)) lang = value;
      else problem = cliMessage('cli.badOption', { option: `--lang ${value}` });
    } else if (arg === '--help' || arg === '-h') return { ok: false, lang };
    else if (arg.startsWith('-') && arg !== '-') problem = cliMessage('cli.badOption', { option: arg });
    else files.push(arg);
  }
  if (!problem && files.length !== 1) problem = cliMessage('cli.oneFile', {});
  if (problem) return { ok: false, lang, problem };
  return { ok: true, args: { file: files[0]!, json, lang, request } };
}
