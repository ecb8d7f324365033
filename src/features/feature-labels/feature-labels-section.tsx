import { memo } from 'react';
import { FEATURE_LABEL, listCapacity, type ModelId } from '../../catalog/catalog.ts';
import { glyphWarning } from '../../display/coverage.ts';
import { listKey } from '../../format/keys.ts';
import { labelProblem } from '../../model/schemas.ts';
import { tr, useT } from '../../i18n/i18n.ts';
import type { EditorForm } from '../editor/editor-form.ts';
import { LabelPreview } from '../preview/label-preview.tsx';
import { MarkBadge } from '../settings/mark-badge.tsx';
import { ListField } from '../editor/list-field.tsx';

/** One field per physical feature button of the model ("Feature button N label"); empty = the phone's own label. */
export const FeatureLabelsSection = memo(function FeatureLabelsSection({ form, model, savedKeys }: { form: EditorForm; model: ModelId; savedKeys: Set<string> }) {
  const t = useT();
  const capacity = listCapacity(FEATURE_LABEL, model);
  return (
    <section className="card" aria-labelledby="fl-title">
      <h2 id="fl-title">
        {t('list.featureLabel.title')} <MarkBadge mark={FEATURE_LABEL.mark} note={FEATURE_LABEL.markNote} />
      </h2>
      <p className="hint">{t('featureLabels.help', { model, capacity })}</p>
      <div className="label-grid">
        {Array.from({ length: capacity }, (_, i) => {
          const n = i + 1;
          return (
            <ListField
              key={i}
              form={form}
              path={`featureLabels[${i}].label`}
              id={`featureLabel-${n}-label`}
              label={t('featureLabels.field', { n })}
              keepEmpty={savedKeys.has(listKey('featureLabel', n, 'label'))}
              problem={(label) => (label === undefined ? null : [labelProblem(FEATURE_LABEL, n, label), glyphWarning(label, model)].flatMap((m) => (m ? [tr(m)] : [])).join(' ') || null)}
              renderAfter={(label) => <LabelPreview text={label ?? ''} model={model} limit={FEATURE_LABEL.labelMax} />}
            />
          );
        })}
      </div>
    </section>
  );
});
