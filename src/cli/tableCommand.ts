// npm run table (SPEC §11): `import FILE.xlsx|FILE.csv` → a scenario file on standard output;
// `export FILE.json` → .xlsx (or .pptx, .docx) on standard output; `template` → the template.
// Exit 0 done, 1 invalid input (every error on standard error, one a line, each beginning with
// its place: `机构!F12` or the JSON path), 2 wrong usage or a file that cannot be read (SPEC §9).
import { loadScenarioFile } from '../engine';
import { type Lang, isLang, translate } from '../i18n';
import { translateCli } from '../i18n/cli';
import { officeText } from '../i18n/office';
import { UNIT_KINDS, type UnitKind, serialiseScenarioFile } from '../model';
import { exportDeck } from '../office/deck';
import { exportDocument } from '../office/document';
import { meetingPack } from '../office/meetingPack';
import { importTable } from '../office/tableImport';
import { templateWorkbook } from '../office/template';
import { exportWorkbook } from '../office/workbookExport';

export interface TableIo {
  readBytes(path: string): { bytes: Uint8Array } | { error: string };
  stdout(data: string | Uint8Array): void;
  stderr(text: string): void;
}

type Format = 'xlsx' | 'pptx' | 'docx';

const oneLine = (text: string) => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');

export async function runTable(argv: readonly string[], io: TableIo): Promise<number> {
  let lang: Lang = 'zh';
  const files: string[] = [];
  const scenarios: string[] = [];
  const kinds: Record<string, UnitKind> = Object.create(null) as Record<string, UnitKind>;
  let format: Format = 'xlsx';
  const usage = (problem?: string) => {
    if (problem) io.stderr(`${problem}\n`);
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
  const read = io.readBytes(path);
  if ('error' in read) {
    io.stderr(`${translateCli(lang, 'cli.unreadable', { file: path, reason: read.error })}\n`);
    return 2;
  }
  if (command === 'import') {
    const result = importTable(read.bytes, { fileName: path, kinds });
    if (!result.ok) {
      for (const error of result.errors) {
        const text = oneLine(error.message[lang]);
        io.stderr(`${text.startsWith(error.path) ? text : `${error.path}  ${text}`}\n`);
      }
      return 1;
    }
    io.stdout(serialiseScenarioFile(result.file));
    return 0;
  }
  const loaded = loadScenarioFile(new TextDecoder().decode(read.bytes));
  if (!loaded.ok) {
    for (const error of loaded.errors) io.stderr(`${oneLine(error.path)}  ${oneLine(error.message[lang])}\n`);
    return 1;
  }
  const file = loaded.loaded.file;
  const known = file.scenarios.map((s) => s.id);
  const unknown = scenarios.find((id) => !known.includes(id));
  if (unknown !== undefined) {
    io.stderr(`${translateCli(lang, 'cli.noScenario', { id: unknown, known })}\n`);
    return 2;
  }
  const pack = meetingPack(file, scenarios.length > 0 ? scenarios : known, lang);
  if (!pack.ok) {
    for (const error of pack.errors) io.stderr(`${oneLine(error.path)}  ${oneLine(error.message[lang])}\n`);
    return 1;
  }
  const bytes = format === 'xlsx' ? exportWorkbook(file, pack.pack) : format === 'pptx' ? await exportDeck(pack.pack) : await exportDocument(pack.pack);
  io.stdout(bytes);
  return 0;
}
