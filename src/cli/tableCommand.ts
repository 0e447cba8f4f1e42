// npm run table (SPEC §11): `import FILE.xlsx|FILE.csv` → a scenario file on standard output;
// `export FILE.json` → .xlsx (or .pptx, .docx) on standard output; `template` → the template.
// Exit 0 done, 1 invalid input (every error on standard error, one a line, each beginning with
// its place: `机构!F12` or the JSON path), 2 wrong usage or a file that cannot be read (SPEC §9).
import { type Lang, isLang } from '../i18n';
import { translateCli } from '../i18n/cli';
import { officeText } from '../i18n/office';
import { UNIT_KINDS, type UnitKind, serialiseScenarioFile } from '../model';
import { exportDeck } from '../office/deck';
import { exportDocument } from '../office/document';
import { meetingPack } from '../office/meetingPack';
import { importTable } from '../office/tableImport';
import { templateWorkbook } from '../office/template';
import { exportWorkbook } from '../office/workbookExport';
import { type BinaryIo, bytesOf, decodedLine, errorLines, readScenarioFile } from './fileText';
import { jsonTerminalSafe, terminalSafe } from './terminal';

/** Files read as every command reads them (./fileText.ts); workbooks and decks written to standard output. */
export type TableIo = BinaryIo;

type Format = 'xlsx' | 'pptx' | 'docx';

export async function runTable(argv: readonly string[], io: TableIo): Promise<number> {
  let lang: Lang = 'zh';
  const files: string[] = [];
  const scenarios: string[] = [];
  const kinds: Record<string, UnitKind> = Object.create(null) as Record<string, UnitKind>;
  let format: Format = 'xlsx';
  const usage = (problem?: string) => {
    if (problem) io.stderr(`${terminalSafe(problem)}\n`);
    io.stderr(`${officeText(lang, 'office.cli.usage', {})}\n`);
    return problem ? 2 : 0;
  };
  const rest = argv.flatMap((arg) => (/^--(scenario|lang|kind)=/.test(arg) ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg]));
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--help' || arg === '-h') return usage();
    if (arg === '--xlsx' || arg === '--pptx' || arg === '--docx') format = arg.slice(2) as Format;
    else if (arg === '--scenario' || arg === '--lang' || arg === '--kind') {
      const value = rest[++i];
      if (value === undefined) return usage(translateCli(lang, 'cli.missingValue', { option: arg }));
      if (arg === '--scenario') scenarios.push(value);
      else if (arg === '--lang') {
        if (!isLang(value)) return usage(translateCli(lang, 'cli.badOption', { option: `--lang ${value}` }));
        lang = value;
      } else {
        const at = value.lastIndexOf('=');
        const kind = value.slice(at + 1);
        if (at <= 0 || !(UNIT_KINDS as readonly string[]).includes(kind)) return usage(officeText(lang, 'office.cli.badKind', { value }));
        kinds[value.slice(0, at)] = kind as UnitKind;
      }
    } else if (arg.startsWith('-') && arg !== '-') return usage(translateCli(lang, 'cli.badOption', { option: arg }));
    else files.push(arg);
  }
  const [command, path, ...extra] = files;
  if (command === 'template' && path === undefined) {
    io.stdout(templateWorkbook(lang));
    return 0;
  }
  if ((command !== 'import' && command !== 'export') || path === undefined || extra.length > 0) return usage(translateCli(lang, 'cli.oneFile', {}));
  return command === 'import' ? importCommand(io, path, kinds, lang) : exportCommand(io, path, { scenarios, format, lang });
}

function unreadable(io: TableIo, path: string, reason: string, lang: Lang): number {
  io.stderr(`${terminalSafe(translateCli(lang, 'cli.unreadable', { file: path, reason }))}\n`);
  return 2;
}

/** `import FILE.xlsx|FILE.csv`: a scenario file on standard output, or every error of the table. */
function importCommand(io: TableIo, path: string, kinds: Record<string, UnitKind>, lang: Lang): number {
  const read = io.readFile(path);
  if ('error' in read) return unreadable(io, path, read.error, lang);
  const bytes = bytesOf(read);
  // a table's text is decoded by its own reader (CSV in UTF-8, GB18030 or UTF-16: SPEC §11)
  const result = bytes.ok ? importTable(bytes.bytes, { fileName: path, kinds }) : { ok: false as const, errors: [bytes.error] };
  if (!result.ok) {
    for (const error of result.errors) {
      const text = terminalSafe(error.message[lang]);
      io.stderr(`${text.startsWith(error.path) ? text : `${terminalSafe(error.path)}  ${text}`}\n`);
    }
    return 1;
  }
  io.stdout(jsonTerminalSafe(serialiseScenarioFile(result.file)));
  return 0;
}

/** `export FILE.json`: the workbook (or deck, or document) of the chosen proposals on standard output. */
async function exportCommand(io: TableIo, path: string, { scenarios, format, lang }: { scenarios: string[]; format: Format; lang: Lang }): Promise<number> {
  const read = readScenarioFile(io, path);
  if (!read.ok) return unreadable(io, path, read.unreadable, lang);
  if (read.encoding) io.stderr(decodedLine(read.encoding, lang));
  const loaded = read.result;
  if (!loaded.ok) {
    io.stderr(errorLines(loaded.errors, lang));
    return 1;
  }
  const file = loaded.loaded.file;
  const known = file.scenarios.map((s) => s.id);
  const unknown = scenarios.find((id) => !known.includes(id));
  if (unknown !== undefined) {
    io.stderr(`${terminalSafe(translateCli(lang, 'cli.noScenario', { id: unknown, known }))}\n`);
    return 2;
  }
  const pack = meetingPack(file, scenarios.length > 0 ? scenarios : known, lang);
  if (!pack.ok) {
    io.stderr(errorLines(pack.errors, lang));
    return 1;
  }
  const bytes = format === 'xlsx' ? exportWorkbook(file, pack.pack) : format === 'pptx' ? await exportDeck(pack.pack) : await exportDocument(pack.pack);
  io.stdout(bytes);
  return 0;
}
