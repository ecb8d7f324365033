import { clear, createStore, delMany, entries, getMany, setMany, type UseStore } from 'idb-keyval';
import { MODEL_IDS, PROTOCOL_IDS } from '../catalog/catalog.ts';
import { parseText, serializeText } from '../format/document.ts';
import type { Encoding } from '../format/decode.ts';
import { FORBIDDEN_IN_NAME, isSafeEntryPath, isUnholdableName, parseFileName } from '../format/file-name.ts';
import { inferModel } from '../format/infer-model.ts';
import { hasHiddenCharacters } from '../display/visible-name.ts';
import { emptyHistory } from './history.ts';
import { identityOf, isDirty, type OpenFile } from './open-file.ts';
import type { SaveFolder } from './save-fleet.ts';
import type { WorkspaceAction } from './workspace.ts';

export { DRAFT_MAX_WAIT_MS, DRAFT_PAUSE_MS, LARGE_DRAFT_LINES, SLOW_DRAFT_WRITE_MS, draftWriteDelay } from './draft-timing.ts';

/**
 * Unsaved edits are kept in this browser's IndexedDB as the user types, so a reload or a crash does not lose them,
 * for hundreds of files too (localStorage holds some 5 MB). One record per unsaved file, written again only when
 * that file changed; only files with unsaved changes are kept, and nothing leaves the browser. A full store is
 * said (WriteOutcome 'full'), never silently dropped. Loaded after the page starts (src/app/use-drafts.ts).
 *
 * Records are keyed `tab|visit|file`: each tab's drafts are its own (a reload keeps the tab's id), each visit's are
 * apart from the last (offered back, and not written over while the question waits), and each file is its own record.
 *
 * A file's record keeps its file handle (File System Access: Save writes back through it), and a file of a folder
 * opened through a directory handle names the record (`tab|visit|dir:n`) that keeps the folder's handle, once for
 * all its files: restored, they are saved where they came from. Where the browser cannot keep a handle in IndexedDB
 * (a DataCloneError), the draft is kept without it: the file is then saved as a download or into a zip.
 */

/** Where drafts were kept in localStorage before IndexedDB: moved into it once, then removed. */
const LOCAL_PREFIX = 'avaya4600-editor:drafts:v2:';
const LOCAL_LEGACY_KEY = 'avaya4600-editor:drafts:v1';
/** What a closing page could not wait for IndexedDB to take: written to localStorage at once, moved on the next start. */
const RESCUE_PREFIX = 'avaya4600-editor:drafts:rescue:';
const TAB_KEY = 'avaya4600-editor:tab';
/** The lock each open tab holds while it lives: a draft whose tab holds none was left by a reload, a crash or a close. */
const LOCK_PREFIX = 'avaya4600-editor:tab:';

export interface DraftFile {
  readonly sourceName: string | null;
  readonly extension: string;
  readonly model: string;
  readonly protocol: string;
  readonly text: string;
  readonly savedText: string;
  readonly decoded: OpenFile['decoded'];
  /** The name chosen with Save as that Save writes (OpenFile.chosen); absent in drafts kept before it existed. */
  readonly chosenName?: string;
  /** Where the file was in an opened folder (OpenFile.folder). */
  readonly folder?: string;
  /** The file's handle, to save back through (absent in drafts kept before handles were, or where the browser cannot keep one). */
  readonly handle?: FileSystemFileHandle;
  /** The key of the record of the folder (opened through its directory handle) the file is saved into. */
  readonly dir?: string;
  /**
   * What the name was made of when last saved (OpenFile.savedIdentity): a rename not yet saved comes back unsaved.
   * Absent in drafts kept before it was: the name restored is then taken as saved.
   */
  readonly savedIdentity?: string;
}

/** A folder's record: its directory handle, kept once for all its files' records that name it. */
interface StoredFolder {
  readonly dir: FileSystemDirectoryHandle;
}

/** One file's record. */
interface StoredFile extends DraftFile {
  readonly savedAt: number;
}

