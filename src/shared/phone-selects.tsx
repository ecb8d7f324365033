import { useT } from '../i18n/i18n.ts';
import { MODEL_IDS, PROTOCOL_IDS, PROTOCOL_LABELS, type ModelId, type Protocol } from '../catalog/catalog.ts';
import { Field } from './form-kit.tsx';

/** The labelled "Telephone model" and "Protocol" choices that the editor, New and Convert all offer. */
export function ModelSelect({ id, label, value, onChange }: { id: string; label?: string; value: ModelId; onChange: (model: ModelId) => void }) {
  const t = useT();
  return (
    <Field id={id} label={label ?? t('phone.model')}>
      <select id={id} className="field__input" value={value} onChange={(e) => onChange(e.target.value as ModelId)}>
        {MODEL_IDS.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function ProtocolSelect({ id, label, value, onChange }: { id: string; label?: string; value: Protocol; onChange: (protocol: Protocol) => void }) {
  const t = useT();
  return (
    <Field id={id} label={label ?? t('phone.protocol')}>
      <select id={id} className="field__input" value={value} onChange={(e) => onChange(e.target.value as Protocol)}>
        {PROTOCOL_IDS.map((p) => (
          <option key={p} value={p}>
            {PROTOCOL_LABELS[p]}
          </option>
        ))}
      </select>
    </Field>
  );
}
