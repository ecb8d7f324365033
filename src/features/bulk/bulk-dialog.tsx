import type { Messages } from '@lingui/core';
import { useId, useMemo, useRef, useState, type Dispatch, type ReactNode } from 'react';
import { MODEL_IDS, PROTOCOL_IDS, PROTOCOL_LABELS, SETTINGS, choiceWords, settingById, settingLabel, type ModelId, type Protocol } from '../../catalog/catalog.ts';
import { loadAreaFrom, tr, useT, type Later, type MessageId } from '../../i18n/i18n.ts';
import { diffDocuments } from '../../model/admin/diff.ts';
import { applyPlan, changeProblem, planBulk, stepLabel, type BulkChange, type BulkPlan } from '../../session/bulk.ts';
import type { Msg } from '../../catalog/msg.ts';
import { firmwareRelease } from '../../session/firmware-release.ts';
import { fold } from '../../session/fold.ts';
import { shownName, type OpenFile } from '../../session/open-file.ts';
import type { WorkspaceAction } from '../../session/workspace.ts';
import { Ltr } from '../../shared/bidi.tsx';
import { Dialog } from '../../shared/dialog.tsx';
import { DiffRows } from '../../shared/diff-rows.tsx';
import { Field, FieldNote, noteId } from '../../shared/form-kit.tsx';
import './bulk.css';

// The dialog's words are the administrator tools' (the `admin` catalogs: the conversion it reuses says what it
// does in them), each language in its own chunk, loaded before the dialog first draws.
const catalogs = import.meta.glob<{ messages: Messages }>('../../i18n/catalogs/admin/*.ts');
export const loadBulkWords = (): Promise<void> => loadAreaFrom('admin', catalogs);

export interface BulkDialogProps {
  /** The open files. */
  readonly files: readonly OpenFile[];
  /** The uids of the files to change (the fleet table's selection, or what its filter shows). */
  readonly targets: readonly number[];
  readonly dispatch: Dispatch<WorkspaceAction>;
  readonly onClose: () => void;
  /** What was done, said once the change is applied (the dialog then closes). */
  readonly onDone: (summary: Later) => void;
  /** The file in view (whose Undo the header's button and Ctrl+Z are), or null. */
  readonly inView?: number | null;
}

type Kind = 'set-setting' | 'reset-setting' | 'add-speed-dial' | 'update-speed-dials' | 'remove-speed-dials' | 'replace-number' | 'set-feature-label' | 'clear-feature-label' | 'convert';

const KINDS: readonly { readonly kind: Kind; readonly words: MessageId }[] = [
  { kind: 'set-setting', words: 'admin.bulk.kind.setSetting' },
  { kind: 'reset-setting', words: 'admin.bulk.kind.resetSetting' },
  { kind: 'add-speed-dial', words: 'admin.bulk.kind.addSpeedDial' },
  { kind: 'update-speed-dials', words: 'admin.bulk.kind.updateSpeedDials' },
  { kind: 'remove-speed-dials', words: 'admin.bulk.kind.removeSpeedDials' },
  { kind: 'replace-number', words: 'admin.bulk.kind.replaceNumber' },
  { kind: 'set-feature-label', words: 'admin.bulk.kind.setFeatureLabel' },
  { kind: 'clear-feature-label', words: 'admin.bulk.kind.clearFeatureLabel' },
  { kind: 'convert', words: 'admin.bulk.kind.convert' },
];

/** What the form holds: every kind's fields, so switching kinds keeps what was typed. */
interface Form {
  kind: Kind;
  setting: string;
  value: string;
  label: string;
  number: string;
  position: string;
  matchBy: 'label' | 'number';
  match: string;
  newLabel: string;
  newNumber: string;
  from: string;
  to: string;
  button: string;
  protocol: Protocol | '';
  model: ModelId | '';
  drop: boolean;
}

const START: Form = { kind: 'set-setting', setting: SETTINGS[0]?.id ?? '', value: '', label: '', number: '', position: '', matchBy: 'number', match: '', newLabel: '', newNumber: '', from: '', to: '', button: '1', protocol: '', model: '', drop: false };