/** Drafts offered back: this tab's from before a reload, and those of tabs no longer open. */
export interface Draft {
  readonly savedAt: number;
  readonly files: readonly DraftFile[];
  /** The records they were read from (forgotten once the user answers). */
  readonly keys: readonly string[];
  /** Which of `files` was edited last: the one Restore shows. */
  readonly last: number;
  /** The directory handles of the folders `files` name (DraftFile.dir), by their records' keys. */
  readonly folders: Readonly<Record<string, FileSystemDirectoryHandle>>;
  /**
   * Records that could not be read as a file's edits (damaged, or kept by a version of the editor that kept them
   * otherwise): said beside the offer, never restored, and forgotten with the user's answer (their keys are in `keys`).
   */
  readonly damaged: number;
}

/** How a write of drafts went: kept, the browser's storage full (said to the user), or storage off. */
export type WriteOutcome = 'kept' | 'full' | 'off';

let idb: UseStore | null | undefined;
function db(): UseStore | null {
  if (idb !== undefined) return idb;
  try {
    // IndexedDB can be missing or refused (privacy settings, some file:// pages): drafts are then simply off.
    idb = typeof indexedDB === 'undefined' ? null : createStore('avaya4600-editor', 'drafts');
  } catch {
    idb = null;
  }
  return idb;
}

function local(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

let tab: string | null = null;
const newId = (): string => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);
/** This tab's id: the same after a reload of the tab (sessionStorage), another in each new tab. */
function tabId(): string {
  if (tab) return tab;
  try {
    tab = window.sessionStorage.getItem(TAB_KEY);
    if (!tab) {
      tab = newId();
      window.sessionStorage.setItem(TAB_KEY, tab);
    }
  } catch {
    tab = 'tab';
  }
  return tab;
}
/** This visit of the page: its records are not offered to itself. */
let visit = newId();
/** A new visit of the page, as after a reload (for tests): what was kept so far is offered to it. */
export function beginVisit(): void {
  visit = newId();
  forgetWritten();
}
const keyOf = (uid: number): string => `${tabId()}|${visit}|${uid}`;
const tabOf = (key: string): string => key.split('|')[0] ?? '';
const visitOf = (key: string): string => key.split('|')[1] ?? '';
const isFolderKey = (key: string): boolean => (key.split('|')[2] ?? '').startsWith('dir:');

/** Holds this tab's lock for as long as the page lives, so other tabs know its drafts are not left behind. */
export function holdTab(): void {
  void navigator.locks?.request(LOCK_PREFIX + tabId(), () => new Promise<never>(() => undefined)).catch(() => undefined);
}

// What this visit has kept: the records written, and the file each was last written from (a file not changed
// since is not written again).
const written = new Set<string>();
const lastWritten = new Map<number, OpenFile>();
// The folders' records this visit wrote (by the folder they keep), and the folder's record each file's record names.
let folderKeys = new WeakMap<SaveFolder, string>();
let folderCount = 0;
const writtenFolders = new Set<string>();
const dirOfRecord = new Map<string, string>();
/** False once the browser refused to keep a handle in IndexedDB (a DataCloneError): drafts are then kept without. */
let keepHandles = true;
function forgetWritten(): void {
  written.clear();
  lastWritten.clear();
  folderKeys = new WeakMap();
  writtenFolders.clear();
  dirOfRecord.clear();
}

/** The handle, when it is one of `kind` (a record read back, or a rescue's JSON, may hold anything). */
function handleOf<K extends 'file' | 'directory'>(h: unknown, kind: K): (K extends 'file' ? FileSystemFileHandle : FileSystemDirectoryHandle) | null {
  return h !== null && typeof h === 'object' && (h as { kind?: unknown }).kind === kind ? (h as K extends 'file' ? FileSystemFileHandle : FileSystemDirectoryHandle) : null;
}

