import { useId, useMemo, useState } from 'react';
import { visibleName } from '../../display/visible-name.ts';
import { decodeBytes } from '../../format/decode.ts';
import { t, tr, useT } from '../../i18n/i18n.ts';
import { DEFAULTS, readSettingsFile, restoreReport, type Param, type ParamReading, type SettingsReading } from '../../model/admin/settings-file.ts';
import type { OpenFile } from '../../session/open-file.ts';
import { Field } from '../../shared/form-kit.tsx';

interface Remembered {
  readonly name: string;
  readonly reading: SettingsReading;
}

// Kept while the page is open, so closing and reopening the tools does not forget the file.
let remembered: Remembered | null = null;
// The last settings file a zip offered that was taken: reopening the tools does not take it again after Forget.
let takenId = 0;

/** A 46xxsettings.txt that came in a zip (the page hands it over; each a new id). */
export interface SettingsFile {
  readonly id: number;
  readonly name: string;
  readonly zip: string;
  readonly bytes: Uint8Array;
}

/** The settings file's reading, remembered; null when it is not text that can be read. */
function readSettings(name: string, bytes: Uint8Array): Remembered | null {
  const decoded = decodeBytes(bytes, 4 * 1024 * 1024);
  if (!decoded.ok) return null;
  remembered = { name, reading: readSettingsFile(decoded.value.text) };
  return remembered;
}

/** A settings file a zip offered, read once (not again after Forget, when the tools are opened again). */
function takeOffered(offered: SettingsFile | null): { ok: boolean; name: string } | null {
  if (!offered || offered.id <= takenId) return null;
  takenId = offered.id;
  const name = `${offered.name} (${offered.zip})`;
  return { ok: readSettings(name, offered.bytes) !== null, name };
}

/** Where a parameter's value comes from, in words (called while drawing, after useT). */
function source(r: ParamReading, name: Param): string {
  const base = r.from ? t('admin.restore.sourceLine', { value: r.value, line: r.from.line }) : t('admin.restore.sourceDefault', { value: r.value, fallback: DEFAULTS[name] });
  return r.conditional.length > 0 ? t('admin.restore.sourceConditional', { source: base, lines: r.conditional.map((s) => s.line).join(', ') }) : base;
}

/**
 * Will the restore take effect? The user's 46xxsettings.txt is read in the browser (never sent anywhere) for
 * RESTORESTAT, OPSTAT, APPSTAT and FTPUSERSTAT, and the active backup is checked against them.
 */
export function RestoreCheck({ file, offered = null }: { file: OpenFile | null; offered?: SettingsFile | null }) {
  useT();
  const inputId = useId();
  const [state, setState] = useState<Remembered | null>(remembered);
  // The file's name, when it could not be read.
  const [problem, setProblem] = useState<string | null>(null);
  const report = useMemo(() => (state && file ? restoreReport(state.reading, file.doc, file.model) : null), [state, file]);

  const read = (name: string, bytes: Uint8Array) => {
    const reading = readSettings(name, bytes);
    setProblem(reading ? null : name);
    if (reading) setState(reading);
  };
  const load = async (f: File) => read(f.name, new Uint8Array(await f.arrayBuffer()));
  // A zip's 46xxsettings.txt is read as if picked here, once (adjusted while drawing, as React advises).
  const [seen, setSeen] = useState<SettingsFile | null>(null);
  if (offered !== seen) {
    setSeen(offered);
    const offer = takeOffered(offered);
    if (offer && !offer.ok) setProblem(offer.name);
    // What was remembered, whether this drawing or an earlier one (React may draw twice) took the offer.
    else if (offered) setState(remembered);
  }

  return (
    <section className="admin__tool admin__tool--wide" aria-labelledby="admin-restore">
      <h3 id="admin-restore">{t('admin.restore.title')}</h3>
      <p className="hint">{t('admin.restore.hint')}</p>
      <p className="hint">{t('admin.restore.http')}</p>
      <Field id={inputId} label={t('admin.restore.fileLabel')} className="admin__inline">
        <input
          id={inputId}
          type="file"
          className="field__input"
          accept=".txt,.scr,text/plain"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void load(f);
          }}
        />
      </Field>
      {problem !== null ? (
        <p className="field__error" role="alert">
          {t('admin.restore.unreadable', { name: visibleName(problem) })}
        </p>
      ) : null}
      {state ? (
        <div className="admin-restore" role="status">
          <p>{t('admin.restore.from', { name: visibleName(state.name), opstat: source(state.reading.opstat, 'OPSTAT'), appstat: source(state.reading.appstat, 'APPSTAT') })}</p>
          <p>{t('admin.restore.fromMore', { restorestat: source(state.reading.restorestat, 'RESTORESTAT'), ftpuserstat: source(state.reading.ftpuserstat, 'FTPUSERSTAT') })}</p>
          {report ? (
            <ul className={`admin-verdict admin-verdict--${report.verdict}`}>
              {report.messages.map((m, i) => (
                <li key={i}>{tr(m)}</li>
              ))}
            </ul>
          ) : (
            <p className="hint">{t('admin.restore.openBackup')}</p>
          )}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              remembered = null;
              setState(null);
            }}
          >
            {t('admin.restore.forget')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
