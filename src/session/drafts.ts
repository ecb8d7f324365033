import { clear, createStore, delMany, entries, setMany, type UseStore } from 'idb-keyval';
import { MODEL_IDS, PROTOCOL_IDS } from '../catalog/catalog.ts';
import { parseText, serializeText } from '../format/document.ts';
import { emptyHistory } from './history.ts';
import { identityOf, isDirty, type OpenFile } from './open-file.ts';

export { DRAFT_MAX_WAIT_MS, DRAFT_PAUSE_MS, LARGE_DRAFT_LINES, SLOW_DRAFT_WRITE_MS, draftWriteDelay } from './draft-timing.ts';

/**
 * Unsaved edits are kept in this browser's IndexedDB as the user types, so a reload or a crash does not lose them,
 * for hundreds of files too (localStorage holds some 5 MB). One record per unsaved file, written again only when
 * that file changed; only files with unsaved changes are kept, and nothing leaves the browser. A full store is
 * said (WriteOutcome 'full'), never silently dropped. Loaded after the page starts (src/app/use-drafts.ts).
 *
 * Records are keyed `tab|visit|file`: each tab's drafts are its own (a reload keeps the tab's id), each visit's are
 * apart from the last (offered back, and not written over while the question waits), and each file is its own record.
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
  written.clear();
  lastWritten.clear();
}
const keyOf = (uid: number): string => `${tabId()}|${visit}|${uid}`;
const tabOf = (key: string): string => key.split('|')[0] ?? '';
const visitOf = (key: string): string => key.split('|')[1] ?? '';

/** Holds this tab's lock for as long as the page lives, so other tabs know its drafts are not left behind. */
export function holdTab(): void {
  void navigator.locks?.request(LOCK_PREFIX + tabId(), () => new Promise<never>(() => undefined)).catch(() => undefined);
}

// What this visit has kept: the records written, and the file each was last written from (a file not changed
// since is not written again).
const written = new Set<string>();
const lastWritten = new Map<number, OpenFile>();

function record(f: OpenFile, now: number): StoredFile {
  return {
    sourceName: f.sourceName,
    extension: f.extension,
    model: f.model,
    protocol: f.protocol,
    text: serializeText(f.doc),
    savedText: serializeText(f.savedDoc),
    decoded: f.decoded,
    savedAt: now,
    ...(f.chosen && f.chosen.identity === identityOf(f) ? { chosenName: f.chosen.name } : {}),
    ...(f.folder ? { folder: f.folder } : {}),
  };
}

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

