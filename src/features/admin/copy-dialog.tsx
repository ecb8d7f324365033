import { useId, useMemo, useState, type Dispatch } from 'react';
import { MODELS, PROTOCOL_LABELS } from '../../catalog/catalog.ts';
import { Dialog } from '../../shared/dialog.tsx';
import type { Workspace, WorkspaceAction } from '../editor/workspace.ts';
import { download } from '../../file-io/file-io.ts';
import { buildFileName } from '../../format/file-name.ts';
import { tr, useT, type Later, type MessageId } from '../../i18n/i18n.ts';
import { copyParts, copyToExtensions, type CopyParts, type Naming } from '../../model/admin/copy.ts';
import { describeExtensions, parseExtensions } from '../../model/admin/ranges.ts';
import { sentences } from '../../model/admin/words.ts';
import { valuesOf } from '../../model/values.ts';
import type { OpenFile } from '../editor/editor-state.ts';
import { displayName } from './names.ts';
import { Field, FieldNote, noteId } from '../editor/form-kit.tsx';

const PART_NAMES: readonly { readonly key: keyof CopyParts; readonly label: MessageId }[] = [
  { key: 'speedDials', label: 'admin.copy.partSpeedDials' },
  { key: 'featureLabels', label: 'admin.copy.partFeatureLabels' },
  { key: 'options', label: 'admin.copy.partOptions' },
  { key: 'parameters', label: 'admin.copy.partParameters' },
  { key: 'ftp', label: 'admin.copy.partFtp' },
];

/**
 * Copy to extensions: the chosen parts of the open file as new files, one per extension, in a .zip; or the same
 * parts written into every other open file.
 */