/** A whole number typed in a box, or NaN (which the plan refuses, saying why). */
const whole = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The change the form describes. */
function changeOf(f: Form): BulkChange {
  switch (f.kind) {
    case 'set-setting':
      return { kind: 'set-setting', id: f.setting, value: f.value };
    case 'reset-setting':
      return { kind: 'reset-setting', id: f.setting };
    case 'add-speed-dial':
      return { kind: 'add-speed-dial', label: f.label, number: f.number, at: f.position.trim() === '' ? 'end' : whole(f.position) };
    case 'update-speed-dials':
      return { kind: 'update-speed-dials', match: { by: f.matchBy, value: f.match }, label: f.newLabel === '' ? undefined : f.newLabel, number: f.newNumber === '' ? undefined : f.newNumber };
    case 'remove-speed-dials':
      return { kind: 'remove-speed-dials', match: { by: f.matchBy, value: f.match } };
    case 'replace-number':
      return { kind: 'replace-number', from: f.from, to: f.to };
    case 'set-feature-label':
      return { kind: 'feature-label', button: whole(f.button), label: f.label };
    case 'clear-feature-label':
      return { kind: 'feature-label', button: whole(f.button), label: undefined };
    case 'convert':
      return { kind: 'convert', protocol: f.protocol === '' ? null : f.protocol, model: f.model === '' ? null : f.model, dropUnsupported: f.drop };
  }
}

/** Rows listed in each of the preview's tables; the rest are counted (a fleet may be thousands of files). */
const LISTED = 200;

/**
 * Changes to many files at once: the change and its values, then a preview (the files it changes and how, the
 * files it skips and why, any one file's diff on request), then one Apply: one `edit-many`, one step in each file,
 * which one Undo takes back in all of them.
 */