/** Keeps this visit's unsaved files: writes those changed since the last write, forgets those saved or closed. */
export async function writeDrafts(files: readonly OpenFile[], now = Date.now()): Promise<WriteOutcome> {
  const s = db();
  if (!s) return 'off';
  const { puts, dels } = changes(files);
  try {
    for (let i = 0; i < puts.length; i += DRAFT_BATCH) {
      if (i > 0) await yieldToPage();
      const batch = puts.slice(i, i + DRAFT_BATCH);
      await setMany(batch.map(([key, f]) => [key, record(f, now)]), s);
      for (const [key] of batch) written.add(key);
    }
    if (dels.length > 0) await delMany(dels, s);
  } catch (e) {
    if (isQuota(e)) return 'full';
    throw e;
  }
  for (const key of dels) written.delete(key);
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
    store.setItem(RESCUE_PREFIX + tabId(), JSON.stringify({ entries: puts.map(([key, f]) => [key, record(f, now)]), forget: dels }));
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

/** A localStorage draft from before IndexedDB, or a rescue: its records, keyed for the store, and the records it forgets. */
function fromLocal(key: string, text: string | null): { records: [string, StoredFile][]; forget: string[] } {
  const none = { records: [], forget: [] };
  try {
    const parsed = JSON.parse(text ?? 'null') as { savedAt?: number; files?: DraftFile[]; entries?: [string, StoredFile][]; forget?: unknown } | null;
    if (!parsed) return none;
    if (Array.isArray(parsed.entries)) {
      const records = parsed.entries.filter((e) => Array.isArray(e) && typeof e[0] === 'string' && e[1] && typeof e[1] === 'object');
      const forget = Array.isArray(parsed.forget) ? parsed.forget.filter((k): k is string => typeof k === 'string') : [];
      return { records, forget };
    }
    if (!Array.isArray(parsed.files)) return none;
    const owner = key.startsWith(LOCAL_PREFIX) ? key.slice(LOCAL_PREFIX.length) : tabId();
    const at = typeof parsed.savedAt === 'number' ? parsed.savedAt : 0;
    return { records: parsed.files.map((f, i) => [`${owner}|moved-${key}|${i}`, { ...f, savedAt: at }]), forget: [] };
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
  const records = moved.flatMap((m) => m.records);
  const forget = moved.flatMap((m) => m.forget);
  if (forget.length > 0) await delMany(forget, s);
  if (records.length > 0) await setMany(records, s);
  // Only once they are in IndexedDB are they taken out of localStorage.
  for (const k of keys) store.removeItem(k);
}

/** Reads every record, after moving any localStorage drafts in. */
async function allRecords(): Promise<[string, StoredFile][]> {
  const s = db();
  if (!s) return [];
  try {
    await moveLocalDrafts(s);
  } catch {
    // Left in localStorage, to move next time; what IndexedDB holds is still offered.
  }
  const all = await entries<string, StoredFile>(s);
  return all.filter(([k, v]) => typeof k === 'string' && v && typeof v === 'object' && typeof v.text === 'string');
}

const uidOf = (key: string): number => Number(key.split('|')[2]) || 0;
const savedAtOf = (v: StoredFile): number => (typeof v.savedAt === 'number' ? v.savedAt : 0);

function offer(records: readonly [string, StoredFile][]): Draft | null {
  if (records.length === 0) return null;
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
  return { savedAt: Math.max(...ordered.map(([, v]) => savedAtOf(v))), files, keys: ordered.map(([k]) => k), last };
}

/** This tab's drafts from before a reload (and any moved from localStorage), not this visit's own. */
export async function readDrafts(): Promise<Draft | null> {
  const own = tabId();
  return offer((await allRecords()).filter(([k]) => tabOf(k) === own && visitOf(k) !== visit));
}

/**
 * The drafts of tabs that are no longer open (closed, crashed, or gone with the browser), to offer beside this
 * tab's. Tabs still open hold their locks; without the Web Locks API no tab can tell, and none is offered.
 */
export async function findLeftDrafts(): Promise<Draft | null> {
  if (!navigator.locks || !db()) return null;
  const held = new Set(((await navigator.locks.query()).held ?? []).map((l) => l.name));
  const own = tabId();
  return offer((await allRecords()).filter(([k]) => tabOf(k) !== own && !held.has(LOCK_PREFIX + tabOf(k))));
}

/** The offered drafts of this tab and of tabs left behind, as one. */
export function together(a: Draft | null, b: Draft | null): Draft | null {
  if (!a || !b) return a ?? b;
  // This tab's own edits come first; the file edited last is the later draft's.
  const last = b.savedAt > a.savedAt ? a.files.length + b.last : a.last;
  return { savedAt: Math.max(a.savedAt, b.savedAt), files: [...a.files, ...b.files], keys: [...a.keys, ...b.keys], last };
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
  written.clear();
  lastWritten.clear();
  visit = newId();
  const store = local();
  if (store) for (const k of Array.from({ length: store.length }, (_, i) => store.key(i) ?? '')) if (k.startsWith(LOCAL_PREFIX) || k === LOCAL_LEGACY_KEY || k.startsWith(RESCUE_PREFIX)) store.removeItem(k);
  const s = db();
  if (s) await clear(s);
}

const restorable = (f: DraftFile): boolean => typeof f.text === 'string' && typeof f.savedText === 'string';

/** Where the file edited last is among restoreDrafts(draft): the one to show. */
export function lastRestored(draft: Pick<Draft, 'files' | 'last'>): number {
  return draft.files.slice(0, draft.last).filter(restorable).length;
}

/** The files of a draft, as open files with their unsaved edits and what they were last saved as. */
export function restoreDrafts(draft: Pick<Draft, 'files'>): OpenFile[] {
  return draft.files.flatMap((f): OpenFile[] => {
    if (!restorable(f)) return [];
    const model = (MODEL_IDS as readonly string[]).includes(f.model) ? (f.model as OpenFile['model']) : '4620SW';
    const protocol = (PROTOCOL_IDS as readonly string[]).includes(f.protocol) ? (f.protocol as OpenFile['protocol']) : 'h323';
    const savedDoc = parseText(f.savedText);
    const extension = typeof f.extension === 'string' ? f.extension : '';
    const identity = identityOf({ model, protocol, extension });
    return [
      {
        uid: 0,
        doc: parseText(f.text),
        savedDoc,
        sourceName: f.sourceName,
        extension,
        model,
        protocol,
        inference: null,
        decoded: f.decoded ?? null,
        handle: null,
        history: emptyHistory,
        // What the name was made of when last saved is not kept: the restored name is taken as saved.
        savedIdentity: identity,
        ...(typeof f.chosenName === 'string' ? { chosen: { name: f.chosenName, identity } } : {}),
        ...(typeof f.folder === 'string' && f.folder ? { folder: f.folder } : {}),
      },
    ];
  });
}
