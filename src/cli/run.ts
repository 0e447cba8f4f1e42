// evaluate FILE [--json] [--scenario ID] [--lang zh|en] (SPEC §9). Exit 0 for a valid file,
// 1 for an invalid one (errors on stderr, one a line, each with its JSON path), 2 for wrong usage.
import { buildReport, loadScenarioFile } from '../engine';
import { type Lang, render, translate } from '../i18n';
import { MAX_FILE_BYTES, decodeFile, errorCount, fileError } from '../model';
import { parseArgs } from './args';
import { formatSummary } from './summary';
import { jsonTerminalSafe, terminalSafe } from './terminal';

export interface CliIo {
  /**
   * The file's bytes (or text), or the reason it cannot be read. `size`: it is over the limit and
   * was not read whole (undefined: a stream that went on past the limit).
   */
  readFile(path: string): { text: string } | { bytes: Uint8Array } | { size: number | undefined } | { error: string };
  stdout(text: string): void;
  stderr(text: string): void;
}

export function runEvaluate(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    if (parsed.problem) io.stderr(`${terminalSafe(render(parsed.lang, parsed.problem))}\n`);
    io.stderr(`${translate(parsed.lang, 'cli.usage', {})}\n`);
    return parsed.problem ? 2 : 0;
  }
  const { file, json, scenario, lang } = parsed.args;
  const read = io.readFile(file);
  if ('error' in read) {
    io.stderr(`${terminalSafe(translate(lang, 'cli.unreadable', { file, reason: read.error }))}\n`);
    return 2;
  }
  const text = textOf(read);
  // a file in another encoding is read, and the user told so on a line that begins with `$` (SPEC §9: stderr holds path-led lines)
  if (text.ok && text.encoding !== 'UTF-8') io.stderr(`$  ${translate(lang, 'file.decoded', { encoding: text.encoding })}\n`);
  const loaded = text.ok ? loadScenarioFile(text.text) : { ok: false as const, errors: [text.error] };
  if (!loaded.ok) {
    io.stderr(`${translate(lang, 'cli.invalid', { count: errorCount(loaded.errors) })}\n`);
    // one error a line, always: names and keys from the file may hold line breaks and escape sequences
    for (const error of loaded.errors) io.stderr(`${terminalSafe(error.path)}  ${terminalSafe(error.message[lang])}\n`);
    return 1;
  }
  const known = loaded.loaded.file.scenarios.map((s) => s.id);
  if (scenario !== undefined && !known.includes(scenario)) {
    io.stderr(`${terminalSafe(translate(lang, 'cli.noScenario', { id: scenario, known }))}\n`);
    return 2;
  }
  const report = buildReport(loaded.loaded, { lang, scenario });
  io.stdout(json ? `${jsonTerminalSafe(JSON.stringify(report, null, 2))}\n` : formatSummary(loaded.loaded.file, report, lang as Lang));
  return 0;
}

type Text = { ok: true; text: string; encoding: string } | { ok: false; error: ReturnType<typeof fileError> };

function textOf(read: { text: string } | { bytes: Uint8Array } | { size: number | undefined }): Text {
  if ('text' in read) return { ok: true, text: read.text, encoding: 'UTF-8' };
  if ('size' in read) {
    return { ok: false, error: fileError('$', 'file.tooLargeToRead', { bytes: read.size, limit: MAX_FILE_BYTES }) };
  }
  const decoded = decodeFile(read.bytes);
  return decoded.ok ? { ok: true, text: decoded.text, encoding: decoded.encoding } : decoded;
}
