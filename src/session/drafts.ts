import { MODEL_IDS, PROTOCOL_IDS } from '../catalog/catalog.ts';
import { parseText, serializeText } from '../format/document.ts';
import { emptyHistory } from './history.ts';
import { identityOf, type OpenFile } from './open-file.ts';

/**
 * Unsaved edits are kept in this browser's storage as the user types, so a reload or a crash does not
 * lose them. Only files with unsaved changes are kept, and nothing leaves the browser.
 */

/** Each tab keeps its drafts under its own key, so tabs neither write over nor discard each other's. */
const PREFIX = 'avaya4600-editor:drafts:v2:';
/** Where drafts were kept before tabs had keys of their own: read as this tab's, and moved on the next write. */
const LEGACY_KEY = 'avaya4600-editor:drafts:v1';
const TAB_KEY = 'avaya4600-editor:tab';
/** The lock each open tab holds while it lives: a draft whose tab holds none was left by a reload, a crash or a close. */
const LOCK_PREFIX = 'avaya4600-editor:tab:';

interface DraftFile {
  readonly sourceName: string | null;
  readonly extension: string;
  readonly model: string;
  readonly protocol: string;
  readonly text: string;
  readonly savedText: string;
  readonly decoded: OpenFile['decoded'];
  /** The name chosen with Save as that Save writes (OpenFile.chosen); absent in drafts kept before it existed. */
  readonly chosenName?: string;
}

/** What one tab keeps. */
interface Stored {
  readonly savedAt: number;
  readonly files: readonly DraftFile[];
}

/** Drafts offered back: this tab's from before a reload, and those of tabs no longer open. */
export interface Draft extends Stored {
  /** The storage keys they were read from (forgotten once the user answers). */
  readonly keys: readonly string[];
  /** Those of them that are this tab's own: kept beside this visit's edits until the user answers. */
  readonly own: readonly DraftFile[];
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled (privacy settings, file:// in some browsers): drafts are then simply off.
    return null;
  }
}

let tab: string | null = null;
/** This tab's id: the same after a reload of the tab (sessionStorage), another in each new tab. */
function tabId(): string {
  if (tab) return tab;
  try {
    tab = window.sessionStorage.getItem(TAB_KEY);
    if (!tab) {
      tab = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
      window.sessionStorage.setItem(TAB_KEY, tab);
    }
  } catch {
    tab = 'tab';
  }
  return tab;
}
const ownKey = (): string => PREFIX + tabId();

/** Holds this tab's lock for as long as the page lives, so other tabs know its drafts are not left behind. */
export function holdTab(): void {
  void navigator.locks?.request(LOCK_PREFIX + tabId(), () => new Promise<never>(() => undefined)).catch(() => undefined);
}

function read(store: Storage, key: string): Stored | null {
  try {
    const stored = JSON.parse(store.getItem(key) ?? 'null') as Stored | null;
    return stored && Array.isArray(stored.files) && stored.files.length > 0 ? stored : null;
  } catch {
    return null;
  }
}

/** Every key of the store, for the drafts among them. */
const storedKeys = (store: Storage): string[] => Array.from({ length: store.length }, (_, i) => store.key(i) ?? '');

/** The drafts kept under `keys`, as one offer; null when none holds any. */
function offer(store: Storage, keys: readonly string[], own: string): Draft | null {
  const parts = keys.flatMap((key) => {
    const stored = read(store, key);
    return stored ? [{ key, stored }] : [];
  });
  if (parts.length === 0) return null;
  return {
    savedAt: Math.max(...parts.map((p) => p.stored.savedAt)),
    files: parts.flatMap((p) => p.stored.files),
    keys: parts.map((p) => p.key),
    own: parts.flatMap((p) => (p.key === own || p.key === LEGACY_KEY ? p.stored.files : [])),
  };
}

/**
 * Keeps this tab's unsaved files, and with them `keep`: its drafts from before a reload, still waiting for the
 * user's answer, which must not be written over by this visit's edits.
 */