export function CopyDialog({ file, workspace, onClose, dispatch, onStatus }: { file: OpenFile; workspace: Workspace; onClose: () => void; dispatch: Dispatch<WorkspaceAction>; onStatus: (words: Later) => void }) {
  const t = useT();
  const ids = { ext: useId(), target: useId(), part: useId(), naming: useId() };
  const others = workspace.files.filter((f) => f.uid !== file.uid);
  const [target, setTarget] = useState<'extensions' | 'open'>('extensions');
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const [parts, setParts] = useState<CopyParts>({ speedDials: true, featureLabels: true, options: true, parameters: true, ftp: false });
  const [naming, setNaming] = useState<Naming>(file.protocol);
  const [busy, setBusy] = useState(false);
  // Kept as how to say it (not the words), so an open report follows a change of language.
  const [report, setReport] = useState<Later[] | null>(null);
  // Said here, in the dialog: the page's own error line lies behind this modal, out of sight.
  const [failure, setFailure] = useState<Later | null>(null);
  const parsed = useMemo(() => parseExtensions(text), [text]);
  const family = MODELS[file.model].family;
  const nothingPicked = !parts.speedDials && !parts.featureLabels && !parts.options && !parts.parameters;
  const extError = target === 'extensions' && (parsed.problems.length > 0 || parsed.extensions.length === 0);

  const makeZip = async () => {
    setTried(true);
    if (extError || nothingPicked) {
      if (extError) document.getElementById(ids.ext)?.focus();
      return;
    }
    setBusy(true);
    // Let “Making the .zip…” show before the work (about half a second for 1,000 extensions).
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      const result = copyToExtensions(file.doc, file.model, parsed.extensions, parts, naming);
      const { zipFiles } = await import('../../file-io/zip.ts');
      setFailure(null);
      const name = `${family}-backups-${parsed.extensions.length}-extension${parsed.extensions.length === 1 ? '' : 's'}.zip`;
      download(zipFiles(result.files), name, 'application/zip');
      const files = result.files.length;
      const extensions = describeExtensions(parsed.extensions);
      onStatus(() => t('admin.copy.downloaded', { name, count: files }));
      setReport([() => t('admin.copy.downloadedFor', { name, count: files, extensions }), ...result.notes.map((n) => () => tr(n))]);
    } catch (e) {
      setFailure(() => () => t('admin.copy.zipFailed', { detail: String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const applyToOpen = () => {
    if (nothingPicked || others.length === 0) return;
    const source = valuesOf(file.doc, file.model);
    const lines: (() => string)[] = [];
    let changed = 0;
    for (const f of others) {
      const name = displayName(f);
      const c = copyParts(source, parts, { model: f.model, protocol: f.protocol }, valuesOf(f.doc, f.model));
      const refused = c.refused;
      if (refused) {
        lines.push(() => t('admin.copy.notChanged', { name, reason: refused }));
        continue;
      }
      dispatch({ type: 'edit', uid: f.uid, action: { type: 'replace-values', values: c.values } });
      changed++;
      const notes = c.notes;
      lines.push(() => (notes.length ? t('admin.copy.copiedWithNotes', { name, notes: sentences(notes) }) : t('admin.copy.copied', { name })));
    }
    setReport(lines);
    onStatus(() => t('admin.copy.copiedToOpen', { count: changed, total: others.length }));
  };

  const sample = parsed.extensions[0] ?? '4001';
  const namingOptions: readonly { value: Naming; label: string }[] = [
    { value: 'h323', label: `${PROTOCOL_LABELS.h323}: ${buildFileName(sample, family, 'h323')}` },
    { value: 'sip', label: `${PROTOCOL_LABELS.sip}: ${buildFileName(sample, family, 'sip')}` },
    { value: 'both', label: t('admin.copy.namingBoth') },
  ];

  return (
    <Dialog open onClose={onClose} title={t('admin.copy.title')}>
      <form
        className="admin-dialog admin-dialog--wide"
        onSubmit={(e) => {
          e.preventDefault();
          if (target === 'extensions') void makeZip();
          else applyToOpen();
        }}
      >
        <p className="hint">{t('admin.copy.from', { name: displayName(file), model: file.model })}</p>
        <fieldset className="admin-fieldset">
          <legend>{t('admin.copy.to')}</legend>
          <div className="admin__check">
            <input id={`${ids.target}-ext`} type="radio" name={ids.target} checked={target === 'extensions'} onChange={() => setTarget('extensions')} />
            <label htmlFor={`${ids.target}-ext`}>{t('admin.copy.toExtensions')}</label>
          </div>
          <div className="admin__check">
            <input id={`${ids.target}-open`} type="radio" name={ids.target} checked={target === 'open'} onChange={() => setTarget('open')} disabled={others.length === 0} />
            <label htmlFor={`${ids.target}-open`}>{others.length === 0 ? t('admin.copy.toOpenNone') : t('admin.copy.toOpen', { count: others.length })}</label>
          </div>
        </fieldset>

        {target === 'extensions' ? (
          <Field id={ids.ext} label={t('admin.copy.extensions')} invalid={tried && extError}>
            <textarea
              id={ids.ext}
              className="field__input field__input--mono"
              dir="ltr"
              rows={2}
              value={text}
              placeholder="4001, 4005-4099"
              autoComplete="off"
              spellCheck={false}
              aria-invalid={tried && extError ? true : undefined}
              aria-describedby={noteId(ids.ext)}
              onChange={(e) => setText(e.target.value)}
            />
            <FieldNote id={ids.ext} error={tried && extError} live>
              {parsed.problems.length > 0
                ? parsed.problems.map(tr).join(' ')
                : parsed.extensions.length === 0
                  ? t('admin.copy.extensionsHint')
                  : parsed.repeated.length
                    ? t('admin.copy.extensionsRepeated', { extensions: describeExtensions(parsed.extensions), repeated: parsed.repeated.join(', ') })
                    : t('admin.copy.extensionsList', { extensions: describeExtensions(parsed.extensions) })}
            </FieldNote>
          </Field>
        ) : null}

        <fieldset className="admin-fieldset">
          <legend>{t('admin.copy.what')}</legend>
          {PART_NAMES.map(({ key, label }) => (
            <div key={key} className={`admin__check ${key === 'ftp' ? 'admin__check--sub' : ''}`}>
              <input
                id={`${ids.part}-${key}`}
                type="checkbox"
                checked={parts[key]}
                disabled={key === 'ftp' && !parts.parameters}
                onChange={(e) => setParts({ ...parts, [key]: e.target.checked })}
              />
              <label htmlFor={`${ids.part}-${key}`}>{t(label)}</label>
            </div>
          ))}
          {tried && nothingPicked ? <p className="field__error">{t('admin.copy.pickPart')}</p> : null}
        </fieldset>

        {target === 'extensions' ? (
          <Field id={ids.naming} label={t('admin.copy.naming')}>
            <select id={ids.naming} className="field__input" value={naming} onChange={(e) => setNaming(e.target.value as Naming)}>
              {namingOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </Field>
        ) : null}

        {failure ? (
          <p className="field__error" role="alert">
            {failure()}
          </p>
        ) : null}
        {report ? (
          <div className="admin-report" role="status">
            <ul>
              {report.map((r, i) => (
                <li key={i}>{r()}</li>
              ))}
            </ul>
          </div>
        ) : null}

        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('admin.close')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || (target === 'open' && others.length === 0)}>
            {busy ? t('admin.copy.making') : target === 'extensions' ? t('admin.copy.download') : t('admin.copy.intoOpen')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
