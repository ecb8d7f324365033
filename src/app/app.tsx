import { Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentProps } from 'react';
import type { ModelId, Protocol } from '../catalog/catalog.ts';
import { download, readFile, readPicked } from '../file-io/file-io.ts';
import type { Editor, GoTo } from '../features/editor/editor.tsx';
import { NewFileDialog } from '../features/open/new-file-dialog.tsx';
import { SaveAsDialog } from '../features/open/save-as-dialog.tsx';
import { loadFormWords, useFormWords, useLaterWords, useT } from '../i18n/i18n.ts';
import { fileBytes, isDirty, newFile, ruleFileName, saveName, shownName, type OpenFile } from '../session/open-file.ts';
import { anyDirty } from '../session/workspace.ts';
import { SecretsQuestion } from '../shared/secrets-question.tsx';
import { ErrorsQuestion, errorItems } from '../shared/errors-question.tsx';
import type { Target } from '../model/problems.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { CloseQuestion, DraftOffer, Welcome } from './page-parts.tsx';
import { TopBar } from './top-bar.tsx';
import { UpdateNotice } from './update-notice.tsx';
import { useDrafts } from './use-drafts.ts';
import { useOpen } from './use-open.ts';
import { useSave } from './use-save.ts';
import { useShortcuts } from './use-shortcuts.ts';
import { useWorkspace } from './use-workspace.ts';
import { loadStepWords } from './step-words.ts';
import { whenIdle } from '../shared/when-idle.ts';
import { onLateFirstFiles, replayFirstClick, takeFirstFiles, takeFirstPick } from './first-click.ts';
import { findProfiles, onProfileStored } from './profile-start.ts';
import { lazyPart, partLost } from './lost-parts.tsx';

// The editor leaves the page's first JavaScript, so the page paints and Open works sooner: it is asked for as soon
// as the page has painted (see the effect in App), and is nearly always in before a file can be opened.
type EditorComponent = typeof Editor;
// Once it is in, it is drawn at once (React's lazy would still show its fallback for a frame the first time).
let loadedEditor: EditorComponent | null = null;
const editorModule = () =>
  import('../features/editor/editor.tsx').then((m) => {
    loadedEditor = m.Editor;
    return m;
  });
/** The editor, or a line saying it is on its way; it never changes from one editor to another while drawn. */
function EditorHost(props: ComponentProps<EditorComponent> & { readonly loading: string }) {
  const { loading, ...rest } = props;
  const [Impl, setImpl] = useState<EditorComponent | null>(() => loadedEditor);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    if (!Impl)
      editorModule().then(
        (m) => setImpl(() => m.Editor),
        (e: unknown) => {
          partLost();
          setFailed(e);
        },
      );
  }, [Impl]);
  // Could not be loaded (offline, an old page after an update): the error boundary offers the file's download, and
  // the update notice the reload.
  if (failed) throw failed instanceof Error ? failed : new Error(String(failed));
  return Impl ? <Impl {...rest} /> : <p className="hint" role="status">{loading}</p>;
}
// Only someone with several files open needs the fleet view (the table of open files, Find across files), with its words.
const FleetView = lazyPart(() => import('../features/fleet/fleet-view.tsx').then((m) => m.withWords()));
// Administrator tools (CSV, copy to extensions, compare, convert, restore check): only for those who ask.
const AdminPanel = lazyPart(() => import('../features/admin/admin-panel.tsx').then(async (m) => {
  await m.loadAdminWords();
  return { default: m.AdminPanel };
}));
// Changes to many files, with their preview: opened from the administrator tools (to be the fleet table's too).
const BulkDialog = lazyPart(() => import('../features/bulk/bulk-dialog.tsx').then(async (m) => {
  await m.loadBulkWords();
  return { default: m.BulkDialog };
}));
// "Already open: Replace, Keep both, Skip?", with the report's words, loaded only when a file opened again.
const DuplicateQuestion = lazyPart(() => import('./open-report.tsx').then(async (m) => {
  await m.loadReportWords();
  return { default: m.DuplicateQuestion };
}));
// What an open could not open: a report with its own words, loaded only when something was refused.
const OpenReport = lazyPart(() => import('./open-report.tsx').then(async (m) => {
  await m.loadReportWords();
  return { default: m.OpenReport };
}));

