import { useId, useMemo, useState } from 'react';
import { decodeBytes } from '../../format/decode.ts';
import { t, tr, useT } from '../../i18n/i18n.ts';
import { DEFAULTS, readSettingsFile, restoreReport, type ParamReading, type SettingsReading } from '../../model/admin/settings-file.ts';
import type { OpenFile } from '../../session/open-file.ts';
import { Field } from '../../shared/form-kit.tsx';

interface Remembered {
  readonly name: string;
  readonly reading: SettingsReading;
}

// Kept while the page is open, so closing and reopening the tools does not forget the file.
let remembered: Remembered | null = null;

/** Where a parameter's value comes from, in words (called while drawing, after useT). */
function source(r: ParamReading, name: 'OPSTAT' | 'APPSTAT'): string {
  const base = r.from ? t('admin.restore.sourceLine', { value: r.value, line: r.from.line }) : t('admin.restore.sourceDefault', { value: r.value, fallback: DEFAULTS[name] });
  return r.conditional.length > 0 ? t('admin.restore.sourceConditional', { source: base, lines: r.conditional.map((s) => s.line).join(', ') }) : base;
}

/**
 * Will the restore take effect? The user's 46xxsettings.txt is read in the browser (never sent anywhere) for
 * OPSTAT and APPSTAT, and the active backup is checked against them.
 */
export function RestoreCheck({ file }: { file: OpenFile | null }) {
  useT();
  const inputId = useId();
  const [state, setState] = useState<Remembered | null>(remembered);
  // The file's name, when it could not be read.
  const [problem, setProblem] = useState<string | null>(null);
  const report = useMemo(() => (state && file ? restoreReport(state.reading, file.doc, file.model) : null), [state, file]);

  const load = async (f: File) => {
    const decoded = decodeBytes(new Uint8Array(await f.arrayBuffer()), 4 * 1024 * 1024);
    if (!decoded.ok) {
      setProblem(f.name);
      return;
    }
    setProblem(null);
    remembered = { name: f.name, reading: readSettingsFile(decoded.value.text) };
    setState(remembered);
  };

  return (
    <section className="admin__tool admin__tool--wide" aria-labelledby="admin-restore">
      <h3 id="admin-restore">{t('admin.restore.title')}</h3>
      <p className="hint">{t('admin.restore.hint')}</p>
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
          {t('admin.restore.unreadable', { name: problem })}
        </p>
      ) : null}
      {state ? (
        <div className="admin-restore" role="status">
          <p>{t('admin.restore.from', { name: state.name, opstat: source(state.reading.opstat, 'OPSTAT'), appstat: source(state.reading.appstat, 'APPSTAT') })}</p>
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
