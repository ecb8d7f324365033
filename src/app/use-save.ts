import { useState } from 'react';
import { visibleName } from '../display/visible-name.ts';
import { msg } from '../catalog/msg.ts';
import { download, saveAs, writeToHandle } from '../file-io/file-io.ts';
import { currentLocale, useT, type Later } from '../i18n/i18n.ts';
import type { BackupDocument } from '../format/document.ts';
import type { Problem, Target } from '../model/problems.ts';
import { cannotBeNamed, errorsBeforeSave, fileProblems } from '../session/file-problems.ts';
import type { EditorAction, IdentityParts, OpenFile } from '../session/open-file.ts';
import { prepareSave, type PasswordLines } from '../session/save.ts';
import type { ErrorsAnswer } from '../shared/errors-question.tsx';
import type { SecretsAnswer } from '../shared/secrets-question.tsx';

/** A save waiting for an answer: Save (no name) or Save as (its name). */
export type SaveRequest = { readonly as?: string };

/** A save waiting for "Save with errors?": the errors the file has, the first of which "Go to" takes the user to. */
export interface ErrorsRequest extends SaveRequest {
  readonly errors: readonly Problem[];
  /** False when Save cannot name the file (an extension that is not digits, with no Save as name). */
  readonly canSave: boolean;
}

/**
 * Save and Save as for the open file, through the one save path (src/session/save.ts). Errors the telephone will
 * not take are asked about first ("Save anyway" or go to the first), then password-like lines (`asked`); removed,
 * they go from the open file too, as one step Undo takes back. Save writes back to the opened file where the
 * browser allows it, else downloads; either way `setNotice` says so on screen, with what to do next.
 */
export function useSave(
  file: OpenFile | null,
  dispatch: (action: EditorAction) => void,
  setError: (say: Later | null) => void,
  setNotice: (say: Later | null) => void,
  goTo: (uid: number, target: Target) => void,
) {
  const t = useT();
  const [asked, setAsked] = useState<SaveRequest | null>(null);
  const [errorsAsked, setErrorsAsked] = useState<ErrorsRequest | null>(null);

  /** Saved: written through the handle, downloaded, or downloaded because the browser was not allowed to write (`refused`). */
  const done = (name: string, doc: BackupDocument, parts: IdentityParts, handle: FileSystemFileHandle | null, how: 'written' | 'downloaded' | 'refused') => {
    dispatch({ type: 'saved', name, handle, doc, parts });
    // The name of a file picked in the system's save dialog may hold hidden or direction-changing characters.
    const shown = visibleName(name);
    setNotice(() => (how === 'written' ? t('status.saved', { name: shown }) : how === 'refused' ? t('save.refused', { name: shown }) : t('status.downloaded', { name: shown })));
  };

  /** `checked`: the errors were asked about already (Save anyway), or there were none. */
  const save = async (passwords: PasswordLines = 'ask', as?: string, checked = false) => {
    if (!file) return;
    if (!checked) {
      const errors = errorsBeforeSave(fileProblems(file));
      if (errors.length > 0) {
        setErrorsAsked({ as, errors, canSave: as !== undefined || !cannotBeNamed(errors) });
        return;
      }
    }
    const prepared = prepareSave(file, passwords, as);
    if (!prepared.ok) {
      const why = prepared.error;
      if (why.kind === 'bad-extension') setError(() => t('save.badExtension', { ext: why.extension }));
      else if (why.kind === 'too-large') setError(() => t('save.tooLarge', { size: why.size.toLocaleString(currentLocale()), limit: why.limit.toLocaleString(currentLocale()) }));
      else setAsked({ as });
      return;
    }
    setNotice(null);
    const { name, bytes, doc, parts, removed } = prepared.value;
    // The removed lines leave the open file once the save goes ahead (Save as can still be cancelled in its dialog).
    const removeFromFile = () => {
      if (removed.length > 0) dispatch({ type: 'remove-lines', lineIds: removed, label: msg('step.removePasswords') });
    };
    if (as !== undefined) {
      try {
        const { outcome, handle } = await saveAs(bytes, name);
        if (outcome.kind === 'cancelled') return;
        removeFromFile();
        // (A file just chosen in the save dialog is hardly refused: downloaded then, as Save does, the handle kept.)
        if (outcome.kind === 'refused') download(bytes, outcome.name);
        done(outcome.name, doc, parts, handle, outcome.kind);
      } catch (e) {
        setError(() => t('save.failed', { detail: String(e) }));
      }
      return;
    }
    removeFromFile();
    // The browser not allowed to write to the file (the user said no: a reload makes it ask again) is said plainly,
    // and the file downloaded instead, so nothing is lost; it keeps its handle, so the next Save asks again.
    let how: 'downloaded' | 'refused' = 'downloaded';
    if (file.handle && file.handle.name === name) {
      try {
        const outcome = await writeToHandle(file.handle, bytes);
        if (outcome.kind === 'written') return done(name, doc, parts, file.handle, 'written');
        how = outcome.kind;
      } catch {
        // The file went away: fall back to a download below.
      }
    }
    download(bytes, name);
    done(name, doc, parts, null, how);
  };

  const answer = (a: SecretsAnswer) => {
    const request = asked;
    setAsked(null);
    if (a !== 'cancel') void save(a, request?.as, true);
  };

  const answerErrors = (a: ErrorsAnswer) => {
    const request = errorsAsked;
    setErrorsAsked(null);
    if (!request || !file) return;
    const [first] = request.errors;
    if (a === 'go' && first) goTo(file.uid, first.target);
    else if (a === 'save' && request.canSave) void save('ask', request.as, true);
  };

  return { save, asked, answer, errorsAsked, answerErrors };
}
