import { useId, useState, type Dispatch } from 'react';
import { PROTOCOL_LABELS, type ModelId, type Protocol } from '../../catalog/catalog.ts';
import { Dialog } from '../../app/dialog.tsx';
import type { WorkspaceAction } from '../../app/workspace.ts';
import { planConvert } from '../../model/admin/convert.ts';
import { ruleFileName, type OpenFile } from '../editor/editor-state.ts';
import { ModelSelect, ProtocolSelect } from '../editor/phone-selects.tsx';

/**
 * Convert: H.323 ↔ SIP (the file is renamed) and between telephone models, the 4610 and 4620 families included.
 * What the new telephone lacks is kept or removed as the user chooses; speed dials past its capacity are chosen
 * one by one. The report says what will happen before anything does.
 */
export function ConvertDialog({ file, onClose, dispatch, onStatus }: { file: OpenFile; onClose: () => void; dispatch: Dispatch<WorkspaceAction>; onStatus: (m: string) => void }) {
  const ids = { protocol: useId(), model: useId(), drop: useId(), keep: useId() };
  const [protocol, setProtocol] = useState<Protocol>(file.protocol === 'h323' ? 'sip' : 'h323');
  const [model, setModel] = useState<ModelId>(file.model);
  const [drop, setDrop] = useState(false);
  const [keep, setKeep] = useState<Set<number> | null>(null);
  const from = { model: file.model, protocol: file.protocol };
  const to = { model, protocol };
  // Cheap (a few hundred lines at most), so worked out on every render.
  const firstPlan = planConvert(file.doc, from, to, { dropUnsupported: drop });
  const choice = firstPlan.speedDialChoice;
  // Until the user changes it, the first speed dials up to the capacity are chosen.
  const chosen = choice ? (keep ?? new Set(choice.entries.slice(0, choice.capacity).map((e) => e.index))) : null;
  const plan = chosen ? planConvert(file.doc, from, to, { dropUnsupported: drop, keepSpeedDials: [...chosen] }) : firstPlan;
  const same = model === file.model && protocol === file.protocol;
  const oldName = ruleFileName(file);
  const newName = ruleFileName({ ...file, model, protocol });

  const convert = () => {
    if (same || plan.blocked) return;
    dispatch({ type: 'edit', uid: file.uid, action: { type: 'replace-values', values: plan.values } });
    dispatch({ type: 'edit', uid: file.uid, action: { type: 'identify', model, protocol } });
    onStatus(`Converted to ${model}, ${PROTOCOL_LABELS[protocol]}: it will be saved as ${newName}. ${plan.report.join(' ')}`);
    onClose();
  };

  const toggle = (index: number, on: boolean) => {
    const next = new Set(chosen ?? []);
    if (on) next.add(index);
    else next.delete(index);
    setKeep(next);
  };

  return (
    <Dialog open onClose={onClose} title="Convert">
      <div className="admin-dialog admin-dialog--wide">
        <p className="hint">
          {oldName}: {file.model}, {PROTOCOL_LABELS[file.protocol]}.
        </p>
        <div className="admin__row">
          <ProtocolSelect id={ids.protocol} label="New protocol" value={protocol} onChange={setProtocol} />
          <ModelSelect
            id={ids.model}
            label="New telephone model"
            value={model}
            onChange={(next) => {
              setModel(next);
              setKeep(null);
            }}
          />
        </div>

        <fieldset className="admin-fieldset">
          <legend>Settings the new telephone or protocol does not have</legend>
          <div className="admin__check">
            <input id={`${ids.drop}-keep`} type="radio" name={ids.drop} checked={!drop} onChange={() => setDrop(false)} />
            <label htmlFor={`${ids.drop}-keep`}>Keep them in the file (the telephone ignores them)</label>
          </div>
          <div className="admin__check">
            <input id={`${ids.drop}-remove`} type="radio" name={ids.drop} checked={drop} onChange={() => setDrop(true)} />
            <label htmlFor={`${ids.drop}-remove`}>Remove them</label>
          </div>
        </fieldset>

        {choice && chosen ? (
          <fieldset className="admin-fieldset">
            <legend>
              Speed dials to keep: the {model} holds {choice.capacity}, the file has {choice.entries.length}
            </legend>
            <p className={chosen.size > choice.capacity ? 'field__error' : 'hint'} role="status">
              {chosen.size} chosen{chosen.size > choice.capacity ? `; clear ${chosen.size - choice.capacity} more` : ''}. The kept ones are numbered from 1, in this order.
            </p>
            <div className="admin__buttons">
              <button type="button" className="button" onClick={() => setKeep(new Set(choice.entries.slice(0, choice.capacity).map((e) => e.index)))}>
                Keep the first {choice.capacity}
              </button>
              <button type="button" className="button" onClick={() => setKeep(new Set())}>
                Clear all
              </button>
            </div>
            <div className="admin-scroll admin-keep">
              {choice.entries.map((e) => (
                <div key={e.index} className="admin__check">
                  <input id={`${ids.keep}-${e.index}`} type="checkbox" checked={chosen.has(e.index)} onChange={(ev) => toggle(e.index, ev.target.checked)} />
                  <label htmlFor={`${ids.keep}-${e.index}`}>
                    {e.index}: {e.label ?? '(no label)'} — {e.number ?? '(no number)'}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}

        <h3 className="admin-dialog__subtitle">What will happen</h3>
        <div className="admin-report" role="status">
          {same ? (
            <p>Pick another protocol or model.</p>
          ) : (
            <ul>
              <li>{oldName === newName ? `The file keeps its name, ${newName}.` : `The file is renamed from ${oldName} to ${newName}.`}</li>
              {plan.report.map((r) => (
                <li key={r}>{r}</li>
              ))}
              {plan.blocked ? <li className="field__error">{plan.blocked}</li> : null}
            </ul>
          )}
        </div>

        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={convert} disabled={same || plan.blocked !== null}>
            Convert the file
          </button>
        </div>
      </div>
    </Dialog>
  );
}
