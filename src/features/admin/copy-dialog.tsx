import { useId, useMemo, useRef, useState, type Dispatch } from 'react';
import { MODELS, PROTOCOL_LABELS, type Protocol } from '../../catalog/catalog.ts';
import { Dialog } from '../../shared/dialog.tsx';
import type { Workspace, WorkspaceAction } from '../../session/workspace.ts';
import { download } from '../../file-io/file-io.ts';
import { zipOverLimit } from '../../file-io/zip-limits.ts';
import { buildFileName } from '../../format/file-name.ts';
import { tr, useT, type Later, type MessageId } from '../../i18n/i18n.ts';
import { copyToExtensions, leftOutOfCopy, planCopyInto, type CopyIntoPlan, type CopyParts, type Naming } from '../../model/admin/copy.ts';
import type { SettingChange } from '../../model/admin/diff.ts';
import { listMsg } from '../../catalog/msg-list.ts';
import { msg, type MsgValue } from '../../catalog/msg.ts';
import { describeExtensions, parseExtensions } from '../../model/admin/ranges.ts';
import { asMsg, sentences } from '../../model/admin/words.ts';
import { valuesOf } from '../../model/values.ts';
import { ruleFileName, saveName, type EditorAction, type OpenFile } from '../../session/open-file.ts';
import { displayName } from './names.ts';
import { Field, FieldNote, noteId } from '../../shared/form-kit.tsx';
import { Ltr } from '../../shared/bidi.tsx';

const PART_NAMES: readonly { readonly key: keyof CopyParts; readonly label: MessageId }[] = [
  { key: 'speedDials', label: 'admin.copy.partSpeedDials' },
  { key: 'featureLabels', label: 'admin.copy.partFeatureLabels' },
  { key: 'options', label: 'admin.copy.partOptions' },
  { key: 'parameters', label: 'admin.copy.partParameters' },
  { key: 'ftp', label: 'admin.copy.partFtp' },
];

/** The names of some changes for a sentence: the first few, then “and 5 more”. */
function someNames(changes: readonly SettingChange[], shown = 6): MsgValue {
  const names: MsgValue[] = changes.slice(0, shown).map((c) => c.what);
  if (changes.length > shown) names.push(msg('admin.copy.more', { count: changes.length - shown }));
  return listMsg(names, 'and');
}

