import { useId, useMemo, useState, type Dispatch } from 'react';
import { visibleName } from '../../display/visible-name.ts';
import { SPEED_DIAL, listCapacity } from '../../catalog/catalog.ts';
import { DelimiterOptions } from './delimiter-options.tsx';
import { Dialog } from '../../shared/dialog.tsx';
import type { WorkspaceAction } from '../../session/workspace.ts';
import { msg, type Msg } from '../../catalog/msg.ts';
import { listMsg } from '../../catalog/msg-list.ts';
import { t, tr, useT, type Later } from '../../i18n/i18n.ts';
import { DELIMITER_WORDS, MERGE_MODE_NAMES, columnNames, guessHeader, guessMapping, planImport, type Delimiter, type MergeMode, type PreviewRow } from '../../model/admin/csv.ts';
import { sentences } from '../../model/admin/words.ts';
import { speedDialInFile, valuesOf } from '../../model/values.ts';
import type { OpenFile } from '../../session/open-file.ts';
import { readCsv, type CsvRead } from './csv-read.ts';
import { Field, FieldNote, noteId } from '../../shared/form-kit.tsx';
import { Ltr, Own } from '../../shared/bidi.tsx';

interface Loaded {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly csv: CsvRead;
}

/** What happens to a row, in words (called while drawing, after useT). */
function outcomeText(r: PreviewRow): string {
  const o = r.outcome;
  switch (o.kind) {
    case 'add':
      return t('admin.import.added', { index: o.index });
    case 'change': {
      const number = o.before.number ?? t('admin.import.noNumber');
      return o.before.label ? t('admin.import.changesLabelled', { index: o.index, label: o.before.label, number }) : t('admin.import.changes', { index: o.index, number });
    }
    case 'same':
      return t('admin.import.same', { index: o.index });
    case 'refuse':
      return t('admin.import.refused', { reasons: sentences(o.reasons) });
    case 'blank':
      return t('admin.import.blank');
  }
}

/** Rows the preview lists at most: past them it says how many more there are (their outcomes are in the counts). */
const PREVIEW_ROWS = 200;

/**
 * Import CSV, in one dialog: pick the file, check how it was read (separator, header, columns), choose how to
 * merge, and see row by row what will be added, changed or refused. Nothing changes until Import is pressed.
 */
