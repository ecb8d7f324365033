import { visibleName } from '../display/visible-name.ts';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type Dispatch, type RefObject } from 'react';
import { handedFile, hasFileSystemAccess, isZipName, looksLikeZip, pickWithFileSystemAccess, readDrop, type DroppedItem, type HandedFile, type PickedFile } from '../file-io/file-io.ts';
import { encodeUtf8 } from '../format/text-codec.ts';
import { useT, type Later } from '../i18n/i18n.ts';
import { openPicked, type Opened } from '../session/open.ts';
import type { FolderSource } from '../session/open-folder.ts';
import type { SaveFolder } from '../session/save-fleet.ts';
import type { Collision } from '../session/duplicates.ts';
import type { OpenFile } from '../session/open-file.ts';
import type { WorkspaceAction } from '../session/workspace.ts';
import type { OpenReportData } from './open-report.tsx';

/** A zip's 46xxsettings.txt, for the administrator's restore check; each a new id. */
export interface SettingsOffer {
  readonly id: number;
  readonly name: string;
  readonly zip: string;
  readonly bytes: Uint8Array;
}

/** Files an open made that are already open: asked about (Replace, Keep both, Skip) before any is added. */
export interface DuplicateQuestionData {
  readonly id: number;
  readonly files: readonly OpenFile[];
  readonly collisions: readonly Collision[];
}

// The open report's module: its words, the report, and the question about files already open.
const reportModule = () => import('./open-report.tsx');
// Reading a folder (subfolders, limits, the folder picker): only when a folder is opened.
const folderModule = () => import('../session/open-folder.ts');

/** The folder last opened through a directory handle (its files' handles as read): Save changed files writes back into it. */
export type OpenedFolder = SaveFolder;

export interface Opening {
  /**
   * Opens picked or dropped files (and zips), read or still to read (each in its turn, within the open's limits):
   * adds what opened, and says what did not.
   */
  readonly open: (input: readonly (PickedFile | HandedFile)[]) => Promise<void>;
  /** Open: the system's picker where the browser has one, else the page's file input. */
  readonly openFromPicker: () => void;
  readonly openSample: () => void;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  /** Files chosen in the page's file input. */
  readonly openInputFiles: (files: readonly File[]) => void;
  /** Open folder: the system's folder picker where the browser has one, else the page's folder input. */
  readonly openFolder: () => void;
  readonly folderInputRef: RefObject<HTMLInputElement | null>;
  /** The files of a folder chosen in the page's folder input. */
  readonly openInputFolder: (files: readonly File[]) => void;
  /** The folder last opened with a directory handle (to save into), else null. */
  readonly folder: OpenedFolder | null;
  /** Sets the folder to save into: the folder of files restored from drafts (their handles kept through a reload). */
  readonly setFolder: (folder: OpenedFolder) => void;
  /** What the last open could not open; each a new id, drawn (and focused) anew. */
  readonly report: (OpenReportData & { readonly id: number }) | null;
  readonly dismissReport: () => void;
  /** Files being opened that are already open, until the user answers. */
  readonly question: DuplicateQuestionData | null;
  /** The question is answered (the answers are the question's to carry out). */
  readonly closeQuestion: () => void;
  /** The last 46xxsettings.txt a zip held. */
  readonly settings: SettingsOffer | null;
  /** A file is being dragged over the page. */
  readonly dragging: boolean;
}

/**
 * Opening, as the page offers it: Open (picker or file input), a drop anywhere on the page, the sample (also at
 * once with `?sample` in the address, what `npm start` shows a newcomer). The files go through the session's
 * openPicked; what they could not open is said in the open report (loaded, with its words, only then). Files
 * already open (src/session/duplicates.ts, loaded with its question only when some file is open) wait for the
 * user's answer.
 */
