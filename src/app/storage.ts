// Autosave in IndexedDB: the open file, the scenario on screen and the undo history survive a
// reload. A record that cannot be read is kept aside under its own key, never overwritten.
import type { Lang } from '../i18n';
import type { ScenarioFile } from '../model';
import type { History } from './history';
import { readRecentList, readRevision } from './records';

export const STORAGE_VERSION = 1;
const DB_NAME = 'zonereform';
const STORE = 'workspace';
const CURRENT = 'current';
const RECENT = 'recent';
/** The revision of `current`, kept beside it: a save checks it without reading the whole workspace. */
const REVISION = 'current-revision';
/**
 * The file's units and bureaus, kept apart from `current` and written only when they change: a
 * drop changes a scenario, not the organisation of today, so at province scale a save after a
 * drop writes a few kilobytes instead of every bureau again. `current` names the record it goes
 * with (its stamp), and holds `null` in their place.
 */
const ORGANISATION = 'current-organisation';
const ORGANISATION_STAMP = 'current-organisation-stamp';
/**
 * The file's `meta`, kept apart in the same way: a large meta (app settings, layouts of another
 * program) was copied into storage after every drop, freezing each drag for seconds. `current`
 * names the record by its stamp (`metaStamp`) and holds `null` in its place.
 */
const META = 'current-meta';

interface Organisation {
  stamp: string;
  units: ScenarioFile['units'];
  bureaus: ScenarioFile['bureaus'];
}

/** `current` as stored: the workspace with the organisation (and meta) apart, or (as first stored) whole. */
type StoredWorkspace = SavedWorkspace & { organisation?: string; metaStamp?: string };

const newStamp = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** The workspace whole again, or undefined when its organisation is not the one it names. */
function joined(record: StoredWorkspace, organisation: unknown, meta: unknown): SavedWorkspace | undefined {
  const { organisation: _stamp, metaStamp, ...saved } = record;
  let file = saved.file;
  if (typeof record.organisation === 'string') {
    const part = organisation as Partial<Organisation> | undefined;
    if (part?.stamp !== record.organisation || !Array.isArray(part.units) || !Array.isArray(part.bureaus)) return undefined;
    // the keys stay where they were: `units` and `bureaus` are in `file`, as null
    file = { ...file, units: part.units, bureaus: part.bureaus };
  }
  if (typeof metaStamp === 'string') {
    const part = meta as { stamp?: unknown; meta?: unknown } | undefined;
    if (part?.stamp !== metaStamp) return undefined;
    // the key stays where it was: `meta` is in `file`, as null
    if (Object.hasOwn(file, 'meta')) file = { ...file, meta: part.meta as ScenarioFile['meta'] };
  }
  // a revision that is not a whole number would make every save look like another tab's: left out
  const { revision, ...rest } = saved;
  const readable = readRevision(revision);
  return readable === undefined ? { ...rest, file } : { ...rest, file, revision: readable };
}

export interface SavedWorkspace {
  storageVersion: number;
  savedAt: string;
  file: ScenarioFile;
  scenarioId: string;
  lang: Lang;
  history: History;
  /** Changed since the file was last opened or saved as a file. */
  unsaved?: boolean;
  /** Counts the saves of this workspace: a tab may save only over the revision it last saw. */
  revision?: number;
}

/** Another tab saved the workspace since this one last read or wrote it. */
export class ConflictError extends Error {
  constructor(readonly stored: number) {
    super(`the stored workspace is at revision ${stored}`);
    this.name = 'ConflictError';
  }
}

/** A file kept in the recent-files list. */
export interface RecentFile {
  id: string;
  title: string;
  /** When it was opened, saved, or set aside. */
  at: string;
  /** Why it is in the list: opened, saved, or work set aside when another file was opened. */
  reason: 'opened' | 'saved' | 'setAside';
  file: ScenarioFile;
}

export const RECENT_LIMIT = 10;

export type LoadOutcome =
  | { kind: 'empty' }
  | { kind: 'loaded'; saved: SavedWorkspace }
  | { kind: 'unreadable'; reason: string; asideKey?: string }
  | { kind: 'unavailable'; reason: string };

export interface WorkspaceStorage {
  load(): Promise<LoadOutcome>;
  /**
   * Writes the workspace if the stored one is still at revision `expected` (what this tab last read
   * or wrote), else refuses with a ConflictError; 'force' writes over whatever is there. Returns
   * the revision written: `saved.revision`, or one past the stored one when forced.
   */
  save(saved: SavedWorkspace, expected: number | 'force'): Promise<number>;
  /** Keeps a raw record under a new key, e.g. one that could not be read. */
  keepAside(record: unknown, reason: string): Promise<string | undefined>;
  recent(): Promise<RecentFile[]>;
  /** Puts a file first in the recent list (the oldest beyond the limit drop out). */
  remember(entry: RecentFile): Promise<void>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('blocked'));
  });
}

function looksSaved(value: unknown): value is SavedWorkspace {
  const v = value as Partial<SavedWorkspace> | null;
  return (
    typeof v === 'object' && v !== null && v.storageVersion === STORAGE_VERSION && typeof v.file === 'object' &&
    typeof v.scenarioId === 'string' && typeof v.history === 'object' && Array.isArray(v.history?.past) && Array.isArray(v.history?.future)
  );
}

export interface StorageOptions {
  /** Stored records were found that cannot be used: they were kept aside, and the user is to be told. */
  onSetAside?: (what: 'recent' | 'revision', count: number) => void;
}

