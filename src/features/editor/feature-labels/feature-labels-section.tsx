import { useStore } from '@tanstack/react-form';
import { memo } from 'react';
import { FEATURE_LABEL, listCapacity, type ModelId } from '../../../catalog/catalog.ts';
import { listKey } from '../../../format/keys.ts';
import { tx, useT } from '../../../i18n/i18n.ts';
import type { EditorForm } from '../editor-form.ts';
import { TextInput } from '../../../shared/form-kit.tsx';
import { labelWords } from '../messages.ts';
import { LabelPreview } from '../preview/label-preview.tsx';
import { useRelease } from '../../../shared/use-release.ts';
import { MarkBadge } from '../settings/mark-badge.tsx';

/** Feature button n's label field and its preview; drawn again only when its own label changes. */
const FeatureLabelField = memo(function FeatureLabelField({ form, index: i, label, model, keepEmpty }: { form: EditorForm; index: number; label: string | undefined; model: ModelId; keepEmpty: boolean }) {
  const t = useT();
  const release = useRelease();
  const n = i + 1;
  const id = `featureLabel-${n}-label`;
  const name = t('featureLabels.field', { n });
  return (
    <TextInput
      id={id}
      name={`featureLabels[${i}].label`}
      label={name}
      keepEmpty={keepEmpty}
      value={label}
      problemSeverity="warning"
      problem={labelWords(FEATURE_LABEL, n, label, model, release)}
      after={
        <>
          <LabelPreview text={label ?? ''} model={model} limit={FEATURE_LABEL.labelMax} />
          {label !== undefined ? (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                form.setFieldValue(`featureLabels[${i}].label`, undefined);
                // The button goes with the line: the keyboard stays on the field it belonged to.
                document.getElementById(id)?.focus();
              }}
            >
              {tx('featureLabels.reset', {}, { name: <span className="visually-hidden">{name}</span> })}
            </button>
          ) : null}
        </>
      }
      onValue={(v) => form.setFieldValue(`featureLabels[${i}].label`, v)}
    />
  );
});

/** One field per physical feature button of the model ("Feature button N label"); empty = the phone's own label. */
export const FeatureLabelsSection = memo(function FeatureLabelsSection({ form, model, savedKeys }: { form: EditorForm; model: ModelId; savedKeys: Set<string> }) {
  const t = useT();
  const capacity = listCapacity(FEATURE_LABEL, model);
  // Read once for the section: a key press in another part of the form does not draw these fields again.
  const labels = useStore(form.store, (st) => st.values.featureLabels);
  return (
    <section className="card" aria-labelledby="fl-title">
      <h2 id="fl-title">{t('list.featureLabel.title')}</h2>
      <p className="hint">
        <MarkBadge mark={FEATURE_LABEL.mark} note={FEATURE_LABEL.markNote} />
      </p>
      <p className="hint">{t('featureLabels.help', { model, capacity })}</p>
      <div className="label-grid">
        {Array.from({ length: capacity }, (_, i) => (
          <FeatureLabelField key={i} form={form} index={i} label={labels[i]?.label} model={model} keepEmpty={savedKeys.has(listKey('featureLabel', i + 1, 'label'))} />
        ))}
      </div>
    </section>
  );
});
