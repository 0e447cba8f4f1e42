// diff A B [--json] [--lang zh|en]: what differs between two scenario files. Exit 0 when they are
// the same, 1 when they differ, 2 on error: wrong usage, or a file that cannot be read or is
// invalid (each error on its own line of standard error: `FILE:JSONPATH  message`).
import type { LoadedFile } from '../engine';
import { type FilesCompared, compareFiles, isEmptyDiff, subjectOf } from '../engine/share';
import { renderCli } from '../i18n/cli';
import { shareText } from '../i18n/share';
import { shareError } from '../engine/share/errors';
import type { FileError, TextEncoding } from '../model';
import { parseDiffArgs } from './diffArgs';
import { formatDiff } from './diffSummary';
import { type CliIo, decodedLine, errorLines, readScenarioFile } from './fileText';
import { jsonTerminalSafe, terminalSafe } from './terminal';

export function runDiff(argv: readonly string[], io: CliIo): number {
  const parsed = parseDiffArgs(argv);
  if (!parsed.ok) {
    if (parsed.help) {
      io.stdout(`${shareText(parsed.lang, 'diff.usage', {})}\n`);
      return 0;
    }
    if (parsed.problem) io.stderr(`${terminalSafe(renderCli(parsed.lang, parsed.problem))}\n`);
    io.stderr(`${shareText(parsed.lang, 'diff.usage', {})}\n`);
    return 2;
  }
  const { files, json, lang } = parsed.args;
  const loaded: LoadedFile[] = [];
  let failed = false;
  for (const path of files) {
    const result = load(path, io);
    if (result.encoding) io.stderr(decodedLine(result.encoding, lang, `${path}:`));
    if (result.ok) loaded.push(result.loaded);
    else {
      failed = true;
      // one error a line, always, and nothing a terminal would act on: names and keys from the file may hold line breaks and escapes
      io.stderr(errorLines(result.errors, lang, `${path}:`));
    }
  }
  if (failed) return 2;
  const [a, b] = loaded as [LoadedFile, LoadedFile];
  const compared = compareFiles(a, b, lang);
  const same = isEmptyDiff(compared.diff);
  io.stdout(json ? `${jsonTerminalSafe(JSON.stringify(asJson(compared, files, a, b, same), null, 2))}\n` : formatDiff(compared, { a, b, paths: files, lang, same }));
  return same ? 0 : 1;
}

function load(path: string, io: CliIo): ({ ok: true; loaded: LoadedFile } | { ok: false; errors: FileError[] }) & { encoding?: TextEncoding } {
  const read = readScenarioFile(io, path);
  if (!read.ok) return { ok: false, errors: [shareError('$', 'diff.unreadable', { reason: read.unreadable })] };
  return { ...read.result, ...(read.encoding ? { encoding: read.encoding } : {}) };
}

/** The differences, each unit, bureau and operation named by id; the figures side by side without each unit's (those that differ are listed). */
function asJson(compared: FilesCompared, paths: readonly string[], a: LoadedFile, b: LoadedFile, same: boolean) {
  const { diff, figures } = compared;
  return {
    format: 'zonereform/diff',
    version: 1,
    a: { path: paths[0], title: a.file.title },
    b: { path: paths[1], title: b.file.title },
    same,
    file: diff.file,
    baseline: diff.baseline,
    proposals: diff.proposals.map((p) =>
      p.change === 'changed' ? { ...p, operations: p.operations.map((op) => ({ ...op, subject: subjectOf(op.operation) })) } : p,
    ),
    figures: figures.map((f) => ({
      state: f.state,
      ...(f.before ? { before: totalsOf(f.before) } : {}),
      ...(f.after ? { after: totalsOf(f.after) } : {}),
      differences: f.differences,
      violations: f.violations,
    })),
  };
}

function totalsOf(side: NonNullable<FilesCompared['figures'][number]['before']>) {
  const { units: _units, ...totals } = side.metrics;
  return { ...totals, ...(side.savings ? { savings: side.savings } : {}), violations: side.violations.length };
}
