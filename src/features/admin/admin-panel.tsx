import type { Messages } from '@lingui/core';
import { useId, useRef, useState, type Dispatch } from 'react';
import { activeFile, type Workspace, type WorkspaceAction } from '../../session/workspace.ts';
import { download } from '../../file-io/file-io.ts';
import { currentLocale, loadAreaFrom, useLaterWords, useT, type Later } from '../../i18n/i18n.ts';
import { speedDialsCsvBytes, type Delimiter } from '../../model/admin/csv.ts';
import { speedDialInFile, valuesOf } from '../../model/values.ts';
import { msg } from '../../catalog/msg.ts';
import { listMsg } from '../../catalog/msg-list.ts';
import { quoted } from '../../model/admin/words.ts';
import { saveName, shownName, type OpenFile } from '../../session/open-file.ts';
import { cannotBeNamed, errorsBeforeSave, EXTENSION_FIELD } from '../../session/file-problems.ts';
import { manyFileProblems } from '../../session/problems-cache.ts';
import { visibleName } from '../../display/visible-name.ts';
import { isValidExtension } from '../../format/file-name.ts';
import type { Problem, Target } from '../../model/problems.ts';
import { ErrorsQuestion, errorItems } from '../../shared/errors-question.tsx';
import { prepareSave, type PasswordLines } from '../../session/save.ts';
import { nameConflicts } from '../../session/save-all.ts';
import { filesToSave, firstZipPart, fleetZipOverLimit, inFolder as intoFolder, pathOf, writeFleet, type FleetFailed, type SaveFolder } from '../../session/save-fleet.ts';
import type { ZipOverLimit } from '../../file-io/zip-limits.ts';
import { passwordLikeLineIds } from '../../model/problems.ts';
import { SecretsQuestion } from '../../shared/secrets-question.tsx';
import { CompareDialog } from './compare-dialog.tsx';
import { ConvertDialog } from './convert-dialog.tsx';
import { CopyDialog } from './copy-dialog.tsx';
import { CsvImportDialog } from './csv-import-dialog.tsx';
import { DelimiterOptions } from './delimiter-options.tsx';
import { RestoreCheck, type SettingsFile } from './restore-check.tsx';
import './admin.css';
import { Field } from '../../shared/form-kit.tsx';

// The tools' words (the `admin` catalogs) come with the tools, each language in its own chunk: the one in use
// now, before the panel first draws (its lazy import waits for this), and any chosen later (loadArea remembers).
// Not a top-level await: that would make the bundler split the modules the app shares with this chunk.
const catalogs = import.meta.glob<{ messages: Messages }>('../../i18n/catalogs/admin/*.ts');
export const loadAdminWords = (): Promise<void> => loadAreaFrom('admin', catalogs);

// The question a change of model asks when the new model has no place for some entries offers Convert, in the
// tools' words: the page loads it with them (a chunk of its own made the bundler split the initial JavaScript).
export { ModelChangeQuestion } from './model-change-question.tsx';

export interface AdminPanelProps {
  readonly workspace: Workspace;
  readonly dispatch: Dispatch<WorkspaceAction>;
  /** Adds files (already opened) to the workspace and selects the first. */
  readonly onOpenFiles: (files: readonly OpenFile[]) => void;
  readonly onStatus: (words: Later) => void;
  readonly onError: (words: Later) => void;
  /** A 46xxsettings.txt found in a zip, for the restore check. */
  readonly settingsFile?: SettingsFile | null;
  /** Selects the file and puts the keyboard on the problem's field (Save all's "Go to the first error"). */
  readonly onGoTo?: (uid: number, target: Target) => void;
  /** Opens the changes to many files (the page loads them) for every open file. */
  readonly onChangeMany?: () => void;
  /** The folder the files were opened from, when the browser gave its handle: Save changed files writes into it. */
  readonly folder?: SaveFolder | null;
}