/** The file's record: with its handle unless `noHandle` (a JSON rescue, or a browser that cannot keep one), and its folder's record's key (`dir`). */
function record(f: OpenFile, now: number, dir: string | null, noHandle = false): StoredFile {
  return {
    sourceName: f.sourceName,
    extension: f.extension,
    model: f.model,
    protocol: f.protocol,
    text: serializeText(f.doc),
    savedText: serializeText(f.savedDoc),
    decoded: f.decoded,
    savedIdentity: f.savedIdentity,
    savedAt: now,
    ...(f.chosen && f.chosen.identity === identityOf(f) ? { chosenName: f.chosen.name } : {}),
    ...(f.folder ? { folder: f.folder } : {}),
    ...(!noHandle && f.handle ? { handle: f.handle } : {}),
    ...(dir ? { dir } : {}),
  };
}

/** The key of the record of the folder `f` is saved into (made, not yet written, the first time), or null. */
function folderKeyOf(f: OpenFile, folder: SaveFolder | null): string | null {
  if (!folder || !f.handle || !folder.handles.has(f.handle)) return null;
  let key = folderKeys.get(folder);
  if (!key) folderKeys.set(folder, (key = `${tabId()}|${visit}|dir:${++folderCount}`));
  return key;
}
const isCloneError = (e: unknown): boolean => (e as { name?: unknown } | null)?.name === 'DataCloneError';

/** What `files` change in the store since the last write: files to write (by key), and records of files now saved or closed. */
function changes(files: readonly OpenFile[]): { puts: [string, OpenFile][]; dels: string[] } {
  const puts: [string, OpenFile][] = [];
  const live = new Set<string>();
  for (const f of files) {
    const key = keyOf(f.uid);
    if (lastWritten.get(f.uid) === f) {
      if (written.has(key)) live.add(key);
      continue;
    }
    if (isDirty(f)) {
      puts.push([key, f]);
      live.add(key);
    }
  }
  return { puts, dels: [...written].filter((k) => !live.has(k)) };
}

const isQuota = (e: unknown): boolean => e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);

/**
 * Records written in one go: IndexedDB copies each record on the page's thread as it is put, so a change to 5,000
 * files (Change many files) written at once held the page some 2 s; in batches of this many (a few megabytes of
 * text at most), each when the page is idle, a key or a click waits for one batch at most.
 */
export const DRAFT_BATCH = 100;

/**
 * Waits until the page has nothing else to do (input, a frame, a render under way), or a second at most, so the next
 * batch never stands in the way of what the user sees.
 */
const yieldToPage = (): Promise<void> =>
  new Promise((done) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => done(), { timeout: 1000 }) : setTimeout(done, 0)));

/** Writes one batch of records: with their handles where the browser can keep them, else without (never lost). */
async function putBatch(s: UseStore, batch: readonly [string, OpenFile][], now: number, folder: SaveFolder | null): Promise<void> {
  const withHandles = keepHandles;
  const toPut: [IDBValidKey, StoredFile | StoredFolder][] = [];
  // The folders' records this batch writes: taken as written only once it is (a full store writes none of them).
  const newFolders = new Set<string>();
  for (const [key, f] of batch) {
    const dir = withHandles ? folderKeyOf(f, folder) : null;
    if (dir && folder && !writtenFolders.has(dir) && !newFolders.has(dir)) {
      // The folder's record goes first, in the same transaction as the first file that names it.
      toPut.push([dir, { dir: folder.dir }]);
      newFolders.add(dir);
    }
    // Which folder each record names is known before the write ends: a folder's record is never taken for unused.
    if (dir) dirOfRecord.set(key, dir);
    else dirOfRecord.delete(key);
    toPut.push([key, record(f, now, dir, !withHandles)]);
  }
  try {
    await setMany(toPut, s);
  } catch (e) {
    if (!withHandles || !isCloneError(e)) throw e;
    // This browser cannot keep a handle in IndexedDB: the drafts are kept without, from now on.
    keepHandles = false;
    return putBatch(s, batch, now, folder);
  }
  for (const dir of newFolders) writtenFolders.add(dir);
}

/** The folders' records no file's record of this visit names any more. */
const unusedFolders = (): string[] => {
  const used = new Set(dirOfRecord.values());
  return [...writtenFolders].filter((k) => !used.has(k));
};

