import { useState, type Dispatch } from 'react';
import type { OtherLine } from '../../model/other-lines.ts';
import type { EditorAction } from '../editor/editor-state.ts';

/** Lines no typed field shows, editable as raw text and never dropped unless the user removes them. */
const PAGE = 100;

export function OtherLinesSection({ lines, lineNoById, dispatch }: { lines: readonly OtherLine[]; lineNoById: Map<number, number>; dispatch: Dispatch<EditorAction> }) {
  // A file can hold thousands of such lines; show them a hundred at a time so the page stays quick.
  const [shown, setShown] = useState(PAGE);
  return (
    <section className="card" aria-labelledby="other-title">
      <h2 id="other-title">Other lines</h2>
      {lines.length === 0 ? (
        <p className="empty">Every line of this file is shown in the fields above.</p>
      ) : (
        <>
          <p className="hint">The editor keeps these lines exactly as they are. Edit them as text, or remove them.</p>
          <ul className="other-lines">
            {lines.slice(0, shown).map(({ line, reason }) => {
              const n = lineNoById.get(line.id) ?? 0;
              const id = `line-${line.id}`;
              return (
                <li key={line.id} className="field">
                  <label htmlFor={id} className="field__label">
                    Line {n}
                  </label>
                  <div className="other-lines__row">
                    <input
                      id={id}
                      className="field__input field__input--mono"
                      type="text"
                      spellCheck={false}
                      autoComplete="off"
                      value={line.text}
                      aria-describedby={`${id}-why`}
                      onChange={(e) => dispatch({ type: 'line-text', lineId: line.id, text: e.target.value })}
                    />
                    <button type="button" className="button button--quiet" onClick={() => dispatch({ type: 'remove-line', lineId: line.id })}>
                      Remove<span className="visually-hidden"> line {n}</span>
                    </button>
                  </div>
                  <div id={`${id}-why`} className="field__desc">
                    {reason}
                  </div>
                </li>
              );
            })}
          </ul>
          {lines.length > shown ? (
            <p>
              <button type="button" className="button" onClick={() => setShown((n) => n + PAGE * 10)}>
                Show {Math.min(PAGE * 10, lines.length - shown)} more of {lines.length - shown} hidden lines
              </button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
