import { useId, useRef, useState, type Dispatch } from 'react';
import { activeFile, type Workspace, type WorkspaceAction } from '../../app/workspace.ts';
import { download } from '../../file-io/file-io.ts';
import { DELIMITER_NAMES, speedDialsCsvBytes, type Delimiter } from '../../model/admin/csv.ts';
import { valuesOf } from '../../model/values.ts';
import { fileBytes, ruleFileName, type OpenFile } from '../editor/editor-state.ts';
import { CompareDialog } from './compare-dialog.tsx';
import { ConvertDialog } from './convert-dialog.tsx';
import { CopyDialog } from './copy-dialog.tsx';
import { CsvImportDialog } from './csv-import-dialog.tsx';
import { RestoreCheck } from './restore-check.tsx';
import './admin.css';

export interface AdminPanelProps {
  readonly workspace: Workspace;
  readonly dispatch: Dispatch<WorkspaceAction>;
  /** Adds files (already opened) to the workspace and selects the first. */
  readonly onOpenFiles: (files: readonly OpenFile[]) => void;
  readonly onStatus: (message: string) => void;
  readonly onError: (message: string) => void;
}

type DialogName = 'import' | 'copy' | 'compare' | 'convert' | null;

/** Administrator tools, loaded only when asked for. */
export function AdminPanel({ workspace, dispatch, onStatus: announce, onError }: AdminPanelProps) {
  // What the last action did, shown here too: the app's status line is for screen readers only.
  const [notice, setNotice] = useState<string | null>(null);
  const onStatus = (message: string) => {
    announce(message);
    setNotice(message);
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

  const saveAll = async () => {
    if (count === 0) return;
    const files = workspace.files.map((f) => ({ name: ruleFileName(f), bytes: fileBytes(f) }));
    const names = files.map((f) => f.name);
    const twice = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
    try {
      const { zipFiles } = await import('../../file-io/zip.ts');
      download(zipFiles(files), 'phone-backups.zip', 'application/zip');
    } catch (e) {
      onError(`The .zip could not be made: ${String(e)}. Try again, or save the files one by one.`);
      return;
    }
    for (const f of workspace.files) dispatch({ type: 'edit', uid: f.uid, action: { type: 'saved', name: ruleFileName(f), handle: null } });
    const note = twice.length > 0 ? ` Two open files have the name ${twice.join(', ')}; the later one is in the .zip as “… (2).txt”. Give it its own extension and save again.` : '';
    onStatus(`Downloaded phone-backups.zip with ${count} file${count === 1 ? '' : 's'}. Unpack it where the telephones look for their backups.${note}`);
  };

  const exportCsv = () => {
    if (!file) return;
    const values = valuesOf(file.doc, file.model);
    const name = `${file.extension.trim() || 'backup'}_speed-dials.csv`;
    download(speedDialsCsvBytes(values.speedDials, delimiter), name, 'text/csv;charset=utf-8');
    const n = values.speedDials.filter((e) => e.label !== undefined || e.number !== undefined).length;
    onStatus(`Downloaded ${name} with ${n} speed dial${n === 1 ? '' : 's'}. Edit it in a spreadsheet, then use Import CSV.`);
  };

  const needFile = file ? null : <p className="hint">Open a backup file to use this.</p>;

  return (
    <section className="card admin" aria-labelledby="admin-title">
      <h2 id="admin-title">Administrator tools</h2>
      {notice ? (
        <div className="admin__notice">
          <p>{notice}</p>
          <button type="button" className="button button--quiet" onClick={() => setNotice(null)}>
            Hide this message
          </button>
        </div>
      ) : null}
      <div className="admin__grid">
        <section className="admin__tool" aria-labelledby="admin-files">
          <h3 id="admin-files">Open files</h3>
          <p className="hint">
            {count === 0 ? 'No file is open. Open several files at once, or a .zip of them.' : `${count} file${count === 1 ? '' : 's'} open. Save all of them as one .zip, each named by the rule (such as 4711_4620data.txt).`}
          </p>
          <button type="button" className="button" onClick={() => void saveAll()} disabled={count === 0}>
            Save all
          </button>
        </section>

        <section className="admin__tool" aria-labelledby="admin-csv">
          <h3 id="admin-csv">Speed dials as CSV</h3>
          <p className="hint">For a spreadsheet: one row per speed dial, label and number.</p>
          <div className="field admin__inline">
            <label htmlFor={sepId} className="field__label">
              CSV separator for export
            </label>
            <select id={sepId} className="field__input" value={delimiter} onChange={(e) => setDelimiter(e.target.value as Delimiter)}>
              {(Object.keys(DELIMITER_NAMES) as Delimiter[]).map((d) => (
                <option key={d} value={d}>
                  {DELIMITER_NAMES[d]}
                </option>
              ))}
            </select>
          </div>
          <div className="admin__buttons">
            <button type="button" className="button" onClick={exportCsv} disabled={!file}>
              Export CSV
            </button>
            <button type="button" className="button" onClick={() => setDialog('import')} disabled={!file}>
              Import CSV
            </button>
          </div>
          {needFile}
        </section>

        <section className="admin__tool" aria-labelledby="admin-copy">
          <h3 id="admin-copy">Many telephones</h3>
          <p className="hint">Copy this file’s speed dials, labels, options or parameters to new files for a list of extensions, or into every open file.</p>
          <button type="button" className="button" onClick={() => setDialog('copy')} disabled={!file}>
            Copy to extensions
          </button>
          {needFile}
        </section>

        <section className="admin__tool" aria-labelledby="admin-compare">
          <h3 id="admin-compare">Compare and convert</h3>
          <p className="hint">See what changed since the file was loaded, or how two open files differ. Convert between H.323 and SIP, or between the 4610 and 4620 families.</p>
          <div className="admin__buttons">
            <button type="button" className="button" onClick={() => setDialog('compare')} disabled={!file}>
              Compare
            </button>
            <button type="button" className="button" onClick={() => setDialog('convert')} disabled={!file}>
              Convert
            </button>
          </div>
          {needFile}
        </section>

        <RestoreCheck file={file} />
      </div>

      {file && dialog === 'import' ? <CsvImportDialog file={file} onClose={() => setDialog(null)} dispatch={dispatch} onStatus={onStatus} /> : null}
      {file && dialog === 'copy' ? <CopyDialog file={file} workspace={workspace} onClose={() => setDialog(null)} dispatch={dispatch} onStatus={onStatus} onError={onError} /> : null}
      {file && dialog === 'compare' ? <CompareDialog file={file} workspace={workspace} onClose={() => setDialog(null)} /> : null}
      {file && dialog === 'convert' ? <ConvertDialog file={file} onClose={() => setDialog(null)} dispatch={dispatch} onStatus={onStatus} /> : null}
    </section>
  );
}