/**
 * Keeps this visit's unsaved files: writes those changed since the last write, forgets those saved or closed.
 * `folder`: the folder opened through its directory handle, its files' records name its record (kept once).
 */
export async function writeDrafts(files: readonly OpenFile[], now = Date.now(), folder: SaveFolder | null = null): Promise<WriteOutcome> {
  const s = db();
  if (!s) return 'off';
  const { puts, dels } = changes(files);
  // The records of files saved or closed are forgotten first, on their own: a full store (which refuses the writes)
  // must not keep them, or a file the user closed is offered back after a reload. Deleting also makes room.
  if (dels.length > 0) {
    try {
      await delMany(dels, s);
    } catch (e) {
      if (isQuota(e)) return 'full';
      throw e;
    }
    for (const key of dels) {
      written.delete(key);
      dirOfRecord.delete(key);
    }
  }
  try {
    for (let i = 0; i < puts.length; i += DRAFT_BATCH) {
      if (i > 0) await yieldToPage();
      const batch = puts.slice(i, i + DRAFT_BATCH);
      await putBatch(s, batch, now, folder);
      for (const [key] of batch) written.add(key);
    }
    // Only once every record is written: a record not written may still name a folder its last write named.
    const gone = unusedFolders();
    if (gone.length > 0) await delMany(gone, s);
    for (const key of gone) writtenFolders.delete(key);
  } catch (e) {
    if (isQuota(e)) return 'full';
    throw e;
  }
  const open = new Set(files.map((f) => f.uid));
  for (const uid of lastWritten.keys()) if (!open.has(uid)) lastWritten.delete(uid);
  for (const f of files) lastWritten.set(f.uid, f);
  return 'kept';
}

/**
 * Keeps at once, in localStorage, what has changed since the last write to IndexedDB: the page is closing (a
 * reload, a close) and cannot wait for IndexedDB. Moved into IndexedDB when the page next starts.
 */
export function rescueDrafts(files: readonly OpenFile[], now = Date.now()): void {
  const store = local();
  if (!store) return;
  // The records of files saved or closed since the last write are forgotten as well: a file saved just before a
  // reload is not offered back with the edits it was saved with.
  const { puts, dels } = changes(files);
  if (puts.length === 0 && dels.length === 0) return;
  try {
    // JSON holds no handle: a record IndexedDB has for the file keeps its handle when the rescue is moved in.
    const rescued = puts.map(([key, f]) => [key, record(f, now, null, true)]);
    store.setItem(RESCUE_PREFIX + tabId(), JSON.stringify({ entries: rescued, forget: dels }));
  } catch {
    // Full as well: what IndexedDB holds is what is kept.
  }
}

/** Forgets what rescueDrafts kept, once IndexedDB holds it all. */
export function dropRescue(): void {
  try {
    local()?.removeItem(RESCUE_PREFIX + tabId());
  } catch {
    // Nothing to forget.
  }
}

/** A record from JSON: no handle can be in it (what JSON made of one is not one). */
function bare<T extends DraftFile>(f: T): T {
  const { handle, dir, ...rest } = f;
  void handle;
  void dir;
  return rest as T;
}

/** A localStorage draft from before IndexedDB, or a rescue: its records, keyed for the store, and the records it forgets. */
function fromLocal(key: string, text: string | null): { records: [string, StoredFile][]; forget: string[] } {
  const none = { records: [], forget: [] };
  try {
    const parsed = JSON.parse(text ?? 'null') as { savedAt?: number; files?: DraftFile[]; entries?: [string, StoredFile][]; forget?: unknown } | null;
    if (!parsed) return none;
    if (Array.isArray(parsed.entries)) {
      const records = parsed.entries.filter((e) => Array.isArray(e) && typeof e[0] === 'string' && e[1] && typeof e[1] === 'object').map(([k, v]): [string, StoredFile] => [k, bare(v)]);
      const forget = Array.isArray(parsed.forget) ? parsed.forget.filter((k): k is string => typeof k === 'string') : [];
      return { records, forget };
    }
    if (!Array.isArray(parsed.files)) return none;
    const owner = key.startsWith(LOCAL_PREFIX) ? key.slice(LOCAL_PREFIX.length) : tabId();
    const at = typeof parsed.savedAt === 'number' ? parsed.savedAt : 0;
    // A file that is not a record at all is kept as an empty one: said as damaged beside the offer, not dropped unsaid.
    return { records: parsed.files.map((f, i) => [`${owner}|moved-${key}|${i}`, { ...bare(f !== null && typeof f === 'object' ? f : ({} as DraftFile)), savedAt: at }]), forget: [] };
  } catch {
    return none;
  }
}

