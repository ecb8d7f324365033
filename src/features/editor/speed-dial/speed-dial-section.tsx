import { useStore } from '@tanstack/react-form';
import { memo, useCallback } from 'react';
import { SPEED_DIAL, listCapacity, type ModelId } from '../../../catalog/catalog.ts';
import { useT } from '../../../i18n/i18n.ts';
import type { SpeedDialValue } from '../../../model/values.ts';
import type { EditorForm } from '../editor-form.ts';
import { TextInput } from '../../../shared/form-kit.tsx';
import { labelWords, numberWords } from '../messages.ts';
import { useDrawWholeForm } from '../whole-form.ts';
import { LabelPreview } from '../preview/label-preview.tsx';
import { useRelease } from '../../../shared/use-release.ts';
import { MarkBadge } from '../settings/mark-badge.tsx';

const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

interface RowProps {
  readonly form: EditorForm;
  /** The entry's values: the section reads the list once, and a row draws again only when its entry changes. */
  readonly entry: SpeedDialValue;
  readonly index: number;
  readonly total: number;
  readonly model: ModelId;
}

/** One entry. Typing in a row changes that entry alone (the others keep their identity), so it draws that row alone. */
const SpeedDialRow = memo(function SpeedDialRow({ form, entry, index: i, total, model }: RowProps) {
  const t = useT();
  const drawWhole = useDrawWholeForm();
  const release = useRelease();
  const n = i + 1;
  const { label, number } = entry;
  const numberSaid = numberWords(SPEED_DIAL, n, number, label);
  // The same functions while the row keeps its place: a key in the label does not draw the number's input again.
  const onLabel = useCallback((v: string | undefined) => form.setFieldValue(`speedDials[${i}].label`, v), [form, i]);
  const onNumber = useCallback((v: string | undefined) => form.setFieldValue(`speedDials[${i}].number`, v), [form, i]);
  const move = (to: number, field: 'label' | 'number') => {
    if (to < 0 || to >= total) return;
    // The row it goes to may not be drawn yet, just after opening.
    drawWhole();
    form.moveFieldValues('speedDials', i, to);
    focusLater(`speedDial-${to + 1}-${field}`);
  };
  // Alt+↑/↓ anywhere in the row moves it; focus stays in the same field of the moved entry.
  const onKey = (e: React.KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const field = (e.target as HTMLElement).id.endsWith('-number') ? 'number' : 'label';
    move(e.key === 'ArrowUp' ? i - 1 : i + 1, field);
  };
  return (
    // The row only hears keys bubbling from its labelled inputs; it is not a control itself.
    <div role="row" className={i < FIRST_ROWS ? 'sd-row sd-row--first' : 'sd-row'} onKeyDown={onKey}>
      <span role="rowheader" className="sd-n">
        {n}
      </span>
      <TextInput
        role="cell"
        id={`speedDial-${n}-label`}
        name={`speedDials[${i}].label`}
        label={t('speedDial.labelField', { n })}
        className="sd-field"
        keepEmpty
        value={label}
        problemSeverity="warning"
        problem={labelWords(SPEED_DIAL, n, label, model, release)}
        onValue={onLabel}
      />
      <div role="cell" className="cell-preview">
        <LabelPreview text={label ?? ''} model={model} limit={SPEED_DIAL.labelMax} inTable />
      </div>
      <TextInput
        role="cell"
        id={`speedDial-${n}-number`}
        name={`speedDials[${i}].number`}
        label={t('speedDial.numberField', { n })}
        className="sd-field"
        inputMode="tel"
        keepEmpty
        value={number}
        problem={numberSaid?.words ?? null}
        problemSeverity={numberSaid?.severity}
        onValue={onNumber}
      />
      <div role="cell" className="row-actions">
        <button type="button" className="icon-button" disabled={i === 0} onClick={() => move(i - 1, 'label')} aria-label={t('speedDial.moveUp', { n })} title={t('speedDial.moveUpHint')}>
          ↑
        </button>
        <button type="button" className="icon-button" disabled={i === total - 1} onClick={() => move(i + 1, 'label')} aria-label={t('speedDial.moveDown', { n })} title={t('speedDial.moveDownHint')}>
          ↓
        </button>
        <button
          type="button"
          className="icon-button icon-button--danger"
          onClick={() => {
            void form.removeFieldValue('speedDials', i);
            focusLater(total > 1 ? `speedDial-${Math.min(n, total - 1)}-label` : 'sd-add');
          }}
          aria-label={t('speedDial.remove', { n })}
          title={t('speedDial.removeHint')}
        >
          ✕
        </button>
      </div>
    </div>
  );
});

