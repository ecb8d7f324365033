import { memo, type Dispatch } from 'react';
import { MARK_NOTES, PROTOCOL_LABELS, RELEASES, type ModelId, type Release } from '../../catalog/catalog.ts';
import { ModelSelect, ProtocolSelect } from '../../shared/phone-selects.tsx';
import { saveName, type EditorAction, type OpenFile } from '../../session/open-file.ts';
import { visibleName } from '../../display/visible-name.ts';
import { tr, tx, useT } from '../../i18n/i18n.ts';
import type { Problem } from '../../model/problems.ts';
import { Field, FieldNote, noteId } from '../../shared/form-kit.tsx';
import { setFirmwareRelease } from '../../session/firmware-release.ts';
import { MarkBadge } from './settings/mark-badge.tsx';
import { useRelease } from '../../shared/use-release.ts';

/** Which telephone and protocol the file is for: pre-set from the name and content, with why; always changeable. */
type Props = {
  file: OpenFile;
  dispatch: Dispatch<EditorAction>;
  /** A model chosen in the field: the editor changes it, asking first when the new model lacks room (use-model-change). */
  onModel: (model: ModelId) => void;
  /** The name's problem shown under the extension (the editor's nameProblems), so the field says what Problems says. */
  extensionProblem: Problem | undefined;
};

/** What the section shows of a file; a key press elsewhere in the form changes none of it. */
const sameIdentity = (a: Props, b: Props): boolean =>
  a.dispatch === b.dispatch &&
  a.onModel === b.onModel &&
  a.extensionProblem === b.extensionProblem &&
  a.file.model === b.file.model &&
  a.file.protocol === b.file.protocol &&
  a.file.extension === b.file.extension &&
  a.file.sourceName === b.file.sourceName &&
  a.file.chosen === b.file.chosen &&
  a.file.inference === b.file.inference;

export const IdentifySection = memo(function IdentifySection({ file, dispatch, onModel, extensionProblem: extProblem }: Props) {
  const t = useT();
  // The same words, and the same severity, as the file's problems in Problems say.
  const extOk = extProblem?.severity !== 'error';
  const name = saveName(file);
  const release = useRelease();
  return (
    <section className="card identify" aria-labelledby="identify-title">
      <h2 id="identify-title">{t('identify.title')}</h2>
      <div className="identify__fields">
        <ModelSelect id="model" value={file.model} onChange={onModel} />
        <ProtocolSelect id="protocol" value={file.protocol} onChange={(protocol) => dispatch({ type: 'identify', protocol })} />
        <Field id="extension" label={t('identify.extension')} invalid={!extOk}>
          <input
            id="extension"
            className="field__input"
            inputMode="numeric"
            dir="ltr"
            autoComplete="off"
            value={file.extension}
            aria-invalid={extOk ? undefined : true}
            aria-describedby={noteId('extension')}
            onChange={(e) => dispatch({ type: 'identify', extension: e.target.value.trim(), at: Date.now() })}
          />
          {/* Live: the complaint comes and goes as the user types, and is said as it does. */}
          <FieldNote id="extension" error={!extOk} live>
            {extProblem ? tr(extProblem.message) : t('identify.extensionHint')}
          </FieldNote>
        </Field>
        {/* A preference of this browser (a site runs one release), not of the file: no step in its history. */}
        <Field id="release" label={t('release.label')}>
          <select id="release" className="field__input" value={release} aria-describedby={noteId('release')} onChange={(e) => setFirmwareRelease(e.target.value as Release)}>
            {RELEASES.map((r) => (
              <option key={r} value={r}>
                {t(`release.${r}`)}
              </option>
            ))}
          </select>
          <FieldNote id="release">
            {t('release.hint')} <MarkBadge mark="doc" note={MARK_NOTES.releaseScriptsDoc} />
          </FieldNote>
        </Field>
      </div>
      <p className="identify__name">
        {tx('identify.savesAs', {}, { name: <code dir="ltr">{visibleName(name)}</code> })}
        {file.sourceName !== null && file.sourceName !== name ? (
          <>
            {' '}
            {tx('identify.openedAs', {}, { name: <code dir="ltr">{visibleName(file.sourceName)}</code> })}
          </>
        ) : null}
      </p>
      {file.inference ? (
        <details className="identify__why">
          <summary>{t('identify.why', { model: file.model, protocol: PROTOCOL_LABELS[file.protocol] })}</summary>
          <ul>
            {file.inference.reasons.map((r, i) => (
              <li key={i}>{tr(r)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {file.inference?.conflicts.map((c, i) => (
        <p key={i} className="field__error">
          {tr(c)}
        </p>
      ))}
      {file.inference && (file.model !== file.inference.model || file.protocol !== file.inference.protocol) ? (
        <p className="hint">{t('identify.changed', { model: file.inference.model, protocol: PROTOCOL_LABELS[file.inference.protocol] })}</p>
      ) : (
        file.inference?.modelReason && <p className="hint">{tr(file.inference.modelReason)}</p>
      )}
    </section>
  );
}, sameIdentity);
