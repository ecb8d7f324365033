import { useId, useMemo, useState } from 'react';
import { decodeBytes } from '../../format/decode.ts';
import { DEFAULTS, readSettingsFile, restoreReport, type ParamReading, type SettingsReading } from '../../model/admin/settings-file.ts';
import type { OpenFile } from '../editor/editor-state.ts';

interface Remembered {
  readonly name: string;
  readonly reading: SettingsReading;
}

// Kept while the page is open, so closing and reopening the tools does not forget the file.
let remembered: Remembered | null = null;

function source(r: ParamReading, name: 'OPSTAT' | 'APPSTAT'): string {
  const base = r.from ? `${r.value} (line ${r.from.line})` : `${r.value} (not set: the telephone's default ${DEFAULTS[name]})`;
  return r.conditional.length > 0 ? `${base}; also set inside IF/GOTO blocks on line ${r.conditional.map((s) => s.line).join(', ')}` : base;
}

/**
 * Will the restore take effect? The user's 46xxsettings.txt is read in the browser (never sent anywhere) for
 * OPSTAT and APPSTAT, and the active backup is checked against them.
 */
export function RestoreCheck({ file }: { file: OpenFile | null }) {
  const inputId = useId();
  const [state, setState] = useState<Remembered | null>(remembered);
  const [problem, setProblem] = useState<string | null>(null);
  const report = useMemo(() => (state && file ? restoreReport(state.reading, file.doc, file.model) : null), [state, file]);

  const load = async (f: File) => {
    const decoded = decodeBytes(new Uint8Array(await f.arrayBuffer()), 4 * 1024 * 1024);
    if (!decoded.ok) {
      setProblem(`“${f.name}” is not a text file that can be read. Pick your 46xxsettings.txt.`);
      return;
    }
    setProblem(null);
    remembered = { name: f.name, reading: readSettingsFile(decoded.value.text) };
    setState(remembered);
  };

  return (
    <section className="admin__tool admin__tool--wide" aria-labelledby="admin-restore">
      <h3 id="admin-restore">Will the restore take effect?</h3>
      <p className="hint">
        The telephone ignores a backup, or parts of it, when OPSTAT or APPSTAT in your 46xxsettings.txt say so. Pick that file to check: it is only read here, in the browser, and never sent anywhere.
      </p>
      <div className="field admin__inline">
        <label htmlFor={inputId} className="field__label">
          Settings file (46xxsettings.txt)
        </label>
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
      </div>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      {state ? (
        <div className="admin-restore" role="status">
          <p>
            From {state.name}: OPSTAT {source(state.reading.opstat, 'OPSTAT')}; APPSTAT {source(state.reading.appstat, 'APPSTAT')}.
          </p>
          {report ? (
            <ul className={`admin-verdict admin-verdict--${report.verdict}`}>
              {report.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : (
            <p className="hint">Open a backup file to see what the telephone does with it.</p>
          )}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              remembered = null;
              setState(null);
            }}
          >
            Forget the settings file
          </button>
        </div>
      ) : null}
    </section>
  );
}
