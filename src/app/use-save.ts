import { useState } from 'react';
import { msg } from '../catalog/msg.ts';
import { download, saveAs, writeToHandle } from '../file-io/file-io.ts';
import { useT, type Later } from '../i18n/i18n.ts';
import type { BackupDocument } from '../format/document.ts';
import type { EditorAction, OpenFile } from '../session/open-file.ts';
import { prepareSave, type PasswordLines } from '../session/save.ts';
import type { SecretsAnswer } from '../shared/secrets-question.tsx';

/** A save waiting for the answer to "Remove password-like lines?": Save (no name) or Save as (its name). */
export type SaveRequest = { readonly as?: string };

/**
 * Save and Save as for the open file, through the one save path (src/session/save.ts). Password-like lines are
 * asked about first (`asked` is the save waiting for the answer); removed, they go from the open file too, as one
 * step Undo takes back. Save writes back to the opened file where the browser allows it, else downloads.
 */
export function useSave(file: OpenFile | null, dispatch: (action: EditorAction) => void, setError: (say: Later | null) => void, setStatus: (say: Later | null) => void) {
  const t = useT();
  const [asked, setAsked] = useState<SaveRequest | null>(null);

  const done = (name: string, doc: BackupDocument, handle: FileSystemFileHandle | null, how: 'written' | 'downloaded') => {
    dispatch({ type: 'saved', name, handle, doc });
    setStatus(() => (how === 'written' ? t('status.saved', { name }) : t('status.downloaded', { name })));
  };

  const save = async (passwords: PasswordLines = 'ask', as?: string) => {
    if (!file) return;
    const prepared = prepareSave(file, passwords, as);
    if (!prepared.ok) {
      const why = prepared.error;
      if (why.kind === 'bad-extension') setError(() => t('save.badExtension', { ext: why.extension }));
      else setAsked({ as });
      return;
    }
    const { name, bytes, doc, removed } = prepared.value;
    // The removed lines leave the open file once the save goes ahead (Save as can still be cancelled in its dialog).
    const removeFromFile = () => {
      if (removed.length > 0) dispatch({ type: 'remove-lines', lineIds: removed, label: msg('step.removePasswords') });
    };
    if (as !== undefined) {
      try {
        const { outcome, handle } = await saveAs(bytes, name);
        if (outcome.kind === 'cancelled') return;
        removeFromFile();
        done(outcome.name, doc, handle, outcome.kind);
      } catch (e) {
        setError(() => t('save.failed', { detail: String(e) }));
      }
      return;
    }
    removeFromFile();
    if (file.handle && file.handle.name === name) {
      try {
        const outcome = await writeToHandle(file.handle, bytes);
        if (outcome.kind === 'written') return done(name, doc, file.handle, 'written');
      } catch {
        // No permission or the file went away: fall back to a download below.
      }
    }
    download(bytes, name);
    done(name, doc, null, 'downloaded');
  };

  const answer = (a: SecretsAnswer) => {
    const request = asked;
    setAsked(null);
    if (a !== 'cancel') void save(a, request?.as);
  };

  return { save, asked, answer };
}
