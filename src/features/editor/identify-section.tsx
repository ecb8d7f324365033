import type { Dispatch } from 'react';
import { MODEL_IDS, PROTOCOL_IDS, PROTOCOL_LABELS, type ModelId, type Protocol } from '../../catalog/catalog.ts';
import { isValidExtension } from '../../format/file-name.ts';
import { ruleFileName, type EditorAction, type OpenFile } from './editor-state.ts';

/** Which telephone and protocol the file is for: pre-set from the name and content, with why; always changeable. */
export function IdentifySection({ file, dispatch }: { file: OpenFile; dispatch: Dispatch<EditorAction> }) {
  const extOk = file.extension === '' || isValidExtension(file.extension);
  return (
    <section className="card identify" aria-labelledby="identify-title">
      <h2 id="identify-title">Telephone</h2>
      <div className="identify__fields">
        <div className="field">
          <label htmlFor="model" className="field__label">
            Telephone model
          </label>
          <select id="model" className="field__input" value={file.model} onChange={(e) => dispatch({ type: 'identify', model: e.target.value as ModelId })}>
            {MODEL_IDS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="protocol" className="field__label">
            Protocol
          </label>
          <select id="protocol" className="field__input" value={file.protocol} onChange={(e) => dispatch({ type: 'identify', protocol: e.target.value as Protocol })}>
            {PROTOCOL_IDS.map((p) => (
              <option key={p} value={p}>
                {PROTOCOL_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <div className={`field ${extOk ? '' : 'field--invalid'}`}>
          <label htmlFor="extension" className="field__label">
            Extension
          </label>
          <input
            id="extension"
            className="field__input"
            inputMode="numeric"
            autoComplete="off"
            value={file.extension}
            aria-invalid={extOk ? undefined : true}
            aria-describedby="extension-desc"
            onChange={(e) => dispatch({ type: 'identify', extension: e.target.value.trim() })}
          />
          <div id="extension-desc" className={extOk ? 'field__desc' : 'field__error'}>
            {extOk ? 'The telephone’s extension: it starts the file name.' : 'An extension is digits only, such as 4711.'}
          </div>
        </div>
      </div>
      <p className="identify__name">
        Saves as <code>{ruleFileName(file)}</code>
      </p>
      {file.inference ? (
        <details className="identify__why">
          <summary>Why {file.model} and {PROTOCOL_LABELS[file.protocol]}?</summary>
          <ul>
            {file.inference.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {file.inference?.conflicts.map((c) => (
        <p key={c} className="field__error">
          {c}
        </p>
      ))}
      {file.inference && (file.model !== file.inference.model || file.protocol !== file.inference.protocol) ? (
        <p className="hint">You changed this from what the file suggested ({file.inference.model}, {PROTOCOL_LABELS[file.inference.protocol]}). Fields follow your choice; nothing is removed from the file.</p>
      ) : (
        file.inference?.reasons[file.inference.reasons.length - 1] && <p className="hint">{file.inference.reasons.find((r) => r.startsWith(file.model)) ?? ''}</p>
      )}
    </section>
  );
}