// Long only as one object of the storage's methods over one database; each method is short.
export function createIndexedDbStorage(options: StorageOptions = {}): WorkspaceStorage {
  let db: Promise<IDBDatabase> | undefined;
  const database = () => (db ??= openDb());
  /** The organisation this tab last wrote, and the stamp it wrote it under. */
  let written: { units: unknown; bureaus: unknown; stamp: string } | undefined;
  /** The meta this tab last wrote, and its stamp. */
  let metaWritten: { meta: unknown; stamp: string } | undefined;
  /** The unusable recent entries of this visit were reported: once is enough. */
  let recentReported = false;
  const storage: WorkspaceStorage = {
    async load() {
      let record: unknown;
      let organisation: unknown;
      let meta: unknown;
      try {
        const tx = (await database()).transaction(STORE, 'readonly');
        record = await request(tx.objectStore(STORE).get(CURRENT));
        if (typeof (record as StoredWorkspace | undefined)?.organisation === 'string') organisation = await request(tx.objectStore(STORE).get(ORGANISATION));
        if (typeof (record as StoredWorkspace | undefined)?.metaStamp === 'string') meta = await request(tx.objectStore(STORE).get(META));
      } catch (error) {
        return { kind: 'unavailable', reason: String(error) };
      }
      if (record === undefined) return { kind: 'empty' };
      const whole = looksSaved(record) ? joined(record, organisation, meta) : undefined;
      if (whole) return { kind: 'loaded', saved: whole };
      // a workspace without the organisation it names is kept aside with what organisation there is
      if (looksSaved(record)) return { kind: 'unreadable', reason: 'unreadable', asideKey: await storage.keepAside({ current: record, organisation }, 'unreadable') };
      const newer = typeof (record as { storageVersion?: unknown })?.storageVersion === 'number' && (record as { storageVersion: number }).storageVersion > STORAGE_VERSION;
      const reason = newer ? 'newer' : 'unreadable';
      return { kind: 'unreadable', reason, asideKey: await storage.keepAside(record, reason) };
    },
    async save(saved, expected) {
      const tx = (await database()).transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      // read and write in one transaction: no other tab can write in between. The revision is read
      // from its own small record; a workspace stored before there was one has it inside
      let stored = readRevision(await request(store.get(REVISION)));
      if (stored === undefined) {
        const current = (await request(store.get(CURRENT))) as Partial<SavedWorkspace> | undefined;
        // a damaged counter is not taken for another tab's save: that would stop every save for nothing
        stored = readRevision(current?.revision) ?? (expected === 'force' ? 0 : expected);
      }
      const before = stored;
      if (expected !== 'force' && before !== expected) {
        tx.abort();
        throw new ConflictError(before);
      }
      const revision = expected === 'force' ? before + 1 : (saved.revision ?? before);
      // the organisation is written again only when it is not the one this tab last wrote there
      const { units, bureaus } = saved.file;
      const storedStamp = (await request(store.get(ORGANISATION_STAMP))) as unknown;
      const same = written !== undefined && written.units === units && written.bureaus === bureaus && written.stamp === storedStamp;
      const stamp = same ? written!.stamp : newStamp();
      const { meta } = saved.file;
      const storedMetaStamp = metaWritten === undefined ? undefined : ((await request(store.get(META))) as { stamp?: unknown } | undefined)?.stamp;
      const sameMeta = metaWritten !== undefined && metaWritten.meta === meta && metaWritten.stamp === storedMetaStamp;
      const metaStamp = sameMeta ? metaWritten!.stamp : newStamp();
      const apart = { units: null as never, bureaus: null as never, ...(meta === undefined ? {} : { meta: null as never }) };
      const record: StoredWorkspace = { ...saved, file: { ...saved.file, ...apart }, organisation: stamp, metaStamp, revision };
      // all or nothing: a write the browser refuses (a full disk) leaves the stored workspace as it was
      try {
        store.put(record, CURRENT);
        store.put(revision, REVISION);
        if (!same) {
          const organisation: Organisation = { stamp, units, bureaus };
          store.put(organisation, ORGANISATION);
          store.put(stamp, ORGANISATION_STAMP);
        }
        if (!sameMeta) store.put({ stamp: metaStamp, meta }, META);
      } catch (error) {
        tx.abort();
        throw error;
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('aborted'));
      });
      written = { units, bureaus, stamp };
      metaWritten = { meta, stamp: metaStamp };
      return revision;
    },
    async recent() {
      try {
        const tx = (await database()).transaction(STORE, 'readonly');
        const { entries, unusable } = readRecentList(await request(tx.objectStore(STORE).get(RECENT)));
        if (unusable.length > 0 && !recentReported) {
          recentReported = true;
          options.onSetAside?.('recent', unusable.length);
        }
        return entries;
      } catch {
        return [];
      }
    },
    async remember(entry) {
      const tx0 = (await database()).transaction(STORE, 'readonly');
      const { entries: list, unusable } = readRecentList(await request(tx0.objectStore(STORE).get(RECENT)));
      // entries that cannot be used leave the list only once they are kept aside
      if (unusable.length > 0 && (await storage.keepAside(unusable, 'recent')) === undefined) throw new Error('the unusable recent entries could not be kept aside');
      const next = [entry, ...list.filter((e) => e.id !== entry.id)].slice(0, RECENT_LIMIT);
      const tx = (await database()).transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(next, RECENT);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('aborted'));
      });
    },
    async keepAside(record, reason) {
      try {
        // two records set aside in the same millisecond must not share a key
        const key = `aside-${new Date().toISOString()}-${newStamp()}-${reason}`;
        const tx = (await database()).transaction(STORE, 'readwrite');
        await request(tx.objectStore(STORE).put(record, key));
        return key;
      } catch {
        return undefined;
      }
    },
  };
  return storage;
}