/** Moves drafts kept in localStorage (before IndexedDB, or by a closing page) into IndexedDB, once. */
async function moveLocalDrafts(s: UseStore): Promise<void> {
  const store = local();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i) ?? '').filter((k) => k.startsWith(LOCAL_PREFIX) || k === LOCAL_LEGACY_KEY || k.startsWith(RESCUE_PREFIX));
  if (keys.length === 0) return;
  const moved = keys.map((k) => fromLocal(k, store.getItem(k)));
  // A rescued record takes the handles of the record IndexedDB has for the same file, if any (JSON holds none).
  const rescued = moved.flatMap((m) => m.records);
  const before = rescued.length > 0 ? await getMany<StoredFile | undefined>(rescued.map(([k]) => k), s) : [];
  const records = rescued.map(([k, v], i): [string, StoredFile] => {
    const old = before[i];
    return [k, { ...v, ...(old?.handle ? { handle: old.handle } : {}), ...(typeof old?.dir === 'string' ? { dir: old.dir } : {}) }];
  });
  const forget = moved.flatMap((m) => m.forget);
  if (forget.length > 0) await delMany(forget, s);
  if (records.length > 0) await setMany(records, s);
  // Only once they are in IndexedDB are they taken out of localStorage.
  for (const k of keys) store.removeItem(k);
}

interface AllRecords {
  readonly files: [string, StoredFile][];
  /** The folders' directory handles, by their records' keys. */
  readonly folders: Map<string, FileSystemDirectoryHandle>;
}

/** Reads every record, after moving any localStorage drafts in. */
async function allRecords(): Promise<AllRecords> {
  const s = db();
  if (!s) return { files: [], folders: new Map() };
  try {
    await moveLocalDrafts(s);
  } catch {
    // Left in localStorage, to move next time; what IndexedDB holds is still offered.
  }
  const all = await entries<string, StoredFile | StoredFolder>(s);
  const dirs = new Map<string, FileSystemDirectoryHandle>();
  const files: [string, StoredFile][] = [];
  for (const [k, v] of all) {
    if (typeof k !== 'string') continue;
    if (isFolderKey(k)) {
      const dir = v && typeof v === 'object' ? handleOf((v as StoredFolder).dir, 'directory') : null;
      if (dir) dirs.set(k, dir);
      // A file's record, whatever it holds (offer says which cannot be restored); a key of another form is not one.
    } else if (k.split('|').length === 3) files.push([k, v as StoredFile]);
  }
  return { files, folders: dirs };
}

const uidOf = (key: string): number => Number(key.split('|')[2]) || 0;
const savedAtOf = (v: StoredFile | null | undefined): number => (typeof v?.savedAt === 'number' && Number.isFinite(v.savedAt) ? v.savedAt : 0);

const ENCODINGS: readonly Encoding[] = ['utf-8', 'windows-1252', 'utf-8+windows-1252', 'utf-16le', 'utf-16be'];
const count = (x: unknown): number => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : 0);

/** How the file was decoded when opened, as a record keeps it; null when it is not that (it only adds notes to Problems). */
function decodedOf(x: unknown): OpenFile['decoded'] {
  if (!x || typeof x !== 'object') return null;
  const d = x as Record<string, unknown>;
  if (!(ENCODINGS as readonly unknown[]).includes(d.encoding)) return null;
  return { encoding: d.encoding as Encoding, bom: d.bom === true, guessedUtf16: d.guessedUtf16 === true, replaced: count(d.replaced), ...(d.legacyBytes !== undefined ? { legacyBytes: count(d.legacyBytes) } : {}) };
}

