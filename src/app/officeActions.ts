// The actions of tables in and out (SPEC §11): import a table (from the File menu, or dropped on the
// window), the template, the exports. A chunk loaded on first use (./actions/tables.ts binds it);
// the import and the exports are chunks of their own again, with the Office worker's bridge.
import type { UnitKind } from '../model';
import type { Core } from './actions/types';
import type { ChosenFile as AnyFile } from './chosenFile';
import type { OfficeCalls, OfficeStart } from './officeBridge';
import type { OfficeFormat } from './officeExport';
import type { ChosenFile, ImportOutcome, TableImport } from './tableImport';

/** `open`: a file's text opened as a scenario file; `openFile`: a file handed over opened so (checked and decoded first). */
export function bindOfficeActions(core: Core, start: OfficeStart, open: (text: string, name: string) => Promise<boolean>, openFile: (file: AnyFile) => Promise<boolean>) {
  let calls: Promise<OfficeCalls> | undefined;
  const office = () => (calls ??= import('./officeBridge').then((m) => m.createOfficeBridge(start)));
  let tableImport: Promise<TableImport> | undefined;
  const tables = () => (tableImport ??= office().then(async (o) => (await import('./tableImport')).createTableImport(core, o, open)));
  const officeExport = () => import('./officeExport');
  return {
    /**
     * A file dropped on the window: a table (.xlsx, .csv) is imported; anything else goes to `otherwise`
     * (the screen asks what to do with a scenario file), or is opened as a scenario file.
     */
    openDropped: async (file: ChosenFile & AnyFile, otherwise?: () => Promise<unknown>) => {
      const table = await tables();
      if (await table.isTable(file)) await table.start(file);
      else if (otherwise) await otherwise();
      else await openFile(file);
    },

    /** Tables in (SPEC §11): read a table and show its preview; nothing changes until `finishImport`. */
    importTable: async (file: ChosenFile) => (await tables()).start(file),
    /** A unit's kind chosen in the preview of a CSV: the table is read again. */
    setImportKind: async (unitName: string, kind: UnitKind) => (await tables()).setKind(unitName, kind),
    /** Open the table as a new file, or replace today's organisation with it (one undo step). */
    finishImport: async (outcome: ImportOutcome) => (await tables()).finish(outcome),
    closeTableImport: async () => (await tables()).close(),
    /** The .xlsx template of SPEC §11, to download. */
    tableTemplate: async () => (await officeExport()).tableTemplate(core, await office()),
    /** The proposals `ids` as .xlsx, .pptx or .docx (undefined, and the user told, when it failed). */
    exportOffice: async (format: OfficeFormat, ids: readonly string[]) => (await officeExport()).exportOffice(core, await office(), format, ids),
  };
}

export type OfficeActions = ReturnType<typeof bindOfficeActions>;
