// evaluate FILE [--json] [--scenario ID] [--lang zh|en] (SPEC §9). Exit 0 for a valid file,
// 1 for an invalid one (errors on stderr, one a line, each starting with its JSON path, and nothing
// else there: the count goes to stdout), 2 for wrong usage.
import { buildReport, loadScenarioFile, reportJson } from '../engine';
import type { Lang } from '../i18n';
import { renderCli, translateCli } from '../i18n/cli';
import { MAX_FILE_BYTES, fileError } from '../model';
import { describeFileErrors } from '../model/describe';
import { parseArgs } from './args';
import { formatSummary } from './summary';

export interface CliIo {
  /** The file's text, or the reason it cannot be read. */
  readFile(path: string): { text: string } | { size: number } | { error: string };
  stdout(text: string): void;
  stderr(text: string): void;
}

export function runEvaluate(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    if (parsed.problem) io.stderr(`${renderCli(parsed.lang, parsed.problem)}\n`);
    io.stderr(`${translateCli(parsed.lang, 'cli.usage', {})}\n`);
    return parsed.problem ? 2 : 0;
  }
  const { file, json, scenario, lang } = parsed.args;
  const read = io.readFile(file);
  if ('error' in read) {
    io.stderr(`${translateCli(lang, 'cli.unreadable', { file, reason: read.error })}\n`);
    return 2;
  }
  const loaded =
    'size' in read
      ? { ok: false as const, errors: [fileError('$', 'file.tooLarge', { bytes: read.size, limit: MAX_FILE_BYTES })] }
      : loadScenarioFile(read.text);
  if (!loaded.ok) {
    // standard error holds the errors alone, so that a program can read each line as path + message
    io.stdout(`${translateCli(lang, 'cli.invalid', { count: loaded.errors.length })}\n`);
    // one error a line, always: names and keys from the file may hold line breaks
    const errors = 'text' in read ? describeFileErrors(loaded.errors, read.text) : loaded.errors;
    for (const error of errors) io.stderr(`${oneLine(error.path)}  ${error.subject ? `${oneLine(error.subject[lang])}${lang === 'zh' ? '：' : ': '}` : ''}${oneLine(error.message[lang])}\n`);
    return 1;
  }
  const known = loaded.loaded.file.scenarios.map((s) => s.id);
  if (scenario !== undefined && !known.includes(scenario)) {
    io.stderr(`${translateCli(lang, 'cli.noScenario', { id: scenario, known })}\n`);
    return 2;
  }
  const report = buildReport(loaded.loaded, { lang, scenario });
  io.stdout(json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : formatSummary(loaded.loaded.file, report, lang as Lang));
  return 0;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}
