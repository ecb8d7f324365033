import { MODEL_IDS, PROTOCOL_IDS } from '../catalog/catalog.ts';
import { parseText, serializeText } from '../format/document.ts';
import type { OpenFile } from '../features/editor/editor-state.ts';

/**
 * Unsaved edits are kept in this browser's storage as the user types, so a reload or a crash does not
 * lose them. Only files with unsaved changes are kept, and nothing leaves the browser.
 */

const KEY = 'avaya4600-editor:drafts:v1';

interface DraftFile {
  readonly sourceName: string | null;
  readonly extension: string;
  readonly model: string;
  readonly protocol: string;
  readonly text: string;
  readonly savedText: string;
  readonly decoded: OpenFile['decoded'];
}

export interface Draft {
  readonly savedAt: number;
  readonly files: readonly DraftFile[];
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled (privacy settings, file:// in some browsers): drafts are then simply off.
    return null;
  }
}

/**
 * Keeps the unsaved files of `files`, and with them the files of `pending`: an earlier visit's draft still waiting
 * for the user's answer, which must not be written over by this visit's edits.
 */
export function writeDrafts(files: readonly OpenFile[], now = Date.now(), pending: Draft | null = null): void {
  const store = storage();
  if (!store) return;
  // Each document is serialised once: this runs on every edit.
  const dirty = files.flatMap((f) => {
    const text = serializeText(f.doc);
    const savedText = serializeText(f.savedDoc);
    return text === savedText ? [] : [{ f, text, savedText }];
  });
  try {
    const kept = pending?.files ?? [];
    if (dirty.length === 0 && kept.length === 0) {
      store.removeItem(KEY);
      return;
    }
    const draft: Draft = {
      savedAt: now,
      files: [
        ...kept,
        ...dirty.map(({ f, text, savedText }) => ({
          sourceName: f.sourceName,
          extension: f.extension,
          model: f.model,
          protocol: f.protocol,
          text,
          savedText,
          decoded: f.decoded,
        })),
      ],
    };
    store.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Quota exceeded or storage gone: the edits are still on the page; nothing more to do.
  }
}

export function readDrafts(): Draft | null {
  const raw = storage()?.getItem(KEY);
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as Draft;
    if (!Array.isArray(draft.files) || draft.files.length === 0) return null;
    return draft;
  } catch {
    return null;
  }
}

export function clearDrafts(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}

/** The files of a draft, as open files with their unsaved edits and what they were last saved as. */
export function restoreDrafts(draft: Draft): OpenFile[] {
  return draft.files.flatMap((f): OpenFile[] => {
    if (typeof f.text !== 'string' || typeof f.savedText !== 'string') return [];
    const model = (MODEL_IDS as readonly string[]).includes(f.model) ? (f.model as OpenFile['model']) : '4620SW';
    const protocol = (PROTOCOL_IDS as readonly string[]).includes(f.protocol) ? (f.protocol as OpenFile['protocol']) : 'h323';
    const savedDoc = parseText(f.savedText);
    return [
      {
        uid: 0,
        doc: parseText(f.text),
        savedDoc,
        sourceName: f.sourceName,
        extension: typeof f.extension === 'string' ? f.extension : '',
        model,
        protocol,
        inference: null,
        decoded: f.decoded ?? null,
        handle: null,
        externalVersion: 0,
      },
    ];
  });
}