/** What the last Save all or Save changed files wrote, and what it could not write and why. */
interface FleetReport {
  readonly inFolder: number;
  readonly inZip: number;
  readonly failed: readonly FleetFailed[];
  /** The files the browser was not allowed to write into the folder (offered as a zip instead), and how their password-like lines were answered. */
  readonly refused: { readonly uids: ReadonlySet<number>; readonly secretLines: PasswordLines } | null;
}

/** Where Save all and Save changed files put the files, and the zip's name. */
const ZIP_NAME = 'phone-backups.zip';
/** The zips of a save made in parts (more files than the editor opens from one zip), numbered from 1. */
const zipPartName = (part: number): string => `phone-backups-${part}.zip`;

/** A save refused because its zip would be more than the editor opens again, and what it would pass. */
interface ZipRefused {
  readonly over: ZipOverLimit;
  /** The files the refused save was kept to (the ones a folder refused, offered as a zip), or null for all it writes. */
  readonly only: ReadonlySet<number> | null;
}

/** The files a save in parts has still to write into zips, the next part's number and how its password-like lines were answered. */
interface NextPart {
  readonly uids: ReadonlySet<number>;
  readonly part: number;
  readonly secretLines: PasswordLines;
  /** How many files the parts before it wrote. */
  readonly done: number;
}

/** A number of bytes as megabytes, to one decimal place, in the page's language. */
const megabytes = (bytes: number): string => (Math.round((bytes / 1024 / 1024) * 10) / 10).toLocaleString(currentLocale());

/** Files Save all asks about first: each with the errors the telephone will not take. */
type FilesWithErrors = readonly { readonly file: OpenFile; readonly errors: readonly Problem[] }[];

/** The names of a file's password-like lines, as the file writes them. */
const secretNames = (f: OpenFile): string => {
  const ids = new Set(passwordLikeLineIds(f.doc));
  return f.doc.lines.flatMap((l) => (ids.has(l.id) && l.kind === 'setting' ? [l.name.trim()] : [])).join(', ');
};

type DialogName = 'import' | 'copy' | 'compare' | 'convert' | null;

