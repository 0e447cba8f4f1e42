// evaluate FILE [--json] [--scenario ID] [--lang zh|en] (SPEC §9). Exit 0 for a valid file,
// 1 for an invalid one (errors on stderr, one a line, each starting with its JSON path, and nothing
// else there: the count goes to stdout), 2 for wrong usage.
import { buildReport, reportJson } from '../engine';
import type { Lang } from '../i18n';
import { renderCli, translateCli } from '../i18n/cli';
import { errorCount } from '../model';
import { describeFileErrors } from '../model/describe';
import { parseArgs } from './args';
import { type CliIo, decodedLine, errorLines, readScenarioFile } from './fileText';
import { formatSummary } from './summary';
import { jsonTerminalSafe, terminalSafe } from './terminal';

export type { CliIo } from './fileText';

export function runEvaluate(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    if (parsed.problem) io.stderr(`${terminalSafe(renderCli(parsed.lang, parsed.problem))}\n`);
    io.stderr(`${translateCli(parsed.lang, 'cli.usage', {})}\n`);
    return parsed.problem ? 2 : 0;
  }
  const { file, json, scenario, lang } = parsed.args;
  const read = readScenarioFile(io, file);
  if (!read.ok) {
    io.stderr(`${terminalSafe(translateCli(lang, 'cli.unreadable', { file, reason: read.unreadable }))}\n`);
    return 2;
  }
  // a file in another encoding is read, and the user told so on a line that begins with `$` (SPEC §9: stderr holds path-led lines)
  if (read.encoding) io.stderr(decodedLine(read.encoding, lang));
  const loaded = read.result;
  if (!loaded.ok) {
    // standard error holds the errors alone, so that a program can read each line as path + message
    io.stdout(`${translateCli(lang, 'cli.invalid', { count: errorCount(loaded.errors) })}\n`);
    // each error names the bureau or unit it is about, read from the file's text
    io.stderr(errorLines(read.text === undefined ? loaded.errors : describeFileErrors(loaded.errors, read.text), lang));
    return 1;
  }
  const known = loaded.loaded.file.scenarios.map((s) => s.id);
  if (scenario !== undefined && !known.includes(scenario)) {
    io.stderr(`${terminalSafe(translateCli(lang, 'cli.noScenario', { id: scenario, known }))}\n`);
    return 2;
  }
  const report = buildReport(loaded.loaded, { lang, scenario });
  io.stdout(json ? `${jsonTerminalSafe(JSON.stringify(reportJson(report), null, 2))}\n` : formatSummary(loaded.loaded.file, report, lang as Lang));
  return 0;
}
