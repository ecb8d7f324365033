import { useMemo } from 'react';
import { MODELS, PROTOCOL_LABELS } from '../../catalog/catalog.ts';
import { findProblems } from '../../model/problems.ts';
import { isDirty, ruleFileName, type OpenFile } from '../editor/editor-state.ts';

function statusOf(file: OpenFile): { word: 'ok' | 'warnings' | 'errors'; text: string } {
  const problems = findProblems(file.doc, { model: file.model, protocol: file.protocol, decoded: file.decoded ?? undefined });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  if (errors > 0) return { word: 'errors', text: `${errors} error(s)${warnings ? `, ${warnings} warning(s)` : ''}` };
  if (warnings > 0) return { word: 'warnings', text: `${warnings} warning(s)` };
  return { word: 'ok', text: 'OK' };
}

/** The open files, each with its extension, type, protocol and status; switching keeps every file's edits. */
export function FileList({ files, activeUid, onSelect, onClose }: { files: readonly OpenFile[]; activeUid: number | null; onSelect: (uid: number) => void; onClose: (file: OpenFile) => void }) {
  const rows = useMemo(() => files.map((f) => ({ file: f, status: statusOf(f) })), [files]);
  return (
    <section className="card file-list" aria-labelledby="files-title">
      <h2 id="files-title">Open files ({files.length})</h2>
      <table className="list-table">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Extension</th>
            <th scope="col">Type</th>
            <th scope="col">Protocol</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ file, status }) => {
            const name = file.sourceName ?? ruleFileName(file);
            const active = file.uid === activeUid;
            return (
              <tr key={file.uid} className={active ? 'row--active' : undefined} aria-current={active ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelect(file.uid)} aria-pressed={active}>
                    {name}
                  </button>
                  {isDirty(file) ? <span className="badge badge--dirty">Unsaved</span> : null}
                </th>
                <td>{file.extension || '—'}</td>
                <td>{MODELS[file.model].family === '4610' ? '4610' : '4620'} ({file.model})</td>
                <td>{PROTOCOL_LABELS[file.protocol]}</td>
                <td className={`status-${status.word}`}>{status.text}</td>
                <td>
                  <button type="button" className="button button--quiet" onClick={() => onClose(file)}>
                    Close<span className="visually-hidden"> {name}</span>
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
