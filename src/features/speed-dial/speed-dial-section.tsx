import { SPEED_DIAL, listCapacity, type ModelId } from '../../catalog/catalog.ts';
import { labelProblem, numberProblem } from '../../model/schemas.ts';
import type { EditorForm } from '../editor/editor-form.ts';
import { LabelPreview } from '../preview/label-preview.tsx';
import { glyphWarning } from '../../display/coverage.ts';
import { MarkBadge } from '../settings/mark-badge.tsx';

const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * Speed dials as a table of label and number. Entry N's inputs are "Speed dial N label" / "Speed dial N number",
 * N as in the file. Rows move with their buttons or Alt+Arrow keys; the list stops at the model's capacity.
 */
export function SpeedDialSection({ form, model }: { form: EditorForm; model: ModelId }) {
  const capacity = listCapacity(SPEED_DIAL, model);
  return (
    <section className="card" aria-labelledby="sd-title">
      <h2 id="sd-title">
        Speed dials <MarkBadge mark={SPEED_DIAL.mark} note={SPEED_DIAL.markNote} />
      </h2>
      <form.AppField name="speedDials" mode="array">
        {(list) => {
          const entries = list.state.value;
          const full = entries.length >= capacity;
          const move = (from: number, to: number, field: 'label' | 'number') => {
            if (to < 0 || to >= entries.length) return;
            list.moveValue(from, to);
            focusLater(`speedDial-${to + 1}-${field}`);
          };
          const onRowKey = (i: number, field: 'label' | 'number') => (e: React.KeyboardEvent) => {
            if (!e.altKey) return;
            if (e.key === 'ArrowUp') {
              e.preventDefault();
              move(i, i - 1, field);
            } else if (e.key === 'ArrowDown') {
              e.preventDefault();
              move(i, i + 1, field);
            }
          };
          return (
            <>
              <p className="hint" id="sd-help">
                {entries.length} of {capacity} entries on the {model}. Labels hold {SPEED_DIAL.labelMax} characters; numbers hold {SPEED_DIAL.numberMax} of 0–9, * and #, and a comma for a pause. Alt+↑ and Alt+↓ move the entry you are in.
              </p>
              {entries.length > 0 ? (
                <table className="list-table">
                  <thead>
                    <tr>
                      <th scope="col">#</th>
                      <th scope="col">Label</th>
                      <th scope="col">Number</th>
                      <th scope="col">On the phone</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {entries.map((entry, i) => {
                      const n = i + 1;
                      const labelText = entry.label ?? '';
                      const glyph = entry.label ? glyphWarning(entry.label, model) : null;
                      const labelIssue = [entry.label === undefined ? null : labelProblem(SPEED_DIAL, n, entry.label), glyph].filter(Boolean).join(' ') || null;
                      return (
                        <tr key={i} className={n > capacity ? 'row--over' : undefined}>
                          <th scope="row">{n}</th>
                          <td onKeyDown={onRowKey(i, 'label')}>
                            <form.AppField name={`speedDials[${i}].label`}>
                              {(f) => <f.TextField id={`speedDial-${n}-label`} label={`Speed dial ${n} label`} hideLabel problem={labelIssue} keepEmpty />}
                            </form.AppField>
                          </td>
                          <td onKeyDown={onRowKey(i, 'number')}>
                            <form.AppField name={`speedDials[${i}].number`}>
                              {(f) => (
                                <f.TextField
                                  id={`speedDial-${n}-number`}
                                  label={`Speed dial ${n} number`}
                                  hideLabel
                                  inputMode="tel"
                                  problem={entry.number === undefined ? null : numberProblem(SPEED_DIAL, n, entry.number)}
                                  keepEmpty
                                />
                              )}
                            </form.AppField>
                          </td>
                          <td>
                            <LabelPreview text={labelText} model={model} limit={SPEED_DIAL.labelMax} />
                            {n > capacity ? <div className="field__error">Past the {model}’s {capacity}: the phone ignores it.</div> : null}
                          </td>
                          <td className="row-actions">
                            <button type="button" className="icon-button" disabled={i === 0} onClick={() => move(i, i - 1, 'label')} aria-label={`Move speed dial ${n} up`} title="Move up (Alt+↑)">
                              ↑
                            </button>
                            <button type="button" className="icon-button" disabled={i === entries.length - 1} onClick={() => move(i, i + 1, 'label')} aria-label={`Move speed dial ${n} down`} title="Move down (Alt+↓)">
                              ↓
                            </button>
                            <button
                              type="button"
                              className="icon-button icon-button--danger"
                              onClick={() => {
                                list.removeValue(i);
                                focusLater(entries.length > 1 ? `speedDial-${Math.min(n, entries.length - 1)}-label` : 'sd-add');
                              }}
                              aria-label={`Remove speed dial ${n}`}
                              title="Remove"
                            >
                              ✕
                            </button>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              ) : (
                <p className="empty">No speed dials in this file.</p>
              )}
              <div className="list-footer">
                <button
                  id="sd-add"
                  type="button"
                  className="button"
                  aria-disabled={full}
                  aria-describedby={full ? 'sd-full' : undefined}
                  onClick={() => {
                    if (full) return;
                    list.pushValue({ label: '', number: '' });
                    focusLater(`speedDial-${entries.length + 1}-label`);
                  }}
                >
                  Add speed dial
                </button>
                {full ? (
                  <span id="sd-full" className="hint">
                    The list is full: the {model} holds {capacity} speed dials. Remove one to add another.
                  </span>
                ) : null}
              </div>
            </>
          );
        }}
      </form.AppField>
    </section>
  );
}
