import { useId, useState, type Dispatch } from 'react';
import { PROTOCOL_LABELS, type ModelId, type Protocol } from '../../catalog/catalog.ts';
import { Dialog } from '../../shared/dialog.tsx';
import type { WorkspaceAction } from '../../session/workspace.ts';
import { tr, useT, type Later } from '../../i18n/i18n.ts';
import { planConvert } from '../../model/admin/convert.ts';
import { sentences } from '../../model/admin/words.ts';
import { msg } from '../../catalog/msg.ts';
import { ruleFileName, shownName, type OpenFile } from '../../session/open-file.ts';
import { ModelSelect, ProtocolSelect } from '../../shared/phone-selects.tsx';
import { useRelease } from '../../shared/use-release.ts';

/**
 * Convert: H.323 ↔ SIP (the file is renamed) and between telephone models, the 4610 and 4620 families included.
 * What the new telephone lacks is kept or removed as the user chooses; speed dials past its capacity are chosen
 * one by one. The report says what will happen before anything does.
 */
export function ConvertDialog({ file, onClose, dispatch, onStatus }: { file: OpenFile; onClose: () => void; dispatch: Dispatch<WorkspaceAction>; onStatus: (words: Later) => void }) {
  const t = useT();
  const ids = { protocol: useId(), model: useId(), drop: useId(), keep: useId() };
  const [protocol, setProtocol] = useState<Protocol>(file.protocol === 'h323' ? 'sip' : 'h323');
  const [model, setModel] = useState<ModelId>(file.model);
  const [drop, setDrop] = useState(false);
  const [keep, setKeep] = useState<Set<number> | null>(null);
  // The firmware chosen under Telephone, for the labels and Display Language the new telephone could not show.
  const release = useRelease();
  const from = { model: file.model, protocol: file.protocol };
  const to = { model, protocol };
  // Cheap (a few hundred lines at most), so worked out on every render.
  const firstPlan = planConvert(file.doc, from, to, { dropUnsupported: drop, release });
  const choice = firstPlan.speedDialChoice;
  // Until the user changes it, the first speed dials up to the capacity are chosen.
  const chosen = choice ? (keep ?? new Set(choice.entries.slice(0, choice.capacity).map((e) => e.index))) : null;
  const plan = chosen ? planConvert(file.doc, from, to, { dropUnsupported: drop, keepSpeedDials: [...chosen], release }) : firstPlan;
  const same = model === file.model && protocol === file.protocol;
  const oldName = shownName(file);
  const newName = ruleFileName({ ...file, model, protocol });

  const convert = () => {
    if (same || plan.blocked) return;
    dispatch({ type: 'edit', uid: file.uid, action: { type: 'set-values', values: plan.values, model, protocol, label: msg('step.convert', { model, protocol: PROTOCOL_LABELS[protocol] }) } });
    onStatus(() => t('admin.convert.done', { model, protocol: PROTOCOL_LABELS[protocol], name: newName, report: sentences(plan.report) }));
    onClose();
  };

  const toggle = (index: number, on: boolean) => {
    const next = new Set(chosen ?? []);
    if (on) next.add(index);
    else next.delete(index);
    setKeep(next);
  };

  return (
    <Dialog open onClose={onClose} title={t('admin.convert.title')}>
      <div className="admin-dialog admin-dialog--wide">
        <p className="hint">{t('admin.convert.current', { name: oldName, model: file.model, protocol: PROTOCOL_LABELS[file.protocol] })}</p>
        <div className="admin__row">
          <ProtocolSelect id={ids.protocol} label={t('admin.convert.newProtocol')} value={protocol} onChange={setProtocol} />
          <ModelSelect
            id={ids.model}
            label={t('admin.convert.newModel')}
            value={model}
            onChange={(next) => {
              setModel(next);
              setKeep(null);
            }}
          />
        </div>

        <fieldset className="admin-fieldset">
          <legend>{t('admin.convert.unsupported')}</legend>
          <div className="admin__check">
            <input id={`${ids.drop}-keep`} type="radio" name={ids.drop} checked={!drop} onChange={() => setDrop(false)} />
            <label htmlFor={`${ids.drop}-keep`}>{t('admin.convert.keepThem')}</label>
          </div>
          <div className="admin__check">
            <input id={`${ids.drop}-remove`} type="radio" name={ids.drop} checked={drop} onChange={() => setDrop(true)} />
            <label htmlFor={`${ids.drop}-remove`}>{t('admin.convert.removeThem')}</label>
          </div>
        </fieldset>

        {choice && chosen ? (
          <fieldset className="admin-fieldset">
            <legend>{t('admin.convert.keepLegend', { model, capacity: choice.capacity, count: choice.entries.length })}</legend>
            <p className={chosen.size > choice.capacity ? 'field__error' : 'hint'} role="status">
              {chosen.size > choice.capacity ? t('admin.convert.chosenTooMany', { count: chosen.size, more: chosen.size - choice.capacity }) : t('admin.convert.chosen', { count: chosen.size })}{' '}
              {t('admin.convert.keptOrder')}
            </p>
            <div className="admin__buttons">
              <button type="button" className="button" onClick={() => setKeep(new Set(choice.entries.slice(0, choice.capacity).map((e) => e.index)))}>
                {t('admin.convert.keepFirst', { count: choice.capacity })}
              </button>
              <button type="button" className="button" onClick={() => setKeep(new Set())}>
                {t('admin.convert.clearAll')}
              </button>
            </div>
            <div className="admin-scroll admin-keep">
              {choice.entries.map((e) => (
                <div key={e.index} className="admin__check">
                  <input id={`${ids.keep}-${e.index}`} type="checkbox" checked={chosen.has(e.index)} onChange={(ev) => toggle(e.index, ev.target.checked)} />
                  <label htmlFor={`${ids.keep}-${e.index}`}>{t('admin.convert.keepEntry', { n: e.index, label: e.label ?? t('admin.convert.noLabel'), number: e.number ?? t('admin.convert.noNumber') })}</label>
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}

        <h3 className="admin-dialog__subtitle">{t('admin.convert.whatHappens')}</h3>
        <div className="admin-report" role="status">
          {same ? (
            <p>{t('admin.convert.pickOther')}</p>
          ) : (
            <ul>
              <li>{oldName === newName ? t('admin.convert.keepsName', { name: newName }) : t('admin.convert.renamed', { from: oldName, to: newName })}</li>
              {plan.report.map((r, i) => (
                <li key={i}>{tr(r)}</li>
              ))}
              {plan.blocked ? <li className="field__error">{tr(plan.blocked)}</li> : null}
            </ul>
          )}
        </div>

        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={convert} disabled={same || plan.blocked !== null}>
            {t('admin.convert.submit')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
