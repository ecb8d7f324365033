import { useMemo } from 'react';
import { MODELS, PROTOCOL_LABELS } from '../../catalog/catalog.ts';
import { useT, type MessageId } from '../../i18n/i18n.ts';
import { findProblems } from '../../model/problems.ts';
import { isDirty, shownName, type OpenFile } from '../../session/open-file.ts';
import { Ltr } from '../../shared/bidi.tsx';

function statusOf(file: OpenFile): { word: 'ok' | 'warnings' | 'errors'; text: MessageId; errors: number; warnings: number } {
  const problems = findProblems(file.doc, { model: file.model, protocol: file.protocol, decoded: file.decoded ?? undefined });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  if (errors > 0) return { word: 'errors', text: warnings ? 'fileList.errorsAndWarnings' : 'fileList.errors', errors, warnings };
  if (warnings > 0) return { word: 'warnings', text: 'fileList.warnings', errors, warnings };
  return { word: 'ok', text: 'fileList.ok', errors, warnings };
}

/**
 * The open files, each with its extension, type, protocol and status; switching keeps every file's edits. On a
 * narrow screen the extension, type and protocol columns give way to one line under the name (the extension is
 * in the name), so the status and Close stay in view.
 */
export function FileList({ files, activeUid, onSelect, onClose }: { files: readonly OpenFile[]; activeUid: number | null; onSelect: (uid: number) => void; onClose: (file: OpenFile) => void }) {
  const t = useT();
  const rows = useMemo(() => files.map((f) => ({ file: f, status: statusOf(f) })), [files]);
  return (
    <section className="card file-list" aria-labelledby="files-title">
      <h2 id="files-title">{t('fileList.title', { count: files.length })}</h2>
      <table className="list-table">
        <thead>
          <tr>
            <th scope="col">{t('fileList.colFile')}</th>
            <th scope="col" className="file-list__wide">
              {t('fileList.colExtension')}
            </th>
            <th scope="col" className="file-list__wide">
              {t('fileList.colType')}
            </th>
            <th scope="col" className="file-list__wide">
              {t('fileList.colProtocol')}
            </th>
            <th scope="col">{t('fileList.colStatus')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ file, status }) => {
            const name = shownName(file);
            const active = file.uid === activeUid;
            return (
              <tr key={file.uid} className={active ? 'row--active' : undefined} aria-current={active ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelect(file.uid)} aria-pressed={active}>
                    <Ltr>{name}</Ltr>
                  </button>
                  {isDirty(file) ? <span className="badge badge--dirty">{t('fileList.unsaved')}</span> : null}
                  <Ltr className="file-list__kind">{`${file.model} · ${PROTOCOL_LABELS[file.protocol]}`}</Ltr>
                </th>
                <td className="file-list__wide">
                  <Ltr>{file.extension || '—'}</Ltr>
                </td>
                <td className="file-list__wide">
                  <Ltr>{`${MODELS[file.model].family === '4610' ? '4610' : '4620'} (${file.model})`}</Ltr>
                </td>
                <td className="file-list__wide">{PROTOCOL_LABELS[file.protocol]}</td>
                <td className={`status-${status.word}`}>{t(status.text, { errors: status.errors, warnings: status.warnings })}</td>
                <td>
                  <button type="button" className="button button--quiet file-list__close" onClick={() => onClose(file)}>
                    {`${t('fileList.close')} `}
                    <Ltr className="visually-hidden">{name}</Ltr>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
