// The Office work the page asks for (SPEC §11): read a table, put its organisation in place of
// today's, write the template and the exports. Made the same way wherever it runs: in a worker of
// its own, started on first use (a table of 10,000 bureaus takes a good part of a second to read,
// an export longer), or on the main thread where workers are unavailable. The deck and the document
// are chunks of their own again, loaded only when asked for. Plain data in and out.
import { replaceBaseline } from '../src/engine/share';
import type { Lang } from '../src/i18n';
import { type FileError, type ScenarioFile, UNIT_KINDS, type UnitKind, serialiseScenarioFile } from '../src/model';
import { parseScenarioFile } from '../src/model/parse';
import { type ImportPreview, type TableError, exportWorkbook, importTable, meetingPack, templateWorkbook } from '../src/office/tables';
import type { KeptAside } from '../src/engine/share';

export type OfficeFormat = 'xlsx' | 'pptx' | 'docx';

/** A table read: the file it makes (as the JSON text a file is opened from) and what was found. */
export type TableReply = { ok: true; text: string; preview: ImportPreview } | { ok: false; errors: TableError[]; preview?: ImportPreview };

export type ReplaceReply = { ok: true; file: ScenarioFile; keptAside: KeptAside[] } | { ok: false; errors: FileError[] };

export type BytesReply = { ok: true; bytes: Uint8Array } | { ok: false; errors: FileError[] };

/** Only the kinds of SPEC §3, by unit name, on an object without a prototype (a unit may be named `constructor`). */
function kindsOf(kinds: Readonly<Record<string, string>> | undefined): Record<string, UnitKind> {
  const out = Object.create(null) as Record<string, UnitKind>;
  for (const [name, kind] of Object.entries(kinds ?? {})) if ((UNIT_KINDS as readonly string[]).includes(kind)) out[name] = kind as UnitKind;
  return out;
}

function replaceWithTable(open: ScenarioFile, tableText: string): ReplaceReply {
  const table = parseScenarioFile(tableText);
  return table.ok ? replaceBaseline(open, table.file) : table;
}

export function createOfficeApi() {
  return {
    /** Reads a workbook or CSV; `kinds`: the unit kinds the user chose in the preview, by name. */
    importTable(bytes: Uint8Array, fileName: string, kinds?: Readonly<Record<string, string>>): TableReply {
      const result = importTable(bytes, { fileName, kinds: kindsOf(kinds) });
      if (!result.ok) return result.preview ? { ok: false, errors: result.errors, preview: result.preview } : { ok: false, errors: result.errors };
      return { ok: true, text: serialiseScenarioFile(result.file), preview: result.preview };
    },

    /**
     * The open file with the table's organisation as today's (`tableText`, as importTable gave it);
     * proposals that no longer apply are kept aside.
     */
    replaceBaseline: replaceWithTable,

    /** Which proposals replaceBaseline would keep aside, and why: for the preview, before anything changes. */
    keptAside(open: ScenarioFile, tableText: string): { ok: true; keptAside: KeptAside[] } | { ok: false; errors: FileError[] } {
      const result = replaceWithTable(open, tableText);
      return result.ok ? { ok: true, keptAside: result.keptAside } : result;
    },

    template(lang: Lang): Uint8Array {
      return templateWorkbook(lang);
    },

    /** The proposals `ids` of `file` (in that order) as a workbook, a deck or a document. */
    async exportFile(format: OfficeFormat, file: ScenarioFile, ids: readonly string[], lang: Lang): Promise<BytesReply> {
      const packed = meetingPack(file, ids, lang);
      if (!packed.ok) return packed;
      switch (format) {
        case 'xlsx':
          return { ok: true, bytes: exportWorkbook(file, packed.pack) };
        case 'pptx':
          return { ok: true, bytes: await (await import('../src/office/deck')).exportDeck(packed.pack) };
        case 'docx':
          return { ok: true, bytes: await (await import('../src/office/document')).exportDocument(packed.pack) };
      }
    },
  };
}

export type OfficeApi = ReturnType<typeof createOfficeApi>;
