import { useId, useMemo, useState, type Dispatch } from 'react';
import { SPEED_DIAL, listCapacity } from '../../catalog/catalog.ts';
import { Dialog } from '../../app/dialog.tsx';
import type { WorkspaceAction } from '../../app/workspace.ts';
import { DELIMITER_NAMES, MERGE_MODE_NAMES, columnNames, guessHeader, guessMapping, planImport, type Delimiter, type MergeMode, type PreviewRow } from '../../model/admin/csv.ts';
import { valuesOf } from '../../model/values.ts';
import type { OpenFile } from '../editor/editor-state.ts';
import { readCsv, type CsvRead } from './csv-read.ts';

interface Loaded {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly csv: CsvRead;
}

function outcomeText(r: PreviewRow): string {
  const o = r.outcome;
  switch (o.kind) {
    case 'add':
      return `Added as speed dial ${o.index}`;
    case 'change':
      return `Changes speed dial ${o.index} (was ${o.before.label ? `“${o.before.label}” ` : ''}${o.before.number ?? 'no number'})`;
    case 'same':
      return `Speed dial ${o.index} already has this`;
    case 'refuse':
      return `Refused: ${o.reasons.join(' ')}`;
    case 'blank':
      return 'Blank row';
  }
}

/**
 * Import CSV, in one dialog: pick the file, check how it was read (separator, header, columns), choose how to
 * merge, and see row by row what will be added, changed or refused. Nothing changes until Import is pressed.
 */