export function writeDrafts(files: readonly OpenFile[], now = Date.now(), keep: readonly DraftFile[] = []): void {
  const store = storage();
  if (!store) return;
  // Each document is serialised once: this runs on every edit.
  const dirty = files.flatMap((f) => {
    const text = serializeText(f.doc);
    const savedText = serializeText(f.savedDoc);
    return text === savedText ? [] : [{ f, text, savedText }];
  });
  try {
    if (dirty.length === 0) {
      // Nothing of this visit's to keep: the waiting drafts stay as they are (with the time they were made), or,
      // with none waiting, there is nothing to keep at all.
      if (keep.length === 0) {
        store.removeItem(ownKey());
        store.removeItem(LEGACY_KEY);
      }
      return;
    }
    // Anything the old shared key held is part of `keep` by now (readDrafts offered it as this tab's).
    store.removeItem(LEGACY_KEY);
    const stored: Stored = {
      savedAt: now,
      files: [
        ...keep,
        ...dirty.map(({ f, text, savedText }) => ({
          sourceName: f.sourceName,
          extension: f.extension,
          model: f.model,
          protocol: f.protocol,
          text,
          savedText,
          decoded: f.decoded,
          ...(f.chosen && f.chosen.identity === identityOf(f) ? { chosenName: f.chosen.name } : {}),
        })),
      ],
    };
    store.setItem(ownKey(), JSON.stringify(stored));
  } catch {
    // Quota exceeded or storage gone: the edits are still on the page; nothing more to do.
  }
}

/** A write of drafts that takes longer than this (ms) would hold up a key typed meanwhile: see draftWriteDelay. */
export const SLOW_DRAFT_WRITE_MS = 8;
/**
 * Files of more lines than this are taken as slow to write before a write has told (a real backup has a few
 * hundred lines; one of 1 MB, some 27,000, takes tens of milliseconds to keep).
 */
export const LARGE_DRAFT_LINES = 5000;
/** The pause in typing a slow write waits for, and the longest it waits for one (ms). */
export const DRAFT_PAUSE_MS = 1000;
export const DRAFT_MAX_WAIT_MS = 10_000;

/**
 * How long to wait before keeping `files` after an edit at `now`, the first edit not yet kept having come at
 * `firstUnkept`: 0 (as soon as the browser is idle) while writes are quick. For files of many lines, or once the
 * last write took `lastCost` ms, more than a frame can spare, the next waits for a pause in typing, and at most
 * DRAFT_MAX_WAIT_MS after the first edit it keeps, so typing that never pauses is kept too. (The size decides
 * first: a quick write that had nothing to keep, just after a large file is opened, says nothing of the next.)
 */
export function draftWriteDelay(files: readonly OpenFile[], lastCost: number | null, now: number, firstUnkept: number): number {
  const slow = files.reduce((n, f) => n + f.doc.lines.length, 0) > LARGE_DRAFT_LINES || (lastCost ?? 0) > SLOW_DRAFT_WRITE_MS;
  if (!slow) return 0;
  return Math.max(1, Math.min(DRAFT_PAUSE_MS, firstUnkept + DRAFT_MAX_WAIT_MS - now));
}

/** This tab's drafts from before a reload (and any the old shared key held), at once. */
export function readDrafts(): Draft | null {
  const store = storage();
  if (!store) return null;
  const own = ownKey();
  return offer(store, [own, LEGACY_KEY], own);
}

/**
 * The drafts of tabs that are no longer open (closed, crashed, or gone with the browser), to offer beside this
 * tab's. Tabs still open hold their locks; without the Web Locks API no tab can tell, and none is offered.
 */
export async function findLeftDrafts(): Promise<Draft | null> {
  const store = storage();
  if (!store || !navigator.locks) return null;
  const held = new Set(((await navigator.locks.query()).held ?? []).map((l) => l.name));
  const own = ownKey();
  const keys = storedKeys(store).filter((key) => key.startsWith(PREFIX) && key !== own && !held.has(LOCK_PREFIX + key.slice(PREFIX.length)));
  return offer(store, keys, own);
}

/** The offered drafts of this tab and of tabs left behind, as one. */
export function together(a: Draft | null, b: Draft | null): Draft | null {
  if (!a || !b) return a ?? b;
  return { savedAt: Math.max(a.savedAt, b.savedAt), files: [...a.files, ...b.files], keys: [...a.keys, ...b.keys], own: [...a.own, ...b.own] };
}

/**
 * Forgets the drafts the user has answered for: discarded, or restored (then this tab's own key stays until the
 * restored files are written over it, so a crash in between loses nothing).
 */
export function forgetDrafts(draft: Draft, answer: 'restored' | 'discarded'): void {
  try {
    for (const key of draft.keys) if (answer === 'discarded' || key !== ownKey()) storage()?.removeItem(key);
  } catch {
    // Nothing to forget.
  }
}

/** Forgets every draft of every tab. */
export function clearDrafts(): void {
  const store = storage();
  if (!store) return;
  try {
    const keys = storedKeys(store).filter((key) => key.startsWith(PREFIX) || key === LEGACY_KEY);
    for (const key of keys) store.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/** The files of a draft, as open files with their unsaved edits and what they were last saved as. */
export function restoreDrafts(draft: Stored): OpenFile[] {
  return draft.files.flatMap((f): OpenFile[] => {
    if (typeof f.text !== 'string' || typeof f.savedText !== 'string') return [];
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
      },
    ];
  });
}