/** A text field as a record keeps it (a number is taken as its digits: an extension kept as one), else absent. */
const textOf = (x: unknown): string | undefined => (typeof x === 'string' ? x : typeof x === 'number' && Number.isFinite(x) ? String(x) : undefined);

/** A name Save as would take (a record of an older version, or a damaged one, may hold any text). */
const isSaveAsName = (name: string): boolean => name.trim() === name && name !== '' && !FORBIDDEN_IN_NAME.test(name) && !hasHiddenCharacters(name) && !isUnholdableName(name);

/**
 * A record as a file's draft, each field as this version keeps it, or null when it holds no edits to restore (no
 * text, or no text as last saved). A record may come from an older version of the editor, from a newer one in
 * another tab, from a rescue's JSON, or be damaged: a field of another kind is taken as absent (a name as none, a
 * model the editor does not know as one to infer again), and a chosen name or a folder that Save as or a folder
 * would not give is dropped, so what is restored can never break the page or be written somewhere it should not.
 */
export function draftFileOf(v: unknown): DraftFile | null {
  if (!v || typeof v !== 'object') return null;
  const r = v as Record<string, unknown>;
  if (typeof r.text !== 'string' || typeof r.savedText !== 'string') return null;
  const chosenName = typeof r.chosenName === 'string' && isSaveAsName(r.chosenName) ? r.chosenName : undefined;
  const folder = typeof r.folder === 'string' && r.folder !== '' && isSafeEntryPath(r.folder) ? r.folder : undefined;
  return {
    sourceName: typeof r.sourceName === 'string' ? r.sourceName : null,
    extension: textOf(r.extension) ?? '',
    model: typeof r.model === 'string' ? r.model : '',
    protocol: typeof r.protocol === 'string' ? r.protocol : '',
    text: r.text,
    savedText: r.savedText,
    decoded: decodedOf(r.decoded),
    ...(chosenName !== undefined ? { chosenName } : {}),
    ...(folder !== undefined ? { folder } : {}),
    ...(r.handle !== undefined && r.handle !== null ? { handle: r.handle as FileSystemFileHandle } : {}),
    ...(typeof r.dir === 'string' ? { dir: r.dir } : {}),
    ...(typeof r.savedIdentity === 'string' ? { savedIdentity: r.savedIdentity } : {}),
  };
}

function offer({ files: all, folders: dirs }: AllRecords, wanted: (key: string) => boolean): Draft | null {
  const mine = all.filter(([k]) => wanted(k));
  // Records that hold no file's edits this version can restore: said, and forgotten with the answer.
  const damaged: string[] = [];
  const records: [string, StoredFile][] = [];
  for (const [k, v] of mine) {
    const file = draftFileOf(v);
    if (file) records.push([k, { ...file, savedAt: savedAtOf(v) }]);
    else damaged.push(k);
  }
  // A folder's record whose visit left no file's record (all saved, and the page closed before it forgot the folder's) is forgotten now.
  const visits = new Set(records.map(([k]) => `${tabOf(k)}|${visitOf(k)}`));
  const orphans = [...dirs.keys()].filter((k) => wanted(k) && !visits.has(`${tabOf(k)}|${visitOf(k)}`));
  const s = db();
  if (s && orphans.length > 0) void delMany(orphans, s).catch(() => undefined);
  if (records.length === 0 && damaged.length === 0) return null;
  // In the order the files were open in (IndexedDB gives its keys in text order: file 10 before file 2).
  const ordered = [...records];
  ordered.sort(([a], [b]) => (tabOf(a) + visitOf(a)).localeCompare(tabOf(b) + visitOf(b)) || uidOf(a) - uidOf(b));
  const files = ordered.map(([, v]) => {
    const { savedAt, ...file } = v;
    void savedAt;
    return file;
  });
  // The file kept last is the one edited last: Restore shows it (the first of them, when one write kept several).
  let last = 0;
  ordered.forEach(([, v], i) => {
    if (savedAtOf(v) > savedAtOf(ordered[last]![1])) last = i;
  });
  // The folders the files name; a folder's record is forgotten with theirs (its visit's records are all offered).
  const named: Record<string, FileSystemDirectoryHandle> = {};
  for (const f of files) {
    const dir = typeof f.dir === 'string' ? dirs.get(f.dir) : undefined;
    if (dir && f.dir) named[f.dir] = dir;
  }
  const folderRecords = [...dirs.keys()].filter((k) => wanted(k));
  const savedAt = Math.max(0, ...ordered.map(([, v]) => savedAtOf(v)));
  return { savedAt, files, keys: [...ordered.map(([k]) => k), ...folderRecords, ...damaged], last, folders: named, damaged: damaged.length };
}

