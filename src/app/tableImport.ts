// A table brought in (SPEC §11), from the File menu or dropped on the window: read off the page
// (the Office worker), shown in a preview before anything changes — what was found, every error
// at its cell, the unit kinds guessed for a CSV (a change reads the table again with them) — then
// opened as a new file (the open path: unsaved work is kept first) or put in place of today's
// organisation (one undo step; proposals that no longer apply are kept aside and named).
import type { KeptAside } from '../engine/share';
import { message } from '../i18n/message';
import type { UnitKind } from '../model';
import type { TableReply } from '../../workers/officeApi';
import { replaceBaseline } from './actions/replaceBaseline';
import type { Core } from './actions/types';
import type { OfficeCalls } from './officeBridge';

export interface TableImportState {
  /** The file's name, as chosen or dropped. */
  name: string;
  /** The table is being read (first, or again with the kinds chosen). */
  reading: boolean;
  /** What the last read found; undefined until the first read answers. */
  reply?: TableReply;
  /** The unit kinds the user chose in the preview, by unit name. */
  kinds: Readonly<Record<string, UnitKind>>;
  /** Proposals of the open file that replacing today's organisation would keep aside (undefined while worked out). */
  keptAside?: KeptAside[];
  /** Opening or replacing is under way. */
  finishing?: boolean;
}

export type ImportOutcome = 'open' | 'replace';

/** A file a user may hand over: its name, its size and its bytes on demand (a File is one). */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/** Whether a file is a table rather than a scenario file: by its first bytes (a zip, an old .xls), else its name. */
export function isTableFile(name: string, head: Uint8Array): boolean {
  if ((head[0] === 0x50 && head[1] === 0x4b) || (head[0] === 0xd0 && head[1] === 0xcf)) return true;
  return /\.(xlsx|xlsm|xls|csv|tsv)$/i.test(name);
}

/**
 * SPEC §3's limit on a file (the model's MAX_FILE_BYTES, which the import refuses past): a bigger
 * file is not read whole. Not imported from the model: that would bring its parser into the first page.
 */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

async function bytesOf(file: ChosenFile, limit = file.size): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, limit).arrayBuffer());
}

/** Today's organisation replaced, one undo step; then the user is told which proposals were kept aside, and why. */
async function replaceWithTable(core: Core, office: OfficeCalls, text: string, title: string): Promise<boolean> {
  let kept: KeptAside[] = [];
  const done = await core.run(replaceBaseline(office, (k) => (kept = k)), text, title);
  if (done) {
    const details = kept.flatMap((k) => k.refused.flatMap((r) => r.errors)).slice(0, 20);
    core.tell(kept.length > 0 ? 'warning' : 'info', message('notice.replaced', { name: title, kept: kept.map((k) => k.name) }), details);
  }
  return done;
}

// Long only as one closure over the table being read (its bytes, the count of reads); each part is short.
export function createTableImport(core: Core, office: OfficeCalls, open: (text: string, name: string) => Promise<boolean>) {
  const { store } = core;
  /** The table as read, kept for a new read with other kinds. */
  let bytes: Uint8Array | undefined;
  /** Each read has its number: only the newest one's answer is shown. */
  let reads = 0;

  const failed = (error: unknown) => core.tell('error', message('notice.officeFailed', { reason: String(error instanceof Error ? error.message : error) }));
  const patch = (fields: Partial<TableImportState>) =>
    store.set((s) => (s.tableImport ? { tableImport: { ...s.tableImport, ...fields } } : {}));

  async function read(name: string, kinds: Readonly<Record<string, UnitKind>>): Promise<void> {
    const mine = ++reads;
    patch({ reading: true, kinds });
    let reply: TableReply;
    try {
      reply = await office.importTable(bytes!, name, kinds);
    } catch (error) {
      if (mine === reads) close();
      failed(error);
      return;
    }
    if (mine !== reads) return;
    patch({ reading: false, reply, keptAside: undefined });
    const file = store.get().file;
    if (!reply.ok || !file) return;
    if (file.scenarios.length === 0) return patch({ keptAside: [] });
    try {
      const kept = await office.keptAside(file, reply.text);
      if (mine === reads && kept.ok) patch({ keptAside: kept.keptAside });
    } catch {
      // the preview goes without the list; replacing works it out again and says it
    }
  }

  function close(): void {
    reads++;
    bytes = undefined;
    store.set({ tableImport: undefined });
  }

  return {
    /** Reads a table and shows its preview. A file over the size limit is not read whole: the import refuses it. */
    async start(file: ChosenFile): Promise<void> {
      store.set({ tableImport: { name: file.name, reading: true, kinds: {} } });
      try {
        bytes = await bytesOf(file, Math.min(file.size, MAX_FILE_BYTES + 1));
      } catch (error) {
        close();
        failed(error);
        return;
      }
      await read(file.name, {});
    },
    /** The kind of one unit of a CSV, chosen in the preview: the table is read again with it. */
    setKind(unitName: string, kind: UnitKind): Promise<void> {
      const now = store.get().tableImport;
      if (!now || !bytes) return Promise.resolve();
      return read(now.name, Object.fromEntries([...Object.entries(now.kinds), [unitName, kind]]) as Record<string, UnitKind>);
    },
    /** Opens the table as a new file, or puts it in place of today's organisation; false when nothing was done. */
    async finish(outcome: ImportOutcome): Promise<boolean> {
      const now = store.get().tableImport;
      if (!now || now.reading || now.finishing || !now.reply?.ok) return false;
      const { text } = now.reply;
      patch({ finishing: true });
      let done = false;
      try {
        if (outcome === 'open') done = await open(text, now.name);
        else done = await replaceWithTable(core, office, text, now.name.replace(/\.[^.]*$/, ''));
      } catch (error) {
        failed(error);
      }
      if (done) close();
      else patch({ finishing: false });
      return done;
    },
    close,
    /** Whether a file handed over (dropped) is a table, by its first bytes and its name. */
    async isTable(file: ChosenFile): Promise<boolean> {
      return isTableFile(file.name, await bytesOf(file, 4).catch(() => new Uint8Array()));
    },
  };
}

export type TableImport = ReturnType<typeof createTableImport>;