// What a change of model asks first when the new model has no place for some entries: it offers the
// administrator tools' Convert, and comes with them, words included, when first asked.
const ModelChangeQuestion = lazyPart(() => import('../features/admin/admin-panel.tsx').then(async (m) => {
  await m.loadAdminWords();
  return { default: m.ModelChangeQuestion };
}));

/**
 * Puts the keyboard at the start of the file's form once it is drawn (after a closing dialog has given focus
 * back), or, with no file open, on the page's first button.
 */
function focusEditorSoon() {
  requestAnimationFrame(() => (document.getElementById('model') ?? document.querySelector<HTMLElement>('main button'))?.focus());
}
const focusOnMount = (el: HTMLElement | null) => el?.focus();

/** The page: the session's open files (useWorkspace), opening, saving and drafts, composed. */
export function App() {
  const t = useT();
  // Worded when drawn, so they follow a change of language while on screen.
  const [error, setError, errorShown] = useLaterWords();
  const [status, setStatus] = useLaterWords();
  // What a save did and what to do next: on screen for everyone, and read out once (it is its own live region).
  const [notice, setNotice] = useLaterWords();
  const { ws, wsDispatch, file, dispatch, step } = useWorkspace(setStatus, setNotice);
  const add = useCallback((files: readonly OpenFile[]) => wsDispatch({ type: 'add', files }), [wsDispatch]);
  const opening = useOpen(ws.files, wsDispatch, setError, setStatus);
  // "Go to the first error": the file is selected and its editor puts the keyboard on the field.
  const [goal, setGoal] = useState<GoTo | null>(null);
  const goTo = useCallback(
    (uid: number, target: Target) => {
      wsDispatch({ type: 'select', uid });
      setGoal({ uid, target, done: () => setGoal(null) });
    },
    [wsDispatch],
  );
  const saving = useSave(file, dispatch, setError, setNotice, goTo);
  const drafts = useDrafts(ws.files, wsDispatch, opening.folder, opening.setFolder);
  const [dialog, setDialog] = useState<'new' | 'save-as' | null>(null);
  const [closing, setClosing] = useState<OpenFile | null>(null);
  const [adminOpen, setAdminOpen] = useState(false);
  // The files a change to many files is for (null: the dialog is closed).
  const [bulkTargets, setBulkTargets] = useState<readonly number[] | null>(null);
  // A format profile (issue 16): its code loads when the site or this browser has one, or when asked for (More, or
  // Teach in Other lines); `site` is the site's profile file as the start found it (undefined: not known yet).
  const [profile, setProfile] = useState<{ on: boolean; site?: string | null; manage: boolean }>({ on: false, manage: false });
  useEffect(() => {
    let live = true;
    void findProfiles().then((f) => live && setProfile((p) => ({ ...p, site: f.site, on: p.on || f.site !== null || f.browser })));
    // A name taught in another tab: this one's open files are read with it too.
    const stop = onProfileStored(() => setProfile((p) => (p.on ? p : { ...p, on: true })));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const [profileParts] = useState(() => {
    const load = () =>
      import('../features/profile/profile.tsx').then(async (m) => {
        m.connect({ dispatch: wsDispatch, shown: () => setProfile((p) => (p.on ? p : { ...p, on: true })), download, readFile });
        await m.loadProfileWords();
        return m;
      });
    return { Bar: lazyPart(() => load().then((m) => ({ default: m.ProfileBar }))), Teach: lazyPart(() => load().then((m) => ({ default: m.TeachName }))) };
  });
  const manageDone = useCallback(() => setProfile((p) => ({ ...p, manage: false })), []);
  // Whether any file has unsaved edits, read when asked (UpdateNotice asks long after a render). `leaving` is set
  // once a reload for a new version has kept them as drafts: the page then goes without the browser's "Leave page?".
  const wsNow = useRef(ws);
  useLayoutEffect(() => {
    wsNow.current = ws;
  }, [ws]);
  const unsaved = useCallback(() => anyDirty(wsNow.current), []);
  const leaving = useRef(false);
  const allowLeave = useCallback(() => {
    leaving.current = true;
  }, []);
  useShortcuts({ open: opening.openFromPicker, save: file ? () => void saving.save() : null, step: file ? step : null, unsaved: () => !leaving.current && anyDirty(ws) });

  // Focus the alert once it is rendered: when an error is set, not when a change of language rewords it.
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errorShown) errorRef.current?.focus();
  }, [errorShown]);
  // The form's words come just after the page's start (main.tsx); the form waits for them. Asked again here when
  // that start could not load them (the page then started in English) or a file is open before they came.
  // Whether a file is open (read by work done while the page is idle).
  const anyOpen = useRef(false);
  useLayoutEffect(() => {
    anyOpen.current = ws.files.length > 0;
  }, [ws.files.length]);
  const formWords = useFormWords();
  const needWords = file !== null && !formWords;
  useEffect(() => {
    if (needWords) loadFormWords().catch((e: unknown) => setError(() => t('open.wordsFailed', { detail: String(e) })));
  }, [needWords, setError, t]);
  // The page works from here on: its handlers are attached (npm run bench prints this mark as "page takes over").
  // The editor comes once the page has painted; Undo's words once it is idle.
  useEffect(() => {
    performance.mark('app:open-works');
    replayFirstClick(document.getElementById('root'));
    // The editor's guide words (each setting's help) come once the page is idle too, so a file opened after that
    // is drawn with them at once, and nothing moves when they come (the editor asks for them itself otherwise).
    void editorModule().then((m) =>
      whenIdle(() => {
        void m
          .loadGuideWords()
          .catch(() => undefined)
          // Then, while nothing is open yet, the editor draws a small file once, unseen (see warm-up.tsx), so the
          // first file opened is drawn by warm code. Not without idle callbacks (Safari, the unit tests' jsdom).
          .then(() => {
            if (typeof requestIdleCallback !== 'function') return;
            if (anyOpen.current) {
              performance.mark('editor:warm-up-skipped');
              return;
            }
            whenIdle(() => void import('../features/editor/warm-up.tsx').then((w) => w.warmUp(document.body, () => !anyOpen.current)).catch(() => undefined), 3000);
          });
      }, 3000),
    );
    whenIdle(() => void loadStepWords(), 2000);
  }, []);
  // Files chosen or dropped on index.html's first screen, before the page worked, open now.
  const { openInputFiles, open: openPicked } = opening;
  useEffect(() => {
    const early = takeFirstFiles();
    if (early.length > 0) openInputFiles(early);
    // Chosen in the first screen's file dialog, which stayed open while the page took over: they open as they come.
    const stopLate = onLateFirstFiles(openInputFiles);
    // The system file picker the first screen's Open showed: its file opens with its handle, so Save writes back.
    takeFirstPick()
      ?.then(async ([handle]) => handle && openPicked([await readPicked(handle)]))
      .catch((e: unknown) => setError(() => t('open.readFailed', { detail: String(e) })));
    return stopLate;
  }, [openInputFiles, openPicked, setError, t]);
  // The window's title speaks the page's language too.
  const title = t('app.title');
  useEffect(() => {
    document.title = title;
  }, [title]);

  const createNew = (ext: string, model: ModelId, protocol: Protocol) => {
    setDialog(null);
    add([newFile(ext, model, protocol)]);
    setError(null);
    setStatus(() => t('status.newFile', { ext }));
    focusEditorSoon();
  };
  const close = (target: OpenFile) => (isDirty(target) ? setClosing(target) : wsDispatch({ type: 'close', uid: target.uid }));

  return (
    <div className="app">
      {/* The page's first Tab stop: past the header's buttons and the problems, straight to the file's form. */}
      {file ? (
        <button type="button" className="skip-link" onClick={() => document.getElementById('model')?.focus()}>
          {t('editor.skipToForm')}
        </button>
      ) : null}
      <TopBar
        file={file}
        adminOpen={adminOpen}
        inputRef={opening.inputRef}
        onOpen={opening.openFromPicker}
        onInputFiles={opening.openInputFiles}
        folderInputRef={opening.folderInputRef}
        onOpenFolder={opening.openFolder}
        onInputFolder={opening.openInputFolder}
        onNew={() => setDialog('new')}
        onSample={opening.openSample}
        onToggleAdmin={() => setAdminOpen((v) => !v)}
        onProfile={() => setProfile((p) => ({ ...p, on: true, manage: true }))}
        onSave={() => void saving.save()}
        onSaveAs={() => setDialog('save-as')}
        onClose={() => file && close(file)}
        onStep={step}
      />
      <UpdateNotice unsaved={unsaved} keepEdits={drafts.keepNow} allowLeave={allowLeave} />
      {profile.on ? (
        <Suspense fallback={null}>
          <profileParts.Bar site={profile.site} manage={profile.manage} onManageDone={manageDone} badge={file !== null} />
        </Suspense>
      ) : null}
      <div className="visually-hidden" role="status" aria-live="polite">
        {status}
      </div>
      <div className={notice ? 'notice' : undefined} role="status">
        {notice ? (
          <>
            <p>{notice}</p>
            <button type="button" className="button button--quiet" onClick={() => setNotice(null)}>
              {t('common.dismiss')}
            </button>
          </>
        ) : null}
      </div>
      {drafts.draft ? (
        <DraftOffer
          draft={drafts.draft}
          onRestore={() => {
            drafts.restore();
            setStatus(() => t('drafts.restored'));
            // The banner goes: the keyboard goes on to the restored file.
            focusEditorSoon();
          }}
          onDiscard={() => {
            drafts.discard();
            focusEditorSoon();
          }}
        />
      ) : null}
      {drafts.full ? (
        <div className="alert drafts-full" role="alert">
          <p>{t('drafts.full')}</p>
        </div>
      ) : null}
      {opening.report ? (
        <Suspense fallback={null}>
          <OpenReport key={opening.report.id} report={opening.report} ref={focusOnMount} onDismiss={opening.dismissReport} />
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
            <AdminPanel workspace={ws} dispatch={wsDispatch} onOpenFiles={add} onStatus={setStatus} onError={setError} settingsFile={opening.settings} onGoTo={goTo} folder={opening.folder} onChangeMany={() => setBulkTargets(ws.files.map((f) => f.uid))} />
          </Suspense>
        ) : null}
        {ws.files.length > 1 && formWords ? (
          <Suspense fallback={<p className="hint">{t('app.loadingFileList')}</p>}>
            <FleetView files={ws.files} activeUid={file?.uid ?? null} onSelect={(uid) => wsDispatch({ type: 'select', uid })} onClose={close} onGoTo={goTo} onChangeMany={(uids) => setBulkTargets(uids)} />
          </Suspense>
        ) : null}
        {file && !formWords ? (
          <p className="hint" role="status">{t('app.loadingForm')}</p>
        ) : file ? (
          <ErrorBoundary key={file.uid} onRescue={() => download(fileBytes(file), saveName(file))}>
            <EditorHost file={file} dispatch={dispatch} goTo={goal?.uid === file.uid ? goal : null} modelChangeQuestion={ModelChangeQuestion} teachName={profileParts.Teach} loading={t('app.loadingForm')} />
          </ErrorBoundary>
        ) : (
          <Welcome onOpen={opening.openFromPicker} onSample={opening.openSample} onNew={() => setDialog('new')} />
        )}
      </main>

      <footer className="app-footer">
        <p>{t('app.version', { version: import.meta.env.APP_VERSION })}</p>
      </footer>

      {opening.dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('app.dropHere')}</p>
        </div>
      ) : null}

      <NewFileDialog open={dialog === 'new'} onClose={() => setDialog(null)} onCreate={createNew} />
      {file && dialog === 'save-as' ? (
        <SaveAsDialog
          open
          initialName={saveName(file)}
          ruleName={ruleFileName(file)}
          onClose={() => setDialog(null)}
          onSave={(name) => {
            setDialog(null);
            void saving.save('ask', name);
          }}
        />
      ) : null}
      <ErrorsQuestion open={saving.errorsAsked !== null} items={saving.errorsAsked ? errorItems(saving.errorsAsked.errors) : []} files={1} canSave={saving.errorsAsked?.canSave ?? true} onAnswer={saving.answerErrors} />
      {bulkTargets ? (
        <Suspense fallback={null}>
          <BulkDialog files={ws.files} targets={bulkTargets} dispatch={wsDispatch} onClose={() => setBulkTargets(null)} onDone={setNotice} inView={ws.activeUid} />
        </Suspense>
      ) : null}
      {opening.question ? (
        <Suspense fallback={null}>
          <DuplicateQuestion key={opening.question.id} question={opening.question} dispatch={wsDispatch} onStatus={setStatus} onClose={opening.closeQuestion} />
        </Suspense>
      ) : null}
      <SecretsQuestion open={saving.asked !== null} title={t('secrets.title')} keep={t('secrets.keep')} remove={t('secrets.remove')} onAnswer={saving.answer}>
        <p>{t('secrets.body')}</p>
      </SecretsQuestion>
      <CloseQuestion
        name={closing ? shownName(closing) : null}
        onKeep={() => setClosing(null)}
        onClose={() => {
          if (closing) wsDispatch({ type: 'close', uid: closing.uid });
          setClosing(null);
        }}
      />
    </div>
  );
}