export function CsvImportDialog({ file, onClose, dispatch, onStatus }: { file: OpenFile; onClose: () => void; dispatch: Dispatch<WorkspaceAction>; onStatus: (m: string) => void }) {
  const ids = { file: useId(), sep: useId(), header: useId(), label: useId(), number: useId(), mode: useId() };
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sep, setSep] = useState<Delimiter | 'auto'>('auto');
  const [hasHeader, setHasHeader] = useState(false);
  const [labelCol, setLabelCol] = useState<number | null>(null);
  const [numberCol, setNumberCol] = useState(0);
  const [mode, setMode] = useState<MergeMode>('append');

  const read = async (name: string, bytes: Uint8Array, delimiter: Delimiter | 'auto') => {
    const r = await readCsv(bytes, delimiter);
    if (!r.ok) {
      setLoaded(null);
      setProblem(`“${name}”: ${r.error}`);
      return;
    }
    setProblem(null);
    const header = guessHeader(r.value.rows);
    const mapping = guessMapping(r.value.rows, header);
    setHasHeader(header);
    setLabelCol(mapping.label);
    setNumberCol(mapping.number);
    setLoaded({ name, bytes, csv: r.value });
  };

  const current = useMemo(() => valuesOf(file.doc, file.model), [file.doc, file.model]);
  const capacity = listCapacity(SPEED_DIAL, file.model);
  const plan = useMemo(
    () => (loaded ? planImport(current.speedDials, loaded.csv.rows, { hasHeader, label: labelCol, number: numberCol }, mode, file.model, capacity) : null),
    [loaded, current, hasHeader, labelCol, numberCol, mode, file.model, capacity],
  );
  const names = loaded ? columnNames(loaded.csv.rows, hasHeader) : [];
  const willChange = plan !== null && (plan.added > 0 || plan.changed > 0 || plan.removed > 0);

  const confirm = () => {
    if (!plan || !willChange) return;
    dispatch({ type: 'edit', uid: file.uid, action: { type: 'replace-values', values: { ...current, speedDials: plan.speedDials.slice() } } });
    onStatus(`Imported speed dials: ${plan.added} added, ${plan.changed} changed${plan.removed ? `, ${plan.removed} removed` : ''}, ${plan.refused} refused. Check them, then save the file.`);
    onClose();
  };

  return (
    <Dialog open onClose={onClose} title="Import speed dials from CSV">
      <div className="admin-dialog admin-dialog--wide">
        <div className="field">
          <label htmlFor={ids.file} className="field__label">
            CSV file
          </label>
          <input
            id={ids.file}
            type="file"
            className="field__input"
            accept=".csv,.txt,text/csv,text/plain"
            aria-describedby={`${ids.file}-desc`}
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (!f) return;
              void f.arrayBuffer().then((b) => read(f.name, new Uint8Array(b), sep));
            }}
          />
          <p id={`${ids.file}-desc`} className="field__desc">
            From a spreadsheet saved as CSV: comma, semicolon or tab; UTF-8 or Windows-1252; with or without a header row.
          </p>
        </div>
        {problem ? (
          <p className="field__error" role="alert">
            {problem}
          </p>
        ) : null}

        {loaded && plan ? (
          <>
            <p className="hint" role="status">
              Read {loaded.csv.rows.length} row{loaded.csv.rows.length === 1 ? '' : 's'} from “{loaded.name}” as {loaded.csv.encoding}, separated by {DELIMITER_NAMES[loaded.csv.delimiter].toLowerCase()}.
            </p>
            <fieldset className="admin-fieldset">
              <legend>How to read the file</legend>
              <div className="admin__row">
                <div className="field">
                  <label htmlFor={ids.sep} className="field__label">
                    Separator
                  </label>
                  <select
                    id={ids.sep}
                    className="field__input"
                    value={sep}
                    onChange={(e) => {
                      const d = e.target.value as Delimiter | 'auto';
                      setSep(d);
                      void read(loaded.name, loaded.bytes, d);
                    }}
                  >
                    <option value="auto">Automatic ({DELIMITER_NAMES[loaded.csv.delimiter].toLowerCase()})</option>
                    {(Object.keys(DELIMITER_NAMES) as Delimiter[]).map((d) => (
                      <option key={d} value={d}>
                        {DELIMITER_NAMES[d]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={ids.label} className="field__label">
                    Label column
                  </label>
                  <select id={ids.label} className="field__input" value={labelCol ?? ''} onChange={(e) => setLabelCol(e.target.value === '' ? null : Number(e.target.value))}>
                    <option value="">No label column</option>
                    {names.map((n, i) => (
                      <option key={n} value={i}>
                        {n}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={ids.number} className="field__label">
                    Number column
                  </label>
                  <select id={ids.number} className="field__input" value={numberCol} onChange={(e) => setNumberCol(Number(e.target.value))}>
                    {names.map((n, i) => (
                      <option key={n} value={i}>
                        {n}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <div className="admin__check">
                <input id={ids.header} type="checkbox" checked={hasHeader} onChange={(e) => setHasHeader(e.target.checked)} />
                <label htmlFor={ids.header}>The first row is a header (column names, not a speed dial)</label>
              </div>
            </fieldset>

            <fieldset className="admin-fieldset">
              <legend>What to do with the speed dials already in the file ({current.speedDials.filter((e) => e.label !== undefined || e.number !== undefined).length})</legend>
              {(Object.keys(MERGE_MODE_NAMES) as MergeMode[]).map((m) => (
                <div key={m} className="admin__check">
                  <input id={`${ids.mode}-${m}`} type="radio" name={ids.mode} value={m} checked={mode === m} onChange={() => setMode(m)} />
                  <label htmlFor={`${ids.mode}-${m}`}>{MERGE_MODE_NAMES[m]}</label>
                </div>
              ))}
            </fieldset>

            <h3 className="admin-dialog__subtitle">Preview</h3>
            <p className="admin-summary" role="status">
              {plan.added} will be added, {plan.changed} changed, {plan.refused} refused
              {plan.same ? `, ${plan.same} already the same` : ''}
              {plan.removed ? `; ${plan.removed} speed dial${plan.removed === 1 ? '' : 's'} now in the file will be removed` : ''}. The {file.model} holds {capacity}.
            </p>
            <div className="admin-scroll">
              <table className="list-table admin-preview">
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Label</th>
                    <th scope="col">Number</th>
                    <th scope="col">What happens</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.rows
                    .filter((r) => r.outcome.kind !== 'blank')
                    .map((r) => (
                      <tr key={r.row} className={`admin-preview--${r.outcome.kind}`}>
                        <th scope="row">{r.row}</th>
                        <td>{r.label}</td>
                        <td>{r.number}</td>
                        <td>
                          {outcomeText(r)}
                          {r.notes.map((n) => (
                            <div key={n} className="field__desc">
                              {n}
                            </div>
                          ))}
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </>
        ) : null}

        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={confirm} disabled={!willChange}>
            {plan ? `Import ${plan.added + plan.changed} speed dial${plan.added + plan.changed === 1 ? '' : 's'}` : 'Import'}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
