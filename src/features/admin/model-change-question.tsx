import { useId, useMemo } from 'react';
import { PROTOCOL_LABELS } from '../../catalog/catalog.ts';
import { msg } from '../../catalog/msg.ts';
import { tr, useT } from '../../i18n/i18n.ts';
import { modelChangeQuestion } from '../../model/model-change.ts';
import { ruleFileName, type EditorAction } from '../../session/open-file.ts';
import { Dialog } from '../../shared/dialog.tsx';
import type { ModelChangeQuestionProps } from '../../shared/model-change.ts';

/**
 * Asked by the editor before a change of model that would leave entries the new model has no place for (see
 * capacity.ts), before anything changes: Convert (the first speed dials kept, the rest and the extra feature button
 * labels taken out), keep the extra entries as lines (Problems then offers to remove them all), or cancel. Each
 * answer is one step that Undo takes back whole. Closing the dialog (Escape) is Cancel; the keyboard goes back to
 * the model's field.
 */
export function ModelChangeQuestion({ file, model, dispatch, onDone }: ModelChangeQuestionProps) {
  const t = useT();
  const ids = { convert: useId(), keep: useId() };
  const question = useMemo(() => modelChangeQuestion(file.doc, { model: file.model, protocol: file.protocol }, model), [file.doc, file.model, file.protocol, model]);
  const oldName = ruleFileName(file);
  const newName = ruleFileName({ ...file, model });
  const answer = (action: EditorAction | null) => {
    if (action) dispatch(action);
    onDone();
  };
  const protocol = file.protocol;
  const convert = (): EditorAction | null =>
    question && { type: 'set-values', values: question.convert.values, model, protocol, label: msg('step.convert', { model, protocol: PROTOCOL_LABELS[protocol] }) };

  return (
    <Dialog open onClose={() => answer(null)} title={t('admin.modelChange.title', { model })}>
      {question?.why.map((m, i) => <p key={i}>{tr(m)}</p>)}
      {oldName === newName ? null : <p className="hint">{t('admin.convert.renamed', { from: oldName, to: newName })}</p>}
      <div className="model-change__choice">
        <button type="button" className="button button--primary" aria-describedby={ids.convert} onClick={() => answer(convert())}>
          {question?.keepFirst ? t('admin.modelChange.convertKeepFirst', { count: question.keepFirst }) : t('admin.modelChange.convert')}
        </button>
        <ul id={ids.convert} className="hint">
          {question?.convert.report.map((m, i) => (
            <li key={i}>{tr(m)}</li>
          ))}
          {question?.keepFirst ? <li>{t('admin.modelChange.chooseInAdmin')}</li> : null}
        </ul>
      </div>
      <div className="model-change__choice">
        <button type="button" className="button" aria-describedby={ids.keep} onClick={() => answer({ type: 'identify', model })}>
          {t('admin.modelChange.keep')}
        </button>
        <p id={ids.keep} className="hint">
          {t('admin.modelChange.keepWhat', { model })}
        </p>
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--quiet" onClick={() => answer(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