/** What the copy will do to one open file, in words (called while drawing, after useT). */
function planWords(plan: CopyIntoPlan, t: ReturnType<typeof useT>): string {
  if (plan.refused) return t('admin.copy.willNotChange', { reason: plan.refused });
  if (plan.changes.length === 0) return t('admin.copy.nothingToChange');
  const words: string[] = [];
  for (const [kind, id] of [['added', 'admin.copy.adds'], ['changed', 'admin.copy.changes'], ['removed', 'admin.copy.removes']] as const) {
    const some = plan.changes.filter((c) => c.kind === kind);
    if (some.length > 0) words.push(t(id, { names: someNames(some) }));
  }
  if (plan.notes.length > 0) words.push(tr(asMsg(sentences(plan.notes))));
  return words.join(' ');
}

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
  const reportRef = useRef<HTMLDivElement>(null);
  const source = useMemo(() => valuesOf(file.doc, file.model), [file.doc, file.model]);
  // What copying into each other open file will do, shown before anything changes.
  const openFiles = workspace.files;
  const plans = useMemo(
    () => (target === 'open' && !nothingPicked ? openFiles.filter((f) => f.uid !== file.uid).map((f) => ({ file: f, plan: planCopyInto(source, parts, f) })) : []),
    [target, nothingPicked, openFiles, file.uid, source, parts],
  );
  const changing = plans.filter((p) => p.plan.changes.length > 0).length;
  // A new file under the source's own name (its extension, with its protocol among those made) takes its place,
  // without what it leaves out. Another protocol's name is another file.
  const ownExtension = file.extension.trim();
  const ownProtocol = file.protocol;
  const makesOwnName = naming === 'both' || naming === ownProtocol;
  const own = useMemo(
    () => (target === 'extensions' && makesOwnName && ownExtension !== '' && parsed.extensions.includes(ownExtension) && !nothingPicked ? leftOutOfCopy(file.doc, file.model, ownProtocol, parts) : null),
    [target, makesOwnName, ownExtension, parsed.extensions, nothingPicked, file.doc, file.model, ownProtocol, parts],
  );
  const ownId = useId();
  // A new file under another open file's name takes that file's place on the server just the same: each such name
  // is said before the .zip is made (the source's own is said above). Names are matched as a server on Windows
  // does, in any letter case; the open file's phone name and the name Save writes are both its names there.
  const takenByOthers = useMemo(() => {
    if (target !== 'extensions' || nothingPicked) return [];
    const byName = new Map<string, OpenFile>();
    for (const f of workspace.files) {
      if (f.uid === file.uid) continue;
      for (const n of [ruleFileName(f), saveName(f)]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), f);
    }
    const protocols: readonly Protocol[] = naming === 'both' ? ['h323', 'sip'] : [naming];
    const out: { extension: string; name: string; file: OpenFile }[] = [];
    for (const extension of parsed.extensions) {
      for (const protocol of protocols) {
        const name = buildFileName(extension, family, protocol);
        const f = byName.get(name.toLowerCase());
        if (f) out.push({ extension, name, file: f });
      }
    }
    return out;
  }, [target, nothingPicked, workspace.files, file.uid, naming, parsed.extensions, family]);
  const takenId = useId();

  const makeZip = async () => {
    setTried(true);
    if (extError || nothingPicked) {
      if (extError) document.getElementById(ids.ext)?.focus();
      return;
    }
    // A file per extension and protocol: past what the editor opens from one zip, the zip would come back in part.
    const over = zipOverLimit({ files: parsed.extensions.length * (naming === 'both' ? 2 : 1), bytes: 0 });
    if (over?.kind === 'files') {
      setFailure(() => () => t('admin.copy.zipTooMany', { count: over.count, limit: over.limit }));
      return;
    }
    setBusy(true);
    // Let “Making the .zip…” show before the work (about half a second for 1,000 extensions).
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      const result = copyToExtensions(file.doc, file.model, parsed.extensions, parts, naming);
      const { zipFilesInParallel } = await import('../../file-io/zip.ts');
      setFailure(null);
      const name = `${family}-backups-${parsed.extensions.length}-extension${parsed.extensions.length === 1 ? '' : 's'}.zip`;
      download(await zipFilesInParallel(result.files), name, 'application/zip');
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
    setTried(true);
    if (nothingPicked || others.length === 0) return;
    const lines: (() => string)[] = [];
    let changed = 0;
    const edits: { uid: number; action: EditorAction }[] = [];
    for (const { file: f, plan } of plans) {
      const name = displayName(f);
      const refused = plan.refused;
      if (refused) {
        lines.push(() => t('admin.copy.notChanged', { name, reason: refused }));
        continue;
      }
      if (plan.changes.length === 0) {
        lines.push(() => t('admin.copy.unchanged', { name }));
        continue;
      }
      edits.push({ uid: f.uid, action: { type: 'set-values', values: plan.values, label: msg('step.copy', { name: displayName(file) }) } });
      changed++;
      const counts = { name, added: plan.added, changed: plan.changed, removed: plan.removed };
      const notes = plan.notes;
      lines.push(() => (notes.length ? t('admin.copy.copiedCountsNotes', { ...counts, notes: sentences(notes) }) : t('admin.copy.copiedCounts', counts)));
    }
    // One step, undone in every file it changed.
    if (edits.length > 0) dispatch({ type: 'edit-many', edits });
    setReport(lines);
    onStatus(() => t('admin.copy.copiedToOpen', { count: changed, total: others.length }));
    // The report says what changed; the preview below the options now shows nothing left to change.
    requestAnimationFrame(() => reportRef.current?.focus());
  };

  const sample = parsed.extensions[0] ?? '4001';
  const namingOptions: readonly { value: Naming; label: string }[] = [
    { value: 'h323', label: t('admin.copy.namingOne', { protocol: PROTOCOL_LABELS.h323, name: buildFileName(sample, family, 'h323') }) },
    { value: 'sip', label: t('admin.copy.namingOne', { protocol: PROTOCOL_LABELS.sip, name: buildFileName(sample, family, 'sip') }) },
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
          {tried && nothingPicked ? (
            // Said as it appears: the button pressed keeps the focus, and nothing else on screen changes.
            <p className="field__error" role="alert">
              {t('admin.copy.pickPart')}
            </p>
          ) : null}
        </fieldset>

        {target === 'open' ? <p className="hint">{t('admin.copy.openRule')}</p> : null}

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

        {own ? (
          <p id={ownId} className="admin-warning">
            {t('admin.copy.ownExtension', { extension: ownExtension, name: buildFileName(ownExtension, family, ownProtocol) })}{' '}
            {own.values.length > 0 ? `${t('admin.copy.ownLacks', { count: own.values.length, names: someNames(own.values, 12) })} ` : ''}
            {own.otherLines > 0 ? `${t('admin.copy.ownOtherLines', { count: own.otherLines })} ` : ''}
            {own.values.length > 0 || own.otherLines > 0 ? t('admin.copy.ownFix', { extension: ownExtension }) : t('admin.copy.ownSame')}
          </p>
        ) : null}

        {takenByOthers.length > 0 ? (
          <div id={takenId}>
            {takenByOthers.map(({ extension, name, file: f }) => (
              <p key={name} className="admin-warning">
                {t('admin.copy.otherOpenName', { name, file: displayName(f), extension })}
              </p>
            ))}
          </div>
        ) : null}

        {target === 'open' && plans.length > 0 ? (
          <>
            <h3 className="admin-dialog__subtitle">{t('admin.import.preview')}</h3>
            <p className="admin-summary" role="status">
              {t('admin.copy.previewSummary', { count: changing, total: plans.length })}
            </p>
            <div className="admin-scroll">
              <table className="list-table admin-preview">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.copy.file')}</th>
                    <th scope="col">{t('admin.compare.added')}</th>
                    <th scope="col">{t('admin.compare.changed')}</th>
                    <th scope="col">{t('admin.compare.removed')}</th>
                    <th scope="col">{t('admin.import.outcome')}</th>
                  </tr>
                </thead>
                <tbody>
                  {plans.map(({ file: f, plan }) => (
                    <tr key={f.uid} className={plan.refused ? 'admin-preview--refuse' : plan.removed > 0 ? 'admin-preview--remove' : plan.changes.length > 0 ? 'admin-preview--change' : 'admin-preview--same'}>
                      <th scope="row">
                        <Ltr>{displayName(f)}</Ltr>
                      </th>
                      <td>{plan.added}</td>
                      <td>{plan.changed}</td>
                      <td>{plan.removed}</td>
                      <td>{planWords(plan, t)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : null}

        {failure ? (
          <p className="field__error" role="alert">
            {failure()}
          </p>
        ) : null}
        {report ? (
          <div className="admin-report" role="status" tabIndex={-1} ref={reportRef}>
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
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || (target === 'open' && others.length === 0)}
            aria-describedby={target === 'extensions' ? [own ? ownId : '', takenByOthers.length > 0 ? takenId : ''].filter(Boolean).join(' ') || undefined : undefined}
          >
            {busy ? t('admin.copy.making') : target === 'extensions' ? t('admin.copy.download') : t('admin.copy.intoOpen')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