/** The rows the first render after opening draws (see the editor): more than a 1080p screen shows of them. */
export const FIRST_ROWS = 12;

/**
 * Speed dials as a table of label and number (on a narrow screen, a card per entry). Entry N's inputs are "Speed dial N label" / "Speed dial N number",
 * N as in the file. Rows move with their buttons or Alt+Arrow keys; the list stops at the model's capacity.
 */
export const SpeedDialSection = memo(function SpeedDialSection({ form, model, firstRowsOnly = false }: { form: EditorForm; model: ModelId; firstRowsOnly?: boolean }) {
  const t = useT();
  const drawWhole = useDrawWholeForm();
  const capacity = listCapacity(SPEED_DIAL, model);
  // The section reads the list once; each row gets its entry and draws again only when that entry changes.
  const entries = useStore(form.store, (st) => st.values.speedDials);
  const total = entries.length;
  const full = total >= capacity;
  return (
    <section className="card sd-section" aria-labelledby="sd-title">
      <h2 id="sd-title">{t('list.speedDial.title')}</h2>
      <p className="hint">
        <MarkBadge mark={SPEED_DIAL.mark} note={SPEED_DIAL.markNote} />
      </p>
      <p className="hint" id="sd-help">
        {t('speedDial.help', { total, capacity, model, labelMax: SPEED_DIAL.labelMax, numberMax: SPEED_DIAL.numberMax ?? 0 })}
      </p>
      {total > 0 ? (
        // On a narrow screen each entry is a card of its own, its fields under each other with their labels shown
        // (app.css): nothing is out of view to the side (WCAG 1.4.10).
        <div className="table-scroll">
          {/* A grid with table semantics rather than a <table>: each row is laid out on its own, and rows off
              screen not at all (content-visibility), so typing and opening do not lay out all 108 rows. */}
          <div role="table" className="sd-table" aria-labelledby="sd-title" aria-describedby="sd-help">
            <div role="rowgroup">
              <div role="row" className="sd-row sd-row--head">
                <span role="columnheader">{t('speedDial.colNumber')}</span>
                <span role="columnheader">{t('speedDial.colLabel')}</span>
                <span role="columnheader">{t('speedDial.colPreview')}</span>
                <span role="columnheader">{t('speedDial.colDialNumber')}</span>
                <span role="columnheader">
                  <span className="visually-hidden">{t('list.actions')}</span>
                </span>
              </div>
            </div>
            <div role="rowgroup" className="sd-body">
              {(firstRowsOnly ? entries.slice(0, FIRST_ROWS) : entries).map((entry, i) => (
                // Keyed by position, as the file numbers entries: a moved entry is a changed row.
                <SpeedDialRow key={i} form={form} entry={entry} index={i} total={total} model={model} />
              ))}
            </div>
          </div>
        </div>
      ) : (
        <p className="empty">{t('speedDial.empty')}</p>
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
            drawWhole();
            form.pushFieldValue('speedDials', { label: '', number: '' });
            focusLater(`speedDial-${total + 1}-label`);
          }}
        >
          {t('speedDial.add')}
        </button>
        {full ? (
          <span id="sd-full" className="hint">
            {t('speedDial.full', { model, capacity })}
          </span>
        ) : null}
      </div>
    </section>
  );
});
