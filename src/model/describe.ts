// File errors in the words of the people who read them. A path such as $.bureaus[3].staff.admin
// means nothing to a reform designer: each error is given the bureau or unit it is about, by name
// and id (and for a bureau, its unit), read from the file itself. A text that is not JSON at all
// gets, in the reader's language, the line and column where it goes wrong, what is wrong there and
// the line itself, instead of the browser's English message.
import { describeText as translate } from '../i18n/describe';
import type { Lang, Localized } from '../i18n/lang';
import type { FileError } from './errors';
import { findJsonFault } from './jsonFault';
import { MAX_FILE_BYTES } from './limits';

type Json = Record<string, unknown>;

/** Errors past this many are left as they are (a file with very many errors lists the first few hundred anyway). */
const DESCRIBED = 2000;

const both = (text: (lang: Lang) => string): Localized => ({ zh: text('zh'), en: text('en') });
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The errors of a refused file, each with what it is about; a JSON syntax error in words. */
export function describeFileErrors(errors: readonly FileError[], source: string): FileError[] {
  // a file too large to read is not read again to describe it
  if (source.length > MAX_FILE_BYTES) return [...errors];
  const body = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch {
    return errors.map((error) => (error.code === 'file.notJson' ? syntaxError(error, body) : error));
  }
  if (!isObject(root)) return [...errors];
  const names = namesIn(root);
  return errors.map((error, index) => {
    const subject = index < DESCRIBED ? subjectOf(error.path, root as Json, names) : undefined;
    return subject ? { ...error, subject } : error;
  });
}

interface Names {
  units: Map<unknown, string>;
  bureaus: Map<unknown, string>;
}

/** The names of the file's units and bureaus by id (the first of a repeated id), read once. */
function namesIn(root: Json): Names {
  const byId = (list: unknown) => {
    const map = new Map<unknown, string>();
    if (Array.isArray(list)) for (const item of list) if (isObject(item) && typeof item.name === 'string' && !map.has(item.id)) map.set(item.id, item.name);
    return map;
  };
  return { units: byId(root.units), bureaus: byId(root.bureaus) };
}

/** Where and how the text is not JSON; a file that is not text at all is said to be another kind of file. */
function syntaxError(error: FileError, body: string): FileError {
  // a zip (xlsx, docx), a PDF or any binary file: no line and column would help
  if (/^(PK\u0003\u0004|%PDF)/.test(body) || body.slice(0, 2048).includes('\u0000')) {
    return { ...error, message: both((lang) => translate(lang, 'json.nonJson', {})) };
  }
  const found = findJsonFault(body);
  if (!found) return error;
  const before = body.slice(0, found.at);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const column = found.at - lineStart + 1;
  const lineEnd = body.indexOf('\n', found.at);
  const snippet = windowOf(body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd), column - 1);
  const char = JSON.stringify(body[found.at] ?? '');
  return {
    ...error,
    message: both((lang) =>
      translate(lang, 'json.syntax', { line, column, snippet, what: found.fault === 'unexpected' ? translate(lang, 'json.what.unexpected', { char }) : translate(lang, `json.what.${found.fault}`, {}) }),
    ),
  };
}

/** At most 60 characters of a line around a column, tabs and line ends made visible as spaces. */
function windowOf(line: string, at: number): string {
  const clean = line.replace(/[\t\r]/g, ' ');
  const from = Math.max(0, at - 30);
  const to = Math.min(clean.length, from + 60);
  return `${from > 0 ? '…' : ''}${clean.slice(from, to)}${to < clean.length ? '…' : ''}`;
}

const ITEM = /^\$\.(units|bureaus|functions|scenarios)\[(\d+)\](?:\.operations\[(\d+)\])?/;

function subjectOf(path: string, root: Json, names: Names): Localized | undefined {
  const match = ITEM.exec(path);
  if (!match) return undefined;
  const list = match[1] as 'units' | 'bureaus' | 'functions' | 'scenarios';
  const index = Number(match[2]);
  const items = root[list];
  const item = Array.isArray(items) ? items[index] : undefined;
  const id = isObject(item) ? text(item.id) : undefined;
  const name = isObject(item) ? text(item.name) : undefined;
  if (!isObject(item) || id === undefined || name === undefined) {
    return both((lang) => translate(lang, 'subject.item', { list: translate(lang, `subject.list.${list}`, {}), index: index + 1, id: id ?? '' }));
  }
  switch (list) {
    case 'units':
      return both((lang) => translate(lang, 'subject.unit', { name, id }));
    case 'functions':
      return both((lang) => translate(lang, 'subject.function', { name, id }));
    case 'bureaus':
      return both((lang) => translate(lang, 'subject.bureau', { name, id, unit: nameOf(names.units, item.unit) }));
    case 'scenarios': {
      if (match[3] === undefined) return both((lang) => translate(lang, 'subject.scenario', { name, id }));
      const at = Number(match[3]);
      const operations = item.operations;
      const about = aboutOperation(names, Array.isArray(operations) ? operations[at] : undefined);
      return both((lang) => translate(lang, 'subject.operation', { scenario: name, index: at + 1, about }));
    }
  }
}

/** A unit's or bureau's name, its id where it has none (or the id names nothing). */
function nameOf(map: Map<unknown, string>, id: unknown): string {
  return map.get(id) ?? text(id) ?? '';
}

/** The bureaus or unit an operation names, by their names in the file (ids where a name is not known). */
function aboutOperation(names: Names, operation: unknown): string {
  if (!isObject(operation)) return '';
  const about: string[] = [];
  if (typeof operation.bureau === 'string') about.push(nameOf(names.bureaus, operation.bureau));
  else if (isObject(operation.bureau) && typeof operation.bureau.name === 'string') about.push(operation.bureau.name);
  if (Array.isArray(operation.bureaus)) about.push(...operation.bureaus.slice(0, 10).map((id) => nameOf(names.bureaus, id)));
  if (typeof operation.unit === 'string') about.push(nameOf(names.units, operation.unit));
  else if (isObject(operation.unit) && typeof operation.unit.name === 'string') about.push(operation.unit.name);
  return about.filter((n) => n !== '').join('、');
}
