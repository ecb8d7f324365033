import { useId, useState } from 'react';
import { Dialog } from '../../shared/dialog.tsx';
import type { Workspace } from '../../session/workspace.ts';
import { tr, useT, type MessageId } from '../../i18n/i18n.ts';
import { diffDocuments, diffSettings } from '../../model/admin/diff.ts';
import type { OpenFile } from '../../session/open-file.ts';
import { displayName } from './names.ts';
import { Field } from '../../shared/form-kit.tsx';
import { Ltr } from '../../shared/bidi.tsx';
import { DiffRows } from '../../shared/diff-rows.tsx';

const KIND_WORDS: Record<'changed' | 'added' | 'removed', MessageId> = { changed: 'admin.compare.changed', added: 'admin.compare.added', removed: 'admin.compare.removed' };

/** Compare the open file with what was loaded (or last saved), or with another open file. */
export function CompareDialog({ file, workspace, onClose }: { file: OpenFile; workspace: Workspace; onClose: () => void }) {
  const t = useT();
  const withId = useId();
  const others = workspace.files.filter((f) => f.uid !== file.uid);
  const [against, setAgainst] = useState<string>('saved');
  const other = against === 'saved' ? null : (others.find((f) => String(f.uid) === against) ?? null);
  const beforeDoc = other ? other.doc : file.savedDoc;
  // A file's name reads left to right in every language; the words for the saved or current state are a sentence.
  const beforeName = other ? <Ltr>{displayName(other)}</Ltr> : t('admin.compare.asLoaded');
  const afterName = other ? <Ltr>{displayName(file)}</Ltr> : t('admin.compare.now');
  // A few hundred lines at most: worked out on each render of the (open) dialog.
  const settings = diffSettings(beforeDoc, file.doc);
  const lines = diffDocuments(beforeDoc, file.doc);
  const lineChanges = lines.lines.filter((l) => l.kind !== 'same').length;

  return (
    <Dialog open onClose={onClose} title={t('admin.compare.title')}>
      <div className="admin-dialog admin-dialog--wide">
        <Field id={withId} label={t('admin.compare.with', { name: displayName(file) })}>
          <select id={withId} className="field__input" value={against} onChange={(e) => setAgainst(e.target.value)}>
            <option value="saved">{t('admin.compare.againstSaved')}</option>
            {others.map((f) => (
              <option key={f.uid} value={String(f.uid)}>
                {t('admin.compare.option', { name: displayName(f), model: f.model })}
              </option>
            ))}
          </select>
        </Field>

        <h3 className="admin-dialog__subtitle">{t('admin.compare.bySetting')}</h3>
        {settings.length === 0 ? (
          <p className="hint" role="status">
            {other ? t('admin.compare.noSetting') : t('admin.compare.noSettingSinceSaved')}
          </p>
        ) : (
          <>
            <p className="hint" role="status">
              {t('admin.compare.settingsDiffer', { count: settings.length })}
            </p>
            <div className="admin-scroll">
              <table className="list-table admin-compare">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.compare.setting')}</th>
                    <th scope="col">{t('admin.compare.change')}</th>
                    <th scope="col">{beforeName}</th>
                    <th scope="col">{afterName}</th>
                  </tr>
                </thead>
                <tbody>
                  {settings.map((c) => (
                    <tr key={c.key} className={`admin-compare--${c.kind}`}>
                      <th scope="row">{tr(c.what)}</th>
                      <td>{t(KIND_WORDS[c.kind])}</td>
                      <td>{tr(c.beforeWords)}</td>
                      <td>{tr(c.afterWords)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}

        <h3 className="admin-dialog__subtitle">{t('admin.compare.byLine')}</h3>
        {lines.eolChanged ? <p className="hint">{t('admin.compare.lineEnds')}</p> : null}
        {lineChanges === 0 ? (
          <p className="hint">{t('admin.compare.noLine')}</p>
        ) : (
          <div className="admin-scroll">
            <DiffRows lines={lines.lines} before={beforeName} after={afterName} />
          </div>
        )}

        <div className="dialog__actions">
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('admin.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