/** This tab's drafts from before a reload (and any moved from localStorage), not this visit's own. */
export async function readDrafts(): Promise<Draft | null> {
  const own = tabId();
  return offer(await allRecords(), (k) => tabOf(k) === own && visitOf(k) !== visit);
}

/**
 * The drafts of tabs that are no longer open (closed, crashed, or gone with the browser), to offer beside this
 * tab's. Tabs still open hold their locks; without the Web Locks API no tab can tell, and none is offered.
 */
export async function findLeftDrafts(): Promise<Draft | null> {
  if (!navigator.locks || !db()) return null;
  const held = new Set(((await navigator.locks.query()).held ?? []).map((l) => l.name));
  const own = tabId();
  return offer(await allRecords(), (k) => tabOf(k) !== own && !held.has(LOCK_PREFIX + tabOf(k)));
}

/** The offered drafts of this tab and of tabs left behind, as one. */
export function together(a: Draft | null, b: Draft | null): Draft | null {
  if (!a || !b) return a ?? b;
  // This tab's own edits come first; the file edited last is the later draft's.
  const last = b.savedAt > a.savedAt ? a.files.length + b.last : a.last;
  return { savedAt: Math.max(a.savedAt, b.savedAt), files: [...a.files, ...b.files], keys: [...a.keys, ...b.keys], last, folders: { ...a.folders, ...b.folders }, damaged: a.damaged + b.damaged };
}

/**
 * Forgets the drafts the user has answered for: discarded, or restored (the page calls this once the restored
 * files are kept again as this visit's, so a crash in between loses nothing).
 */
export async function forgetDrafts(draft: Pick<Draft, 'keys'>): Promise<void> {
  const s = db();
  if (s && draft.keys.length > 0) await delMany([...draft.keys], s);
}

/** Forgets every draft of every tab (and starts this visit's afresh). */
export async function clearDrafts(): Promise<void> {
  forgetWritten();
  keepHandles = true;
  visit = newId();
  const store = local();
  if (store) for (const k of Array.from({ length: store.length }, (_, i) => store.key(i) ?? '')) if (k.startsWith(LOCAL_PREFIX) || k === LOCAL_LEGACY_KEY || k.startsWith(RESCUE_PREFIX)) store.removeItem(k);
  const s = db();
  if (s) await clear(s);
}


/** The files of a draft, as open files with their unsaved edits and what they were last saved as. */
export function restoreDrafts(draft: Pick<Draft, 'files'>): OpenFile[] {
  return restoreWithFolder({ ...draft, folders: {}, last: 0 }).files;
}

/**
 * The folder the page saves into once files of `dir` are back: a folder of their own when none is open (`now`
 * null); else `now` still, which takes them in when it is the same folder (the browser says so, a moment later).
 */
function adoptFolder(now: SaveFolder | null, dir: FileSystemDirectoryHandle, handles: readonly FileSystemFileHandle[]): SaveFolder {
  if (!now) return { dir, handles: new WeakSet(handles) };
  void now.dir.isSameEntry(dir).then((same) => {
    if (same) for (const h of handles) now.handles.add(h);
  }, () => undefined);
  return now;
}

/** What Restore brings back: the files, which of them to show, and the folder to save into, when they came from one. */
export interface Restored {
  readonly files: OpenFile[];
  /** Which of `files` to show: the one edited last. */
  readonly show: number;
  /** The folder Save changed files writes them into again (`now`, or a folder of their own), or null. */
  readonly folder: SaveFolder | null;
}

