// The command line's words: its own catalogue (cli-zh.ts, cli-en.ts) beside the screen's and the
// engine's (./index.ts). Only src/cli imports this.
import { cliEn } from './cli-en';
import { cliZh } from './cli-zh';
import { type Message, render } from './index';
import type { Lang } from './lang';
import { type PlanMessage, isPlanKey, translatePlan } from './plan';
import { type ShareMessage, isShareKey, shareText } from './share';

type CliCatalogue = typeof cliZh;
export type CliKey = keyof CliCatalogue;
export type CliArgs<K extends CliKey> = Parameters<CliCatalogue[K]> extends [] ? Record<string, never> : Parameters<CliCatalogue[K]>[0];

/** A message of the command line (or the planner's, or any other) not yet put into words. */
export type CliMessage = { key: CliKey; args: CliArgs<CliKey> } | PlanMessage | ShareMessage | Message;

const catalogues: Record<Lang, CliCatalogue> = { zh: cliZh, en: cliEn };

export function cliMessage<K extends CliKey>(key: K, args: CliArgs<K>): CliMessage {
  return { key, args } as CliMessage;
}

export function translateCli<K extends CliKey>(lang: Lang, key: K, args: CliArgs<K>): string {
  return (catalogues[lang][key] as (a: CliArgs<K>) => string)(args);
}

export function renderCli(lang: Lang, message: CliMessage): string {
  if (Object.hasOwn(catalogues[lang], message.key)) return translateCli(lang, message.key as CliKey, message.args as never);
  if (isPlanKey(message.key)) return translatePlan(lang, message.key, message.args as never);
  if (isShareKey(message.key)) return shareText(lang, message.key, message.args as never);
  return render(lang, message as Message);
}