/** Administrator tools, loaded only when asked for. */
export function AdminPanel({ workspace, dispatch, onStatus: announce, onError, settingsFile = null, onGoTo, onChangeMany, folder = null }: AdminPanelProps) {
  const t = useT();
  // What the last action did, shown here too: the app's status line is for screen readers only.
  const [notice, setNotice] = useLaterWords();
  const onStatus = (words: Later) => {
    announce(words);
    setNotice(words);
  };
  const file = activeFile(workspace);
  const [dialog, setDialogState] = useState<DialogName>(null);
  // The dialogs are removed rather than closed, so the browser does not give focus back: the panel does.
  const opener = useRef<HTMLElement | null>(null);
  const setDialog = (name: DialogName) => {
    if (name !== null) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setDialogState(name);
      return;
    }
    setDialogState(null);
    const back = opener.current;
    requestAnimationFrame(() => back?.focus());
  };
  const [delimiter, setDelimiter] = useState<Delimiter>(',');
  const sepId = useId();
  const count = workspace.files.length;

  // Files with lines that look like passwords, asked about before Save all writes them (as the single Save asks).
  const [secrets, setSecrets] = useState<readonly OpenFile[] | null>(null);
  const saveAllButton = useRef<HTMLButtonElement>(null);
  // Files Save all would write under one name: listed once Save all met them, and kept up to date as they are
  // resolved (the name Save writes follows the extension, model and protocol).
  const [conflictsAsked, setConflictsAsked] = useState(false);
  // Names clash within one folder: each file is saved in the subfolder it was opened from.
  const conflicts = conflictsAsked ? nameConflicts(workspace.files.map((f) => ({ uid: f.uid, name: pathOf(f, saveName(f)) }))) : [];
  // Save all writes every open file; Save changed files only those with unsaved changes (kept through its questions).
  const scope = useRef<'all' | 'changed'>('all');
  // Set when the files the folder refused are saved into a zip instead (kept through the save's questions).
  const zipOnly = useRef<ReadonlySet<number> | null>(null);
  // While a save writes (a large .zip takes seconds, and the page stays usable meanwhile), another press waits for it
  // to end rather than writing the same files a second time.
  const writing = useRef(false);
  const [busy, setBusy] = useState(false);
  // A save whose zip would be more than the editor opens again (ZIP_LIMITS) writes nothing and says so (`zipRefused`),
  // offering to save in parts: one zip at a time, each within the limits, by a press each (`nextPart`).
  const [zipRefused, setZipRefused] = useState<ZipRefused | null>(null);
  const [nextPart, setNextPart] = useState<NextPart | null>(null);
  const inParts = useRef<{ part: number; done: number } | null>(null);
  const partsRef = useRef<HTMLDivElement>(null);
  const startSave = (which: 'all' | 'changed') => {
    if (writing.current) return;
    zipOnly.current = null;
    inParts.current = null;
    setZipRefused(null);
    setNextPart(null);
    void saveAll('ask', false, which);
  };
  const saveInParts = () => {
    if (writing.current) return;
    zipOnly.current = zipRefused?.only ?? null;
    inParts.current = { part: 1, done: 0 };
    setZipRefused(null);
    void saveAll('ask', false, scope.current);
  };
  const saveNextPart = () => {
    if (writing.current || !nextPart) return;
    zipOnly.current = nextPart.uids;
    inParts.current = { part: nextPart.part, done: nextPart.done };
    void saveAll(nextPart.secretLines, true, scope.current);
  };
  const refuseZip = (refused: ZipRefused) => {
    setReport(null);
    setZipRefused(refused);
    requestAnimationFrame(() => partsRef.current?.focus());
  };
  const [report, setReport] = useState<FleetReport | null>(null);
  const conflictsRef = useRef<HTMLDivElement>(null);
  // The name is made of the extension (and the model and protocol above it): the keyboard goes there.
  const goTo = (uid: number) => onGoTo?.(uid, EXTENSION_FIELD);
  const [errorsAsked, setErrorsAsked] = useState<FilesWithErrors | null>(null);
  const answerErrors = (answer: 'cancel' | 'go' | 'save') => {
    const asked = errorsAsked;
    setErrorsAsked(null);
    const first = asked?.[0];
    if (answer === 'go' && first && first.errors[0]) onGoTo?.(first.file.uid, first.errors[0].target);
    else if (answer === 'save') void saveAll('ask', true, scope.current);
  };
  const closeSecrets = () => {
    setSecrets(null);
    requestAnimationFrame(() => saveAllButton.current?.focus());
  };

  /**
   * Every open file through the one save path (src/session/save.ts), into one zip. `ask` stops to ask when a file
   * has password-like lines; `keep` writes them; `remove` takes them out, of the open files too, as one step.
   */
  const saveAll = async (secretLines: PasswordLines = 'ask', checked = false, which: 'all' | 'changed' = 'all') => {
    if (count === 0) return;
    scope.current = which;
    const only = zipOnly.current;
    const toSave = filesToSave(workspace.files, which === 'all').filter((f) => !only || only.has(f.uid));
    if (toSave.length === 0) {
      setReport(null);
      onStatus(() => t('admin.saveFleet.noneChanged'));
      return;
    }
    // More files for the zip than the editor opens from one: said before any question, nothing written.
    const tooMany = inParts.current ? null : fleetZipOverLimit(toSave, only ? null : folder);
    if (tooMany) {
      refuseZip({ over: tooMany, only });
      return;
    }
    // Two files under one name: the user says which is which first, before anything else is asked (Save all never
    // makes up a " (2)" name). Every open file counts, written now or not: a changed file must not take an unchanged one's name.
    if (nameConflicts(workspace.files.map((f) => ({ uid: f.uid, name: pathOf(f, saveName(f)) }))).length > 0) {
      setConflictsAsked(true);
      requestAnimationFrame(() => conflictsRef.current?.focus());
      return;
    }
    setConflictsAsked(false);
    // Errors the telephone will not take are asked about next, for all the files at once (as Save asks for one).
    if (!checked) {
      const withErrors = toSave.flatMap((f) => {
        const errors = errorsBeforeSave(manyFileProblems(f));
        return errors.length > 0 ? [{ file: f, errors }] : [];
      });
      if (withErrors.length > 0) {
        setErrorsAsked(withErrors);
        return;
      }
    }
    const prepared = toSave.map((f) => ({ file: f, result: prepareSave(f, secretLines) }));
    // An extension that is not digits cannot make a name by the rule (and "47a/../x" would be a path in the .zip).
    const bad = prepared.flatMap(({ result: r }) => (!r.ok && r.error.kind === 'bad-extension' ? [r.error.extension] : []));
    if (bad.length > 0) {
      onError(() => t('admin.panel.badExtensions', { count: bad.length, extensions: listMsg(bad.map(quoted), 'comma') }));
      return;
    }
    // A file the editor could not open again once written (over MAX_FILE_BYTES as saved) stops Save all, as for one file.
    const tooLarge = prepared.flatMap(({ file: f, result: r }) => (!r.ok && r.error.kind === 'too-large' ? [{ name: shownName(f), limit: r.error.limit }] : []));
    const [firstTooLarge] = tooLarge;
    if (firstTooLarge) {
      onError(() => t('admin.panel.tooLarge', { count: tooLarge.length, limit: firstTooLarge.limit.toLocaleString(currentLocale()), names: tooLarge.map((x) => x.name).join(', ') }));
      return;
    }
    const withSecrets = prepared.flatMap(({ file: f, result: r }) => (!r.ok && r.error.kind === 'password-lines' ? [f] : []));
    if (withSecrets.length > 0) {
      setSecrets(withSecrets);
      return;
    }
    const allReady = prepared.flatMap(({ file: f, result: r }) => (r.ok ? [{ file: f, ...r.value }] : []));
    const target = only ? null : folder;
    // The bytes, known now: past what the editor opens from one zip, refused as the number of files is above.
    const parts = inParts.current;
    const tooBig = parts ? null : fleetZipOverLimit(allReady.map((r) => r.file), target, allReady.reduce((sum, r) => sum + (intoFolder(r.file, target) ? 0 : r.bytes.length), 0));
    if (tooBig) {
      refuseZip({ over: tooBig, only });
      return;
    }
    // Saving in parts: the files for the folder and the first zip's worth now, the rest at the next press.
    const { now: ready, later } = parts ? firstZipPart(allReady, target) : { now: allReady, later: [] };
    if (writing.current) return;
    zipOnly.current = null;
    writing.current = true;
    setBusy(true);
    let result: Awaited<ReturnType<typeof writeFleet>>;
    try {
      result = await writeFleet(ready, target);
    } finally {
      writing.current = false;
      setBusy(false);
    }
    const overLimit = result.overLimit;
    if (overLimit) {
      refuseZip({ over: overLimit, only });
      return;
    }
    const zipName = parts ? zipPartName(parts.part) : ZIP_NAME;
    if (result.zip) download(result.zip, zipName, 'application/zip');
    if (parts && later.length > 0) {
      const next: NextPart = { uids: new Set(later.map((r) => r.file.uid)), part: parts.part + 1, secretLines, done: parts.done + result.written.filter((w) => w.where === 'zip').length };
      setNextPart(next);
      requestAnimationFrame(() => partsRef.current?.focus());
    } else setNextPart(null);
    inParts.current = null;
    const done = new Set(result.written.map((w) => w.uid));
    const removed = new Map(ready.filter((r) => r.removed.length > 0 && done.has(r.file.uid)).map((r) => [r.file.uid, r.removed]));
    // The open files written become what was saved: without the removed lines, as the user chose.
    // One step in every file it touched, undone together. A file not written stays unsaved, as it was.
    if (removed.size > 0) dispatch({ type: 'edit-many', edits: [...removed].map(([uid, ids]) => ({ uid, action: { type: 'remove-lines', lineIds: ids, label: msg('step.removePasswords') } })) });
    const byUid = new Map(ready.map((r) => [r.file.uid, r]));
    const saved = result.written.flatMap((w) => {
      const r = byUid.get(w.uid);
      return r ? [{ uid: w.uid, action: { type: 'saved', name: w.name, handle: w.handle, doc: r.doc, parts: r.parts } as const }] : [];
    });
    if (saved.length > 0) dispatch({ type: 'edit-many', edits: saved });
    const lines = [...removed.values()].reduce((n, ids) => n + ids.length, 0);
    const inFolder = result.written.filter((w) => w.where === 'folder').length;
    const inZip = result.written.length - inFolder;
    const refused = result.failed.filter((f) => f.reason.kind === 'permission').map((f) => f.uid);
    setReport(result.failed.length > 0 || inFolder > 0 ? { inFolder, inZip, failed: result.failed, refused: refused.length > 0 ? { uids: new Set(refused), secretLines } : null } : null);
    onStatus(() => {
      const said = [
        inFolder > 0 ? t('admin.saveFleet.writtenFolder', { count: inFolder, folder: visibleName(folder?.dir.name ?? '') }) : '',
        inZip > 0 ? t('admin.panel.savedAll', { name: zipName, count: inZip }) : '',
        result.failed.length > 0 ? t('admin.saveFleet.failed', { count: result.failed.length }) : '',
        lines > 0 ? t('admin.secrets.removed', { count: lines }) : '',
      ];
      return said.filter(Boolean).join(' ');
    });
  };

  const exportCsv = () => {
    if (!file) return;
    const values = valuesOf(file.doc, file.model);
    // The extension names the file only when it is one (digits): any other text is no part of a file name.
    const name = `${isValidExtension(file.extension.trim()) ? file.extension.trim() : 'backup'}_speed-dials.csv`;
    // The column headings are for people, so in their language; the import knows them in every language.
    const headings = [t('admin.csv.headingLabel'), t('admin.csv.headingNumber')] as const;
    download(speedDialsCsvBytes(values.speedDials, delimiter, headings), name, 'text/csv;charset=utf-8');
    const n = values.speedDials.filter(speedDialInFile).length;
    onStatus(() => t('admin.panel.csvExported', { name, count: n }));
  };

  const needFile = file ? null : <p className="hint">{t('admin.panel.needFile')}</p>;

  return (
    <section className="card admin" aria-labelledby="admin-title">
      <h2 id="admin-title">{t('admin.panel.title')}</h2>
      {notice ? (
        <div className="admin__notice">
          <p>{notice}</p>
          <button type="button" className="button button--quiet" onClick={() => setNotice(null)}>
            {t('admin.panel.hideNotice')}
          </button>
        </div>
      ) : null}
      <div className="admin__grid">
        <section className="admin__tool" aria-labelledby="admin-files">
          <h3 id="admin-files">{t('admin.panel.filesTitle')}</h3>
          <p className="hint">{count === 0 ? t('admin.panel.noFiles') : t('admin.panel.filesOpen', { count, example: '4711_4620data.txt' })}</p>
          <p className="hint">{t('admin.saveFleet.hint')}</p>
          <div className="admin__buttons">
            <button type="button" className="button" onClick={() => startSave('changed')} disabled={count === 0} aria-disabled={busy || undefined}>
              {t('admin.saveFleet.saveChanged')}
            </button>
            <button ref={saveAllButton} type="button" className="button" onClick={() => startSave('all')} disabled={count === 0} aria-disabled={busy || undefined}>
              {t('admin.panel.saveAll')}
            </button>
          </div>
          {report && report.failed.length > 0 ? (
            <div className="alert admin-fleet-report" role="alert">
              <p>{t('admin.saveFleet.failed', { count: report.failed.length })}</p>
              <ul className="admin-report">
                {report.failed.map((f) => (
                  <li key={f.uid}>
                    {f.reason.kind === 'permission'
                      ? t('admin.saveFleet.failPermission', { path: visibleName(f.path) })
                      : f.reason.kind === 'taken'
                        ? t('admin.saveFleet.failTaken', { path: visibleName(f.path) })
                        : f.reason.kind === 'bad-name'
                          ? t('admin.saveFleet.failName', { path: visibleName(f.path) })
                          : f.reason.kind === 'zip-path'
                            ? t('admin.saveFleet.failZipPath', { path: visibleName(f.path) })
                          : t('admin.saveFleet.failError', { path: visibleName(f.path), detail: f.reason.kind === 'zip' ? t('admin.panel.zipFailed', { detail: f.reason.detail }) : f.reason.detail })}
                  </li>
                ))}
              </ul>
              {report.refused ? (
                <>
                  <p>{t('admin.saveFleet.refused', { count: report.refused.uids.size, folder: visibleName(folder?.dir.name ?? '') })}</p>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      // No dead end: the same files, as they are now, into a zip.
                      const { uids, secretLines } = report.refused ?? { uids: new Set<number>(), secretLines: 'ask' as const };
                      zipOnly.current = uids;
                      void saveAll(secretLines, true, scope.current);
                    }}
                  >
                    {t('admin.saveFleet.zipRefused', { count: report.refused.uids.size })}
                  </button>
                </>
              ) : null}
            </div>
          ) : null}
          {zipRefused || nextPart ? (
            <div className="alert admin-zip-parts" role="alert" tabIndex={-1} ref={partsRef}>
              {zipRefused ? (
                <>
                  <p>
                    {zipRefused.over.kind === 'files'
                      ? t('admin.saveFleet.zipTooMany', { count: zipRefused.over.count.toLocaleString(currentLocale()), limit: zipRefused.over.limit.toLocaleString(currentLocale()) })
                      : t('admin.saveFleet.zipTooBig', { size: megabytes(zipRefused.over.size), limit: megabytes(zipRefused.over.limit) })}
                  </p>
                  <button type="button" className="button" onClick={saveInParts} aria-disabled={busy || undefined}>
                    {t('admin.saveFleet.saveInParts', { name: zipPartName(1) })}
                  </button>
                </>
              ) : nextPart ? (
                <>
                  <p>{t('admin.saveFleet.partsSoFar', { done: nextPart.done.toLocaleString(currentLocale()), left: nextPart.uids.size.toLocaleString(currentLocale()) })}</p>
                  <button type="button" className="button" onClick={saveNextPart} aria-disabled={busy || undefined}>
                    {t('admin.saveFleet.saveNextPart', { name: zipPartName(nextPart.part) })}
                  </button>
                </>
              ) : null}
            </div>
          ) : null}
          {conflictsAsked ? (
            <div className={conflicts.length > 0 ? 'alert admin-conflicts' : 'alert alert--info admin-conflicts'} role="alert" tabIndex={-1} ref={conflictsRef}>
              {conflicts.length > 0 ? (
                <>
                  <p>{t('admin.saveAll.conflicts', { count: conflicts.length })}</p>
                  <ul className="admin-report">
                    {conflicts.map((c) => (
                      <li key={c.name}>
                        {t('admin.saveAll.conflict', { name: visibleName(c.name), count: c.uids.length })}
                        <ul className="admin-conflicts__files">
                          {c.uids.map((uid) => {
                            const at = workspace.files.findIndex((f) => f.uid === uid);
                            const f = workspace.files[at];
                            return f ? (
                              <li key={uid}>
                                <button type="button" className="button button--quiet" onClick={() => goTo(uid)}>
                                  {t('admin.saveAll.goTo', { index: at + 1, name: visibleName(f.sourceName ?? saveName(f)) })}
                                </button>
                              </li>
                            ) : null;
                          })}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>{t('admin.saveAll.resolved')}</p>
              )}
            </div>
          ) : null}
        </section>

        <section className="admin__tool" aria-labelledby="admin-csv">
          <h3 id="admin-csv">{t('admin.panel.csvTitle')}</h3>
          <p className="hint">{t('admin.panel.csvHint')}</p>
          <Field id={sepId} label={t('admin.panel.csvSeparator')} className="admin__inline">
            <select id={sepId} className="field__input" value={delimiter} onChange={(e) => setDelimiter(e.target.value as Delimiter)}>
              <DelimiterOptions />
            </select>
          </Field>
          <div className="admin__buttons">
            <button type="button" className="button" onClick={exportCsv} disabled={!file}>
              {t('admin.panel.exportCsv')}
            </button>
            <button type="button" className="button" onClick={() => setDialog('import')} disabled={!file}>
              {t('admin.panel.importCsv')}
            </button>
          </div>
          {needFile}
        </section>

        <section className="admin__tool" aria-labelledby="admin-copy">
          <h3 id="admin-copy">{t('admin.panel.copyTitle')}</h3>
          <p className="hint">{t('admin.panel.copyHint')}</p>
          <button type="button" className="button" onClick={() => setDialog('copy')} disabled={!file}>
            {t('admin.panel.copy')}
          </button>
          {needFile}
        </section>

        <section className="admin__tool" aria-labelledby="admin-compare">
          <h3 id="admin-compare">{t('admin.panel.compareTitle')}</h3>
          <p className="hint">{t('admin.panel.compareHint')}</p>
          <div className="admin__buttons">
            <button type="button" className="button" onClick={() => setDialog('compare')} disabled={!file}>
              {t('admin.panel.compare')}
            </button>
            <button type="button" className="button" onClick={() => setDialog('convert')} disabled={!file}>
              {t('admin.panel.convert')}
            </button>
          </div>
          {needFile}
        </section>

        {onChangeMany ? (
          <section className="admin__tool" aria-labelledby="admin-bulk">
            <h3 id="admin-bulk">{t('admin.panel.bulkTitle')}</h3>
            <p className="hint">{t('admin.panel.bulkHint')}</p>
            <button type="button" className="button" onClick={onChangeMany} disabled={count === 0}>
              {t('admin.panel.bulk')}
            </button>
          </section>
        ) : null}

        <RestoreCheck file={file} offered={settingsFile} />
      </div>

      <ErrorsQuestion
        open={errorsAsked !== null}
        items={(errorsAsked ?? []).flatMap(({ file: f, errors }) => errorItems(errors, { uid: f.uid, name: shownName(f) }))}
        files={errorsAsked?.length ?? 0}
        canSave={!(errorsAsked ?? []).some(({ errors }) => cannotBeNamed(errors))}
        onAnswer={answerErrors}
      />
      <SecretsQuestion
        open={secrets !== null}
        title={t('admin.secrets.title')}
        keep={t('admin.secrets.keep')}
        remove={t('admin.secrets.remove')}
        className="admin-dialog"
        onAnswer={(answer) => {
          closeSecrets();
          if (answer !== 'cancel') void saveAll(answer, true, scope.current);
        }}
      >
        <p>{t('admin.secrets.body', { count: secrets?.length ?? 0 })}</p>
        <ul className="admin-report">
          {(secrets ?? []).map((f) => (
            <li key={f.uid}>
              {t('admin.secrets.file', { name: shownName(f), names: secretNames(f) })}
            </li>
          ))}
        </ul>
      </SecretsQuestion>
      {file && dialog === 'import' ? <CsvImportDialog file={file} onClose={() => setDialog(null)} dispatch={dispatch} onStatus={onStatus} /> : null}
      {file && dialog === 'copy' ? <CopyDialog file={file} workspace={workspace} onClose={() => setDialog(null)} dispatch={dispatch} onStatus={onStatus} /> : null}
      {file && dialog === 'compare' ? <CompareDialog file={file} workspace={workspace} onClose={() => setDialog(null)} /> : null}
      {file && dialog === 'convert' ? <ConvertDialog file={file} onClose={() => setDialog(null)} dispatch={dispatch} onStatus={onStatus} /> : null}
    </section>
  );
}