/**
 * The files of a draft (as restoreDrafts), each with its handle back, and the folder they are saved into again: of
 * the file edited last if it came from one, else the folder most of them came from. `now`: the folder open now.
 */
export function restoreWithFolder(draft: Pick<Draft, 'files' | 'folders' | 'last'>, now: SaveFolder | null = null): Restored {
  const byDir = new Map<string, FileSystemFileHandle[]>();
  let lastDir: string | null = null;
  // Where the file edited last is among the files restored (a record that cannot be restored is left out).
  let show = 0;
  let restored = 0;
  const files = draft.files.flatMap((given, i): OpenFile[] => {
    // Read again here: a draft can also come from elsewhere than offer (tests, an older page's call).
    const f = draftFileOf(given);
    if (!f) return [];
    if (i === draft.last) show = restored;
    restored++;
    const handle = handleOf(f.handle, 'file');
    const dir = handle && typeof f.dir === 'string' && Object.hasOwn(draft.folders, f.dir) ? f.dir : null;
    if (dir && handle) {
      const handles = byDir.get(dir);
      if (handles) handles.push(handle);
      else byDir.set(dir, [handle]);
      if (i === draft.last) lastDir = dir;
    }
    const doc = parseText(f.text);
    const savedDoc = parseText(f.savedText);
    // A model or protocol this version does not know (an older or newer version's, or damage) is inferred again from
    // the name and the text, as when the file was opened, with the reasons shown: never a blind 4620SW H.323, whose
    // name Save would then write (a SIP file saved under the H.323 name is one no SIP telephone fetches).
    const knownModel = (MODEL_IDS as readonly string[]).includes(f.model);
    const knownProtocol = (PROTOCOL_IDS as readonly string[]).includes(f.protocol);
    const inference = knownModel && knownProtocol ? null : inferModel(f.sourceName !== null ? parseFileName(f.sourceName) : null, savedDoc);
    const model = knownModel ? (f.model as OpenFile['model']) : (inference?.model ?? '4620SW');
    const protocol = knownProtocol ? (f.protocol as OpenFile['protocol']) : (inference?.protocol ?? 'h323');
    const extension = typeof f.extension === 'string' ? f.extension : '';
    const identity = identityOf({ model, protocol, extension });
    return [
      {
        uid: 0,
        doc,
        savedDoc,
        sourceName: f.sourceName,
        extension,
        model,
        protocol,
        inference,
        decoded: f.decoded,
        handle,
        history: emptyHistory,
        // What the name was made of when last saved (a draft kept before it was recorded: the restored name).
        savedIdentity: typeof f.savedIdentity === 'string' ? f.savedIdentity : identity,
        ...(typeof f.chosenName === 'string' ? { chosen: { name: f.chosenName, identity } } : {}),
        ...(typeof f.folder === 'string' && f.folder ? { folder: f.folder } : {}),
      },
    ];
  });
  const most = [...byDir].reduce<[string, FileSystemFileHandle[]] | null>((a, b) => (!a || b[1].length > a[1].length ? b : a), null)?.[0] ?? null;
  const key = lastDir ?? most;
  const dir = key ? draft.folders[key] : undefined;
  return { files, show, folder: key && dir ? adoptFolder(now, dir, byDir.get(key) ?? []) : null };
}

/**
 * Restore: the draft's files added to the workspace (the one edited last shown), and `setFolder` told the folder
 * Save changed files writes them into again, when they came from one (`now`: the folder open now, if any). Here
 * rather than in the page, so that the page's first JavaScript does not carry it.
 */
export function restoreInto(draft: Pick<Draft, 'files' | 'folders' | 'last'>, now: SaveFolder | null, dispatch: (action: WorkspaceAction) => void, setFolder: (folder: SaveFolder) => void): void {
  const { files, show, folder } = restoreWithFolder(draft, now);
  dispatch({ type: 'add', files, show });
  if (folder) setFolder(folder);
}