export function BulkDialog({ files, targets, dispatch, onClose, onDone, inView = null }: BulkDialogProps) {
  const t = useT();
  const id = useId();
  const [form, setFormState] = useState<Form>(START);
  const [preview, setPreview] = useState<{ readonly plan: BulkPlan; readonly change: BulkChange } | null>(null);
  const [diffUid, setDiffUid] = useState<number | null>(null);
  // Narrows the preview's lists to the files whose names hold it: any file's diff is a few keys away, in thousands.
  const [find, setFind] = useState('');
  const diffRef = useRef<HTMLElement>(null);
  const chosen = useMemo(() => {
    const want = new Set(targets);
    return files.filter((f) => want.has(f.uid));
  }, [files, targets]);
  const byUid = useMemo(() => new Map(chosen.map((f) => [f.uid, f])), [chosen]);
  // Any change to the form takes the preview away: Apply applies only what was previewed.
  const set = (patch: Partial<Form>) => {
    setFormState((f) => ({ ...f, ...patch }));
    setPreview(null);
    setDiffUid(null);
  };
  // Why the change cannot be made at all (a value no telephone takes), said instead of a preview.
  const [problem, setProblem] = useState<Msg | null>(null);
  const problemText = problem ? tr(problem) : null;

  const runPreview = () => {
    const change = changeOf(form);
    const why = changeProblem(change);
    setProblem(why);
    if (why) {
      setPreview(null);
      return;
    }
    // A label goes only where the telephone can show it, under the firmware release chosen under Telephone.
    setPreview({ plan: planBulk(chosen, change, firmwareRelease()), change });
    setDiffUid(null);
  };

  const apply = () => {
    if (!preview || preview.plan.changed.length === 0) return;
    const { plan, change } = preview;
    dispatch(applyPlan(plan));
    const count = plan.changed.length;
    const skipped = plan.skipped.length;
    const step = stepLabel(change, count);
    // Undo is the file in view's: when the change left that file as it was, its Undo cannot take the change back,
    // and "Undo takes it back" would send the user to a button that is off (or takes back something else).
    const shown = inView === null || plan.changed.some((c) => c.uid === inView) ? null : files.find((f) => f.uid === inView);
    const name = shown ? shownName(shown) : null;
    onDone(() => (name === null ? t('admin.bulk.done', { count, skipped, step }) : t('admin.bulk.doneElsewhere', { count, skipped, step, name })));
    onClose();
  };

  const showDiff = (uid: number) => {
    setDiffUid((was) => (was === uid ? null : uid));
    requestAnimationFrame(() => diffRef.current?.focus());
  };

  const def = SETTINGS.find((s) => s.id === form.setting) ?? settingById(START.setting);
  const ids = { kind: `${id}-kind`, setting: `${id}-setting`, value: `${id}-value`, label: `${id}-label`, number: `${id}-number`, position: `${id}-position`, matchBy: `${id}-by`, match: `${id}-match`, newLabel: `${id}-new-label`, newNumber: `${id}-new-number`, from: `${id}-from`, to: `${id}-to`, button: `${id}-button`, protocol: `${id}-protocol`, model: `${id}-model`, drop: `${id}-drop`, problem: `${id}-problem` };
  const text = (key: keyof typeof ids, words: MessageId, value: string, onValue: (v: string) => void, opts: { ltr?: boolean; numeric?: boolean; note?: ReactNode } = {}) => (
    <Field id={ids[key]} label={t(words)}>
      <input
        id={ids[key]}
        className="field__input"
        type="text"
        inputMode={opts.numeric ? 'numeric' : undefined}
        dir={opts.ltr ? 'ltr' : 'auto'}
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-describedby={opts.note ? noteId(ids[key]) : undefined}
        onChange={(e) => onValue(e.target.value)}
      />
      {opts.note ? <FieldNote id={ids[key]}>{opts.note}</FieldNote> : null}
    </Field>
  );
  const settingSelect = (
    <Field id={ids.setting} label={t('admin.bulk.setting')}>
      <select id={ids.setting} className="field__input" value={form.setting} onChange={(e) => set({ setting: e.target.value, value: '' })}>
        {SETTINGS.map((s) => (
          <option key={s.id} value={s.id}>
            {tr(settingLabel(s))}
          </option>
        ))}
      </select>
    </Field>
  );
  const matchFields = (
    <div className="bulk__row">
      <Field id={ids.matchBy} label={t('admin.bulk.matchBy')}>
        <select id={ids.matchBy} className="field__input" value={form.matchBy} onChange={(e) => set({ matchBy: e.target.value as Form['matchBy'] })}>
          <option value="number">{t('admin.bulk.byNumber')}</option>
          <option value="label">{t('admin.bulk.byLabel')}</option>
        </select>
      </Field>
      {text('match', 'admin.bulk.matchValue', form.match, (match) => set({ match }))}
    </div>
  );

  let fields: ReactNode;
  switch (form.kind) {
    case 'set-setting':
      fields = (
        <div className="bulk__row">
          {settingSelect}
          {def.type.kind === 'choice' ? (
            <Field id={ids.value} label={t('admin.bulk.value')}>
              <select id={ids.value} className="field__input" value={form.value} onChange={(e) => set({ value: e.target.value })}>
                <option value="">{t('admin.bulk.pickValue')}</option>
                {def.type.choices.map((c) => {
                  const words = choiceWords(c);
                  const said = typeof words === 'string' ? words : tr(words);
                  return (
                    <option key={c.value} value={c.value} lang={typeof words === 'string' ? 'en' : undefined}>
                      {said === c.value ? said : `${said} (${c.value})`}
                    </option>
                  );
                })}
              </select>
            </Field>
          ) : (
            text('value', 'admin.bulk.value', form.value, (value) => set({ value }), { ltr: def.type.kind !== 'text', numeric: def.type.kind === 'range' })
          )}
        </div>
      );
      break;
    case 'reset-setting':
      fields = <div className="bulk__row">{settingSelect}</div>;
      break;
    case 'add-speed-dial':
      fields = (
        <>
          <div className="bulk__row">
            {text('label', 'admin.bulk.label', form.label, (label) => set({ label }))}
            {text('number', 'admin.bulk.number', form.number, (number) => set({ number }), { ltr: true })}
            {text('position', 'admin.bulk.position', form.position, (position) => set({ position }), { numeric: true, ltr: true })}
          </div>
          <p className="hint">{t('admin.bulk.addNote')}</p>
        </>
      );
      break;
    case 'update-speed-dials':
      fields = (
        <>
          {matchFields}
          <div className="bulk__row">
            {text('newLabel', 'admin.bulk.newLabel', form.newLabel, (newLabel) => set({ newLabel }))}
            {text('newNumber', 'admin.bulk.newNumber', form.newNumber, (newNumber) => set({ newNumber }), { ltr: true })}
          </div>
        </>
      );
      break;
    case 'remove-speed-dials':
      fields = (
        <>
          {matchFields}
          <p className="hint">{t('admin.bulk.removeNote')}</p>
        </>
      );
      break;
    case 'replace-number':
      fields = (
        <>
          <div className="bulk__row">
            {text('from', 'admin.bulk.from', form.from, (from) => set({ from }), { ltr: true })}
            {text('to', 'admin.bulk.to', form.to, (to) => set({ to }), { ltr: true })}
          </div>
          <p className="hint">{t('admin.bulk.replaceNote')}</p>
        </>
      );
      break;
    case 'set-feature-label':
    case 'clear-feature-label':
      fields = (
        <div className="bulk__row">
          {text('button', 'admin.bulk.button', form.button, (button) => set({ button }), { numeric: true, ltr: true })}
          {form.kind === 'set-feature-label' ? text('label', 'admin.bulk.label', form.label, (label) => set({ label })) : null}
        </div>
      );
      break;
    case 'convert':
      fields = (
        <>
          <div className="bulk__row">
            <Field id={ids.protocol} label={t('admin.bulk.newProtocol')}>
              <select id={ids.protocol} className="field__input" value={form.protocol} onChange={(e) => set({ protocol: e.target.value as Form['protocol'] })}>
                <option value="">{t('admin.bulk.keepEach')}</option>
                {PROTOCOL_IDS.map((p) => (
                  <option key={p} value={p}>
                    {PROTOCOL_LABELS[p]}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={ids.model} label={t('admin.bulk.newModel')}>
              <select id={ids.model} className="field__input" value={form.model} onChange={(e) => set({ model: e.target.value as Form['model'] })}>
                <option value="">{t('admin.bulk.keepEach')}</option>
                {MODEL_IDS.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <fieldset className="bulk__fieldset">
            <legend>{t('admin.convert.unsupported')}</legend>
            <div className="bulk__check">
              <input id={`${ids.drop}-keep`} type="radio" name={ids.drop} checked={!form.drop} onChange={() => set({ drop: false })} />
              <label htmlFor={`${ids.drop}-keep`}>{t('admin.convert.keepThem')}</label>
            </div>
            <div className="bulk__check">
              <input id={`${ids.drop}-remove`} type="radio" name={ids.drop} checked={form.drop} onChange={() => set({ drop: true })} />
              <label htmlFor={`${ids.drop}-remove`}>{t('admin.convert.removeThem')}</label>
            </div>
          </fieldset>
          <p className="hint">{t('admin.bulk.convertNote')}</p>
        </>
      );
      break;
  }

  const plan = preview?.plan ?? null;
  const diffFile = diffUid === null ? null : byUid.get(diffUid);
  const diffAfter = diffUid === null ? null : plan?.changed.find((c) => c.uid === diffUid)?.doc;
  const diff = diffFile && diffAfter ? diffDocuments(diffFile.doc, diffAfter) : null;
  const name = (uid: number): string => {
    const f = byUid.get(uid);
    return f ? shownName(f) : String(uid);
  };
  // Folded as the fleet's filter and Find fold: a folder's "Zürich" stored decomposed (as macOS writes names) is
  // found by a typed "zürich", and in any letter case.
  const needle = fold(find.trim());
  const found = <T extends { readonly uid: number }>(rows: readonly T[]): readonly T[] => (needle === '' ? rows : rows.filter((r) => fold(name(r.uid)).includes(needle)));
  const changedRows = plan ? found(plan.changed) : [];
  const skippedRows = plan ? found(plan.skipped) : [];

  return (
    <Dialog open onClose={onClose} title={t('admin.bulk.title')}>
      <form
        className="bulk"
        onSubmit={(e) => {
          e.preventDefault();
          runPreview();
        }}
      >
        <p className="hint">{t('admin.bulk.targets', { count: chosen.length })}</p>
        <Field id={ids.kind} label={t('admin.bulk.kind')}>
          <select id={ids.kind} className="field__input" value={form.kind} onChange={(e) => set({ kind: e.target.value as Kind })}>
            {KINDS.map((k) => (
              <option key={k.kind} value={k.kind}>
                {t(k.words)}
              </option>
            ))}
          </select>
        </Field>
        {fields}
        {problemText ? (
          <p id={ids.problem} className="field__error" role="alert">
            {problemText}
          </p>
        ) : null}
        <div className="bulk__buttons">
          <button type="submit" className="button">
            {t('admin.bulk.preview')}
          </button>
        </div>

        {plan ? (
          <section className="bulk__preview" aria-labelledby={`${id}-preview`}>
            <h3 id={`${id}-preview`} className="bulk__subtitle">
              {t('admin.bulk.previewTitle')}
            </h3>
            <p className="bulk__summary" role="status">
              {plan.changed.length === 0 ? t('admin.bulk.nothing') : t('admin.bulk.willChange', { count: plan.changed.length })} {t('admin.bulk.willSkip', { count: plan.skipped.length })}
            </p>
            {plan.changed.length + plan.skipped.length > 1 ? (
              <Field id={`${id}-find`} label={t('admin.bulk.findFile')}>
                <input id={`${id}-find`} className="field__input" type="search" dir="ltr" autoComplete="off" spellCheck={false} value={find} onChange={(e) => setFind(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()} />
              </Field>
            ) : null}
            {changedRows.length > 0 ? (
              <div className="bulk__scroll">
                <table className="list-table bulk__table">
                  <caption className="bulk__caption">{t('admin.bulk.changedTitle')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('admin.bulk.file')}</th>
                      <th scope="col">{t('admin.bulk.what')}</th>
                      <th scope="col">{t('admin.bulk.diff')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changedRows.slice(0, LISTED).map((c) => (
                      <tr key={c.uid}>
                        <th scope="row">
                          <Ltr>{name(c.uid)}</Ltr>
                        </th>
                        <td>{tr(c.summary)}</td>
                        <td>
                          <button type="button" className="button button--quiet" aria-expanded={diffUid === c.uid} onClick={() => showDiff(c.uid)}>
                            {diffUid === c.uid ? t('admin.bulk.hideDiff') : t('admin.bulk.showDiff')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {changedRows.length > LISTED ? <p className="hint">{t('admin.bulk.notListed', { count: changedRows.length - LISTED })}</p> : null}
              </div>
            ) : null}
            {diff && diffFile ? (
              <section className="bulk__diff" aria-labelledby={`${id}-diff`} tabIndex={-1} ref={diffRef}>
                <h4 id={`${id}-diff`} className="bulk__subtitle">
                  {t('admin.bulk.diffOf', { name: shownName(diffFile) })}
                </h4>
                {diff.eolChanged ? <p className="hint">{t('admin.compare.lineEnds')}</p> : null}
                <div className="bulk__scroll">
                  <DiffRows lines={diff.lines} before={t('admin.bulk.before')} after={t('admin.bulk.after')} />
                </div>
              </section>
            ) : null}
            {skippedRows.length > 0 ? (
              <div className="bulk__scroll">
                <table className="list-table bulk__table">
                  <caption className="bulk__caption">{t('admin.bulk.skippedTitle')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('admin.bulk.file')}</th>
                      <th scope="col">{t('admin.bulk.why')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {skippedRows.slice(0, LISTED).map((s) => (
                      <tr key={s.uid}>
                        <th scope="row">
                          <Ltr>{name(s.uid)}</Ltr>
                        </th>
                        <td>{tr(s.reason)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {skippedRows.length > LISTED ? <p className="hint">{t('admin.bulk.notListed', { count: skippedRows.length - LISTED })}</p> : null}
              </div>
            ) : null}
          </section>
        ) : null}

        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {plan && plan.changed.length > 0 ? (
            <button type="button" className="button button--primary" onClick={apply}>
              {t('admin.bulk.apply', { count: plan.changed.length })}
            </button>
          ) : null}
        </div>
      </form>
    </Dialog>
  );
}
