import { lazy, Suspense, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { MAX_FILE_BYTES, type ModelId, type Protocol } from '../catalog/catalog.ts';
import { encodeUtf8 } from '../format/text-codec.ts';
import { download, hasFileSystemAccess, looksLikeZip, MAX_READ_BYTES, pickWithFileSystemAccess, readDrop, readFile, saveAs, writeToHandle, type PickedFile } from '../file-io/file-io.ts';
import { Editor } from '../features/editor/editor.tsx';
import { fileBytes, isDirty, newFile, openBytes, ruleFileName, type EditorAction, type OpenFile } from '../session/open-file.ts';
import { prepareSave, type PasswordLines } from '../session/save.ts';
import { decodeErrorMessage } from '../features/editor/messages.ts';
import { NewFileDialog } from '../features/open/new-file-dialog.tsx';
import { SaveAsDialog } from '../features/open/save-as-dialog.tsx';
import { msg } from '../catalog/msg.ts';
import { Dialog } from '../shared/dialog.tsx';
import { SecretsQuestion } from '../shared/secrets-question.tsx';
import { findLeftDrafts, forgetDrafts, holdTab, readDrafts, restoreDrafts, together, writeDrafts, type Draft } from './drafts.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import type { OpenReportData } from './open-report.tsx';
import type { Refusal, Renamed } from './refusals.ts';
import { UpdateNotice } from './update-notice.tsx';
import { activeFile, anyDirty, emptyWorkspace, workspaceReducer } from '../session/workspace.ts';
import { tr, tx, useLaterWords, useLocale, useT } from '../i18n/i18n.ts';
import { HistoryButtons } from './history-buttons.tsx';
import { LanguageSelect } from './language-select.tsx';
import { whenIdle } from '../shared/when-idle.ts';

// Only someone with several files open needs the file list.
const FileList = lazy(() => import('../features/batch/file-list.tsx').then((m) => ({ default: m.FileList })));

// Administrator tools (CSV, copy to extensions, compare, convert, restore check): only for those who ask.
const AdminPanel = lazy(() => import('../features/admin/admin-panel.tsx').then(async (m) => {
  await m.loadAdminWords();
  return { default: m.AdminPanel };
}));

// What an open could not open, when it is more than one unreadable file: a report with its own words.
const OpenReport = lazy(() => import('./open-report.tsx').then(async (m) => {
  await m.loadReportWords();
  return { default: m.OpenReport };
}));

type Pending = { readonly run: () => void; readonly name: string } | null;

/**
 * Puts the keyboard at the start of the file's form once it is drawn (after a closing dialog has given focus
 * back), or, with no file open, on the page's first button.
 */
function focusEditorSoon() {
  requestAnimationFrame(() => (document.getElementById('model') ?? document.querySelector<HTMLElement>('main button'))?.focus());
}
/** A save to carry out: Save, or Save as under `as`. */
type SaveRequest = { readonly as?: string };

export function App() {
  const t = useT();
  const locale = useLocale();
  const [ws, wsDispatch] = useReducer(workspaceReducer, emptyWorkspace);
  const file = activeFile(ws);
  const activeUid = file?.uid ?? null;
  const dispatch = useCallback((action: EditorAction) => {
    if (activeUid !== null) wsDispatch({ type: 'edit', uid: activeUid, action });
  }, [activeUid]);
  // Worded when drawn, so they follow a change of language while on screen.
  const [error, setError, errorShown] = useLaterWords();
  const [status, setStatus] = useLaterWords();
  const [dragging, setDragging] = useState(false);
  const [dialog, setDialog] = useState<'new' | 'save-as' | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [adminOpen, setAdminOpen] = useState(false);
  // A save waiting for the answer to "Remove password-like lines?": Save (no name) or Save as (its name).
  const [secretsPrompt, setSecretsPrompt] = useState<SaveRequest | null>(null);
  // Unsaved edits from an earlier visit (a reload, a crash), offered back before anything else is stored.
  const [draft, setDraft] = useState<Draft | null>(() => readDrafts());
  const inputRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  // What the last open could not open; set anew by each open, and focused when it is drawn (it may load first).
  // Each report is drawn anew (a new key), so the next drop's report takes the focus again.
  const [report, setReport] = useState<(OpenReportData & { readonly id: number }) | null>(null);
  const reports = useRef(0);
  const focusOnMount = useCallback((el: HTMLDivElement | null) => el?.focus(), []);
  const dirty = file !== null && isDirty(file);
  // Focus the alert once it is rendered (a requestAnimationFrame could run before React commits it): when an error
  // is set, not when a change of language rewords it (focus stays on the language select then).
  useEffect(() => {
    if (errorShown) errorRef.current?.focus();
  }, [errorShown]);

  /**
   * Opens files and zips of them; what cannot be opened is reported, one sentence per reason, and the files already
   * open stay as they are. A zip is read within its limits (src/file-io/zip.ts) and never unpacks a zip inside it.
   */
  const openPicked = useCallback(async (input: readonly PickedFile[]) => {
    const opened: OpenFile[] = [];
    const refusals: Refusal[] = [];
    const renamed: Renamed[] = [];
    const picked: PickedFile[] = [];
    for (const p of input) {
      const zip = looksLikeZip(p);
      if (p.size !== undefined && p.size > p.bytes.length) {
        refusals.push({ kind: 'unread', name: p.name, size: p.size, limit: zip ? MAX_READ_BYTES : MAX_FILE_BYTES });
        continue;
      }
      if (!zip) {
        picked.push(p);
        continue;
      }
      const read = await import('../file-io/zip.ts').then((m) => m.readZip(p.bytes), () => null);
      if (!read?.ok) {
        refusals.push({ kind: 'zip-unreadable', name: p.name });
        continue;
      }
      const { files, skipped, tooMany } = read.value;
      picked.push(...files);
      refusals.push(...skipped.map((skip): Refusal => ({ kind: 'zip-entry', zip: p.name, skip })));
      if (tooMany) refusals.push({ kind: 'zip-too-many', zip: p.name, ...tooMany });
      renamed.push(...read.value.renamed.map((r) => ({ zip: p.name, ...r })));
    }
    for (const p of picked) {
      const result = openBytes(p.bytes, p.name, p.handle);
      if (result.ok) opened.push(result.value);
      else refusals.push({ kind: 'decode', name: p.name, error: result.error });
    }
    wsDispatch({ type: 'add', files: opened });
    const [only] = refusals;
    const alone = refusals.length === 1 && renamed.length === 0 && only?.kind === 'decode' ? only : null;
    setError(alone ? () => decodeErrorMessage(alone.name, alone.error) : null);
    setReport(!alone && (refusals.length > 0 || renamed.length > 0) ? { refusals, renamed, id: ++reports.current } : null);
    if (opened.length > 0) setStatus(() => opened.length === 1 ? t('status.openedOne', { name: opened[0]?.sourceName ?? '' }) : t('status.openedMany', { count: opened.length }));
  }, [t, setError, setStatus]);

  const openFromPicker = () => {
    if (hasFileSystemAccess()) {
      pickWithFileSystemAccess()
        .then((p) => p && openPicked([p]))
        .catch((e: unknown) => setError(() => t('open.readFailed', { detail: String(e) })));
    } else {
      inputRef.current?.click();
    }
  };

  const openSample = () => {
    import('./sample-backup.txt?raw')
      .then((m) => openPicked([{ name: '4711_4620data.txt', bytes: encodeUtf8(m.default), handle: null }]))
      .catch(() => setError(() => t('open.sampleFailed')));
  };

  const createNew = (ext: string, model: ModelId, protocol: Protocol) => {
    setDialog(null);
    wsDispatch({ type: 'add', files: [newFile(ext, model, protocol)] });
    setError(null);
    setStatus(() => t('status.newFile', { ext }));
    focusEditorSoon();
  };

  /** Undo or redo the open file's last step (in every file, for a change made to several), and say which. */
  const step = (way: 'undo' | 'redo') => {
    if (!file) return;
    const top = (way === 'undo' ? file.history.past : file.history.future).at(-1);
    if (!top) return;
    wsDispatch({ type: way, uid: file.uid });
    setStatus(() => t(way === 'undo' ? 'history.undone' : 'history.redone', { what: tr(top.label) }));
  };

  const closeFile = (target: OpenFile) => {
    const close = () => wsDispatch({ type: 'close', uid: target.uid });
    if (isDirty(target)) setPending({ run: close, name: target.sourceName ?? ruleFileName(target) });
    else close();
  };

  const finishSave = (name: string, handle: FileSystemFileHandle | null, how: 'written' | 'downloaded') => {
    dispatch({ type: 'saved', name, handle });
    setStatus(() => how === 'written' ? t('status.saved', { name }) : t('status.downloaded', { name }));
  };

  /**
   * Save, or Save as under `as`, through the one save path (src/session/save.ts). Password-like lines are asked
   * about first; removed, they go from the open file too, as one step Undo takes back.
   */
  const save = async (passwords: PasswordLines = 'ask', as?: string) => {
    if (!file) return;
    setDialog(null);
    const prepared = prepareSave(file, passwords, as);
    if (!prepared.ok) {
      const why = prepared.error;
      if (why.kind === 'bad-extension') setError(() => t('save.badExtension', { ext: why.extension }));
      else setSecretsPrompt({ as });
      return;
    }
    const { name, bytes, removed } = prepared.value;
    if (removed.length > 0) dispatch({ type: 'remove-lines', lineIds: removed, label: msg('step.removePasswords') });
    if (as !== undefined) {
      try {
        const { outcome, handle } = await saveAs(bytes, name);
        if (outcome.kind !== 'cancelled') finishSave(outcome.name, handle, outcome.kind);
      } catch (e) {
        setError(() => t('save.failed', { detail: String(e) }));
      }
      return;
    }
    if (file.handle && file.handle.name === name) {
      try {
        const outcome = await writeToHandle(file.handle, bytes);
        if (outcome.kind === 'written') return finishSave(name, file.handle, 'written');
      } catch {
        // No permission or the file went away: fall back to a download below.
      }
    }
    download(bytes, name);
    finishSave(name, null, 'downloaded');
  };

  // This tab's drafts were read at once; those of tabs no longer open (a crash, a closed tab) are offered beside them.
  useEffect(() => {
    holdTab();
    let live = true;
    void findLeftDrafts().then((left) => {
      if (live && left) setDraft((d) => together(d, left));
    });
    return () => {
      live = false;
    };
  }, []);

  // Keep unsaved edits in this browser as the user types (beside a draft still waiting for an answer): once the
  // browser is idle after an edit (within a second, even while typing goes on), not in the key press's own frame;
  // and at once when the page is hidden or closed, so a reload straight after a key press keeps it.
  // The files still to write: set while a write is on its way, so a burst of keys schedules one.
  const toKeep = useRef<readonly OpenFile[] | null>(null);
  // An earlier visit's draft still waiting for an answer is kept beside this visit's edits, not written over.
  const waiting = useRef<Draft | null>(draft);
  waiting.current = draft;
  const keepDrafts = useCallback(() => {
    const files = toKeep.current;
    toKeep.current = null;
    if (files) writeDrafts(files, Date.now(), waiting.current?.own);
  }, []);
  useEffect(() => {
    const due = toKeep.current !== null;
    toKeep.current = ws.files;
    if (!due) whenIdle(keepDrafts, 1000, 200);
  }, [ws.files, keepDrafts]);
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') keepDrafts();
    };
    window.addEventListener('pagehide', keepDrafts);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', keepDrafts);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [keepDrafts]);

  // The window's title speaks the page's language too.
  useEffect(() => {
    document.title = t('app.title');
  }, [locale, t]);

  // `?sample` in the address opens the bundled sample at once (what `npm start` shows a newcomer).
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('sample')) openSample();
    // Only on the first render: later address changes do not reopen the sample.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Ctrl+S saves, Ctrl+O opens, Ctrl+Z undoes and Ctrl+Shift+Z or Ctrl+Y redo (⌘ on macOS), wherever focus is, in a
  // field too: the editor's history holds every change typed, so the browser's own undo of the field is not wanted.
  // Inside a dialog (Save as, the administrator tools' dialogs) its fields keep the browser's own undo.
  // Leaving with unsaved changes asks first.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      if ((k === 'z' || k === 'y') && file && !(e.target instanceof Element && e.target.closest('dialog'))) {
        e.preventDefault();
        step(k === 'y' || e.shiftKey ? 'redo' : 'undo');
      } else if (k === 's' && file) {
        e.preventDefault();
        void save();
      } else if (k === 'o') {
        e.preventDefault();
        openFromPicker();
      }
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (anyDirty(ws)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  });

  // Drop a file anywhere on the page.
  useEffect(() => {
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
        .then(openPicked)
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
  }, [openPicked, t, setError]);

  return (
    <div className="app">
      <header className="topbar">
        <div className="topbar__title">
          <h1>{t('app.title')}</h1>
          {file ? (
            <p className="topbar__file">
              <span className="file-name">{file.sourceName ?? ruleFileName(file)}</span>
              {dirty ? <span className="badge badge--dirty">{t('app.unsaved')}</span> : <span className="badge">{file.sourceName === null ? t('app.notSavedYet') : t('app.saved')}</span>}
              <HistoryButtons file={file} onUndo={() => step('undo')} onRedo={() => step('redo')} />
            </p>
          ) : null}
        </div>
        <nav className="toolbar" aria-label={t('app.toolbar')}>
          <button type="button" className="button" onClick={openFromPicker} title={t('app.openTitle')}>
            {t('app.open')}
          </button>
          <input
            ref={inputRef}
            id="file-input"
            className="visually-hidden"
            type="file"
            accept=".txt,.zip,text/plain,application/zip"
            multiple
            tabIndex={-1}
            aria-label={t('app.fileInput')}
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              e.target.value = '';
              Promise.all(files.map((f) => readFile(f))).then(openPicked, (err: unknown) => setError(() => t('open.readFailed', { detail: String(err) })));
            }}
          />
          <button type="button" className="button" onClick={() => setDialog('new')}>
            {t('app.new')}
          </button>
          <button type="button" className="button" onClick={openSample}>
            {t('app.sample')}
          </button>
          <button type="button" className="button" aria-pressed={adminOpen} onClick={() => setAdminOpen((v) => !v)}>
            {t('app.adminTools')}
          </button>
          {file ? (
            <>
              <button type="button" className="button button--primary" onClick={() => void save()} title={t('app.saveTitle')}>
                {t('common.save')}
              </button>
              <button type="button" className="button" onClick={() => setDialog('save-as')}>
                {t('saveAs.title')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => closeFile(file)}>
                {t('app.close')}
              </button>
            </>
          ) : null}
        </nav>
        <LanguageSelect />
      </header>

      <UpdateNotice />
      <div className="visually-hidden" role="status" aria-live="polite">
        {status}
      </div>
      {draft ? (
        <div className="alert alert--info" role="alert">
          <p>
            {draft.files.length === 1
              ? draft.files[0]?.sourceName
                ? t('drafts.offerOne', { name: draft.files[0].sourceName, when: new Date(draft.savedAt).toLocaleString(locale) })
                : t('drafts.offerNew', { when: new Date(draft.savedAt).toLocaleString(locale) })
              : t('drafts.offerMany', { count: draft.files.length, when: new Date(draft.savedAt).toLocaleString(locale) })}
          </p>
          <div className="dialog__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                wsDispatch({ type: 'add', files: restoreDrafts(draft) });
                forgetDrafts(draft, 'restored');
                setDraft(null);
                setStatus(() => t('drafts.restored'));
                // The banner goes: the keyboard goes on to the restored file.
                focusEditorSoon();
              }}
            >
              {t('drafts.restore')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                forgetDrafts(draft, 'discarded');
                // This visit's own edits were kept beside the discarded ones: keep them again, alone.
                writeDrafts(ws.files);
                setDraft(null);
                focusEditorSoon();
              }}
            >
              {t('drafts.discard')}
            </button>
          </div>
        </div>
      ) : null}
      {report ? (
        <Suspense fallback={null}>
          <OpenReport key={report.id} report={report} ref={focusOnMount} onDismiss={() => setReport(null)} />
        </Suspense>
      ) : null}
      {error ? (
        <div className="alert" role="alert" tabIndex={-1} ref={errorRef}>
          <p>{error}</p>
          <button type="button" className="button button--quiet" onClick={() => setError(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      ) : null}

      <main id="main">
        {adminOpen ? (
          <Suspense fallback={<p className="hint">{t('app.loadingAdmin')}</p>}>
            <AdminPanel workspace={ws} dispatch={wsDispatch} onOpenFiles={(files) => wsDispatch({ type: 'add', files })} onStatus={setStatus} onError={setError} />
          </Suspense>
        ) : null}
        {ws.files.length > 1 ? (
          <Suspense fallback={<p className="hint">{t('app.loadingFileList')}</p>}>
            <FileList files={ws.files} activeUid={activeUid} onSelect={(uid) => wsDispatch({ type: 'select', uid })} onClose={closeFile} />
          </Suspense>
        ) : null}
        {file ? (
          <ErrorBoundary key={file.uid} onRescue={() => download(fileBytes(file), ruleFileName(file))}>
            <Editor file={file} dispatch={dispatch} />
          </ErrorBoundary>
        ) : (
          <section className="welcome">
            <h2>{t('welcome.title')}</h2>
            <p>{tx('welcome.body', { models: '4610SW, 4620, 4620SW, 4621SW, 4622SW, 4625SW' }, { example: <code>4711_4620data.txt</code> })}</p>
            <div className="welcome__actions">
              <button type="button" className="button button--primary" onClick={openFromPicker}>
                {t('welcome.open')}
              </button>
              <button type="button" className="button" onClick={openSample}>
                {t('app.sample')}
              </button>
              <button type="button" className="button" onClick={() => setDialog('new')}>
                {t('welcome.new')}
              </button>
            </div>
          </section>
        )}
      </main>

      <footer className="app-footer">
        <p>{t('app.version', { version: import.meta.env.APP_VERSION })}</p>
      </footer>

      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('app.dropHere')}</p>
        </div>
      ) : null}

      <NewFileDialog open={dialog === 'new'} onClose={() => setDialog(null)} onCreate={createNew} />
      {file && dialog === 'save-as' ? <SaveAsDialog open initialName={ruleFileName(file)} onClose={() => setDialog(null)} onSave={(n) => void save('ask', n)} /> : null}
      <SecretsQuestion
        open={secretsPrompt !== null}
        title={t('secrets.title')}
        keep={t('secrets.keep')}
        remove={t('secrets.remove')}
        onAnswer={(answer) => {
          setSecretsPrompt(null);
          if (answer !== 'cancel') void save(answer, secretsPrompt?.as);
        }}
      >
        <p>{t('secrets.body')}</p>
      </SecretsQuestion>
      <Dialog open={pending !== null} onClose={() => setPending(null)} title={t('discard.title')}>
        <p>{t('discard.closeBody', { name: pending?.name ?? '' })}</p>
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={() => setPending(null)}>
            {t('discard.keep')}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              const run = pending?.run;
              setPending(null);
              run?.();
            }}
          >
            {t('discard.confirm')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