export function CsvImportDialog({ file, onClose, dispatch, onStatus }: { file: OpenFile; onClose: () => void; dispatch: Dispatch<WorkspaceAction>; onStatus: (words: Later) => void }) {
  useT();
  const ids = { file: useId(), sep: useId(), header: useId(), label: useId(), number: useId(), mode: useId() };
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<Msg | null>(null);
  const [sep, setSep] = useState<Delimiter | 'auto'>('auto');
  const [hasHeader, setHasHeader] = useState(false);
  const [labelCol, setLabelCol] = useState<number | null>(null);
  const [numberCol, setNumberCol] = useState(0);
  const [mode, setMode] = useState<MergeMode>('append');

  const read = async (name: string, bytes: Uint8Array, delimiter: Delimiter | 'auto') => {
    const r = await readCsv(bytes, delimiter);
    if (!r.ok) {
      setLoaded(null);
      setProblem(msg('admin.import.fileProblem', { name: visibleName(name), problem: r.error }));
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
  // The rows listed: a file of thousands (a whole phone book picked by mistake) is counted above, not drawn row by row.
  const listed = useMemo(() => (plan ? plan.rows.filter((r) => r.outcome.kind !== 'blank') : []), [plan]);
  const shown = listed.slice(0, PREVIEW_ROWS);
  // The label and the number column offer the same columns.
  const columnOptions = names.map((n, i) => (
    <option key={i} value={i}>
      {tr(n)}
    </option>
  ));
  const willChange = plan !== null && (plan.added > 0 || plan.changed > 0 || plan.removed > 0);

  const confirm = () => {
    if (!plan || !willChange) return;
    dispatch({ type: 'edit', uid: file.uid, action: { type: 'set-values', values: { ...current, speedDials: plan.speedDials.slice() }, label: msg('step.csvImport') } });
    const counts = { added: plan.added, changed: plan.changed, removed: plan.removed, refused: plan.refused };
    onStatus(() => plan.removed ? t('admin.import.doneRemoved', counts) : t('admin.import.done', counts));
    onClose();
  };

  return (
    <Dialog open onClose={onClose} title={t('admin.import.title')}>
      <div className="admin-dialog admin-dialog--wide">
        <Field id={ids.file} label={t('admin.import.file')}>
          <input
            id={ids.file}
            type="file"
            className="field__input"
            accept=".csv,.txt,text/csv,text/plain"
            aria-describedby={noteId(ids.file)}
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (!f) return;
              void f.arrayBuffer().then((b) => read(f.name, new Uint8Array(b), sep));
            }}
          />
          <FieldNote id={ids.file}>{t('admin.import.fileHint')}</FieldNote>
        </Field>
        {problem ? (
          <p className="field__error" role="alert">
            {tr(problem)}
          </p>
        ) : null}

        {loaded && plan ? (
          <>
            <p className="hint" role="status">
              {t('admin.import.read', { count: loaded.csv.rows.length, name: visibleName(loaded.name), encoding: loaded.csv.encoding, delimiter: DELIMITER_WORDS[loaded.csv.delimiter] })}
            </p>
            <fieldset className="admin-fieldset">
              <legend>{t('admin.import.how')}</legend>
              <div className="admin__row">
                <Field id={ids.sep} label={t('admin.import.separator')}>
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
                    <option value="auto">{t('admin.import.automatic', { delimiter: DELIMITER_WORDS[loaded.csv.delimiter] })}</option>
                    <DelimiterOptions />
                  </select>
                </Field>
                <Field id={ids.label} label={t('admin.import.labelColumn')}>
                  <select id={ids.label} className="field__input" value={labelCol ?? ''} onChange={(e) => setLabelCol(e.target.value === '' ? null : Number(e.target.value))}>
                    <option value="">{t('admin.import.noLabelColumn')}</option>
                    {columnOptions}
                  </select>
                </Field>
                <Field id={ids.number} label={t('admin.import.numberColumn')}>
                  <select id={ids.number} className="field__input" value={numberCol} onChange={(e) => setNumberCol(Number(e.target.value))}>
                    {columnOptions}
                  </select>
                </Field>
              </div>
              <div className="admin__check">
                <input id={ids.header} type="checkbox" checked={hasHeader} onChange={(e) => setHasHeader(e.target.checked)} />
                <label htmlFor={ids.header}>{t('admin.import.header')}</label>
              </div>
            </fieldset>

            <fieldset className="admin-fieldset">
              <legend>{t('admin.import.existing', { count: current.speedDials.filter(speedDialInFile).length })}</legend>
              {(Object.keys(MERGE_MODE_NAMES) as MergeMode[]).map((m) => (
                <div key={m} className="admin__check">
                  <input id={`${ids.mode}-${m}`} type="radio" name={ids.mode} value={m} checked={mode === m} onChange={() => setMode(m)} />
                  <label htmlFor={`${ids.mode}-${m}`}>{tr(MERGE_MODE_NAMES[m])}</label>
                </div>
              ))}
            </fieldset>

            <h3 className="admin-dialog__subtitle">{t('admin.import.preview')}</h3>
            <div role="status" className="admin-dialog">
              <p className="admin-summary">
                {t(plan.same ? (plan.removed ? 'admin.import.summarySameRemoved' : 'admin.import.summarySame') : plan.removed ? 'admin.import.summaryRemoved' : 'admin.import.summary', {
                  added: plan.added,
                  changed: plan.changed,
                  refused: plan.refused,
                  same: plan.same,
                  removed: plan.removed,
                  model: file.model,
                  capacity,
                })}
              </p>
              {plan.unusedColumns.length > 0 ? <p className="admin-warning">{t('admin.import.unusedColumns', { columns: listMsg(plan.unusedColumns, 'and') })}</p> : null}
              {plan.position ? <p className="admin-warning">{tr(plan.position)}</p> : null}
              {plan.duplicates > 0 ? (
                <p className="admin-warning">
                  {t('admin.import.duplicates', { count: plan.duplicates })}
                  {mode === 'append' ? ` ${t('admin.import.duplicatesHint')}` : ''}
                </p>
              ) : null}
            </div>
            <div className="admin-scroll">
              <table className="list-table admin-preview">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.import.row')}</th>
                    <th scope="col">{t('admin.import.label')}</th>
                    <th scope="col">{t('admin.import.number')}</th>
                    <th scope="col">{t('admin.import.outcome')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                      <tr key={r.row} className={`admin-preview--${r.outcome.kind}`}>
                        <th scope="row">{r.row}</th>
                        {/* The cells hold the CSV's text: a label in its own direction, a number left to right. */}
                        <td>
                          <Own>{r.label}</Own>
                        </td>
                        <td>
                          <Ltr>{r.number}</Ltr>
                        </td>
                        <td>
                          {outcomeText(r)}
                          {r.notes.map((n, i) => (
                            <div key={i} className="field__desc">
                              {tr(n)}
                            </div>
                          ))}
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
            {listed.length > shown.length ? <p className="hint">{t('admin.import.moreRows', { count: listed.length - shown.length, shown: shown.length })}</p> : null}
          </>
        ) : null}

        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={confirm} disabled={!willChange}>
            {plan ? t('admin.import.importCount', { count: plan.added + plan.changed }) : t('admin.import.import')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