export function useOpen(openFiles: readonly OpenFile[], wsDispatch: Dispatch<WorkspaceAction>, setError: (say: Later | null) => void, setStatus: (say: Later | null) => void): Opening {
  const t = useT();
  const [report, setReport] = useState<Opening['report']>(null);
  const [question, setQuestion] = useState<DuplicateQuestionData | null>(null);
  const [settings, setSettings] = useState<SettingsOffer | null>(null);
  const [dragging, setDragging] = useState(false);
  const reports = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const folderInputRef = useRef<HTMLInputElement>(null);
  const [folder, setFolder] = useState<OpenedFolder | null>(null);
  // The files open when an open ends (it reads files first), not when it began.
  const current = useRef(openFiles);
  useEffect(() => {
    current.current = openFiles;
  }, [openFiles]);

  // Files opened while the question about files already open is on screen wait for its answer: they are then
  // compared with the files open by then (the question's may be among them), and added or asked about in turn.
  const asking = useRef(false);
  const waiting = useRef<(readonly OpenFile[])[]>([]);
  /** Adds an open's files, or asks about those already open first. */
  const place = useCallback(async (files: readonly OpenFile[]) => {
    if (files.length === 0) return;
    if (asking.current) {
      waiting.current.push(files);
      return;
    }
    const collisions = current.current.length > 0 || files.length > 1 ? (await reportModule()).findCollisions(current.current, files) : [];
    // (Another open may have asked its question meanwhile.)
    if (asking.current) {
      waiting.current.push(files);
      return;
    }
    if (collisions.length > 0) {
      asking.current = true;
      setQuestion({ id: ++reports.current, files, collisions });
      return;
    }
    wsDispatch({ type: 'add', files });
    const [first] = files;
    if (first) setStatus(() => (files.length === 1 ? t('status.openedOne', { name: visibleName(first.sourceName ?? '') }) : t('status.openedMany', { count: files.length })));
  }, [wsDispatch, t, setStatus]);
  const closeQuestion = useCallback(() => {
    asking.current = false;
    setQuestion(null);
  }, []);
  // The question answered (its files added in the same render, and `current` updated by the effect above): the
  // opens that waited, as one.
  useEffect(() => {
    if (question !== null || asking.current) return;
    const next = waiting.current.splice(0).flat();
    if (next.length > 0) void place(next);
  }, [question, place]);

  /** What an open made: added (or asked about, when already open), and what it could not open, said. */
  const show = useCallback(async ({ files, refusals, renamed, settings: found }: Opened) => {
    setError(null);
    // The first is the one nearest the root of its zip or folder (settingsReadFirst): the FTP folder's own.
    const [read] = found;
    if (read) setSettings({ ...read, id: ++reports.current });
    const shown = refusals.length > 0 || renamed.length > 0 || found.length > 0;
    setReport(shown ? { refusals, renamed, settings: found, id: ++reports.current } : null);
    await place(files);
  }, [place, setError]);

  /** Keeps a folder read through its directory handle, with its files' handles, to save into. */
  const keepFolder = useCallback((dir: FileSystemDirectoryHandle, files: readonly OpenFile[]) => {
    const handles = new WeakSet<FileSystemFileHandle>();
    for (const f of files) if (f.handle) handles.add(f.handle);
    setFolder({ dir, handles });
  }, []);

  /** Opens a folder's backups, subfolders included, and keeps its handle (when there is one) to save into. */
  const openFolderFrom = useCallback(async (source: FolderSource) => {
    void reportModule().then((m) => m.loadReportWords()).catch(() => undefined);
    const opened = await (await folderModule()).openFolderFrom(source);
    if (opened.dir) keepFolder(opened.dir, opened.files);
    await show(opened);
  }, [show, keepFolder]);

  /** A drop with folders: its folders and files, in the order dropped, within one budget, said in one report. */
  const openDrop = useCallback(async (items: readonly DroppedItem[]) => {
    void reportModule().then((m) => m.loadReportWords()).catch(() => undefined);
    const opened = await (await folderModule()).openDrop(items);
    if (opened.folder) keepFolder(opened.folder.dir, opened.folder.files);
    await show(opened);
  }, [show, keepFolder]);
  const folderFailed = useCallback((e: unknown) => setError(() => t('open.folderFailed', { detail: String(e) })), [setError, t]);

  const openFolder = useCallback(() => {
    const pick = (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
    if (typeof pick !== 'function') {
      folderInputRef.current?.click();
      return;
    }
    folderModule()
      .then(async (m) => {
        const dir = await m.pickDirectory();
        if (dir) await openFolderFrom({ kind: 'handle', dir });
      })
      .catch(folderFailed);
  }, [openFolderFrom, folderFailed]);
  // Stable, as openInputFiles: the file inputs are drawn again only when their words change.
  const openInputFolder = useCallback((files: readonly File[]) => {
    if (files.length > 0) openFolderFrom({ kind: 'input', files }).catch(folderFailed);
  }, [openFolderFrom, folderFailed]);

  const open = useCallback(async (input: readonly (PickedFile | HandedFile)[]) => {
    // A drop of many files or a zip is the kind that refuses some: the report and its words load meanwhile.
    if (input.length > 1 || input.some((p) => ('bytes' in p ? looksLikeZip(p) : isZipName(p.name)))) void reportModule().then((m) => m.loadReportWords()).catch(() => undefined);
    await show(await openPicked(input));
  }, [show]);

  const openFromPicker = useCallback(() => {
    if (!hasFileSystemAccess()) {
      inputRef.current?.click();
      return;
    }
    pickWithFileSystemAccess()
      .then((p) => p && open([p]))
      .catch((e: unknown) => setError(() => t('open.readFailed', { detail: String(e) })));
  }, [open, setError, t]);

  const openSample = useCallback(() => {
    import('./sample-backup.txt?raw')
      .then((m) => open([{ name: '4711_4620data.txt', bytes: encodeUtf8(m.default), handle: null }]))
      .catch(() => setError(() => t('open.sampleFailed')));
  }, [open, setError, t]);

  // Stable: App's effect that opens the first screen's files depends on it, and runs again whenever it changes.
  // Each file is read in its turn as it is opened: those past the open's limits never are.
  const openInputFiles = useCallback((files: readonly File[]) => {
    open(files.map((f) => handedFile(f))).catch((err: unknown) => setError(() => t('open.readFailed', { detail: String(err) })));
  }, [open, setError, t]);

  // `?sample` in the address opens the bundled sample at once; only on the first render.
  const first = useRef(true);
  useEffect(() => {
    if (first.current && new URLSearchParams(window.location.search).has('sample')) openSample();
    first.current = false;
  }, [openSample]);

  // Drop a file anywhere on the page. Listened to as the page is drawn (a layout effect, in the same task), not after
  // it: the first draw replaces index.html's first screen, whose own guard against a drop (public/first-language.js)
  // goes with it, and a file dropped before React's later effects ran was opened by the browser in place of the page.
  useLayoutEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!e.dataTransfer) return;
      e.preventDefault();
      readDrop(e.dataTransfer)
        // One drop is one budget: folders and files together, in the order dropped (not a folder's allowance each).
        .then(({ files, folders, items }) => (folders.length === 0 ? open(files) : openDrop(items)))
        .catch((err: unknown) => setError(() => t('open.dropFailed', { detail: String(err) })));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [open, openDrop, t, setError]);

  return { open, openFromPicker, openSample, inputRef, openInputFiles, openFolder, folderInputRef, openInputFolder, folder, setFolder, report, dismissReport: () => setReport(null), question, closeQuestion, settings, dragging };
}
