import { memo, Suspense, useState, type ComponentType, type Dispatch } from 'react';
import { msg } from '../../../catalog/msg.ts';
import { tr, useT } from '../../../i18n/i18n.ts';
import type { OtherLine } from '../../../model/other-lines.ts';
import type { EditorAction } from '../../../session/open-file.ts';
import type { TeachNameProps } from '../../../shared/teach-name.ts';

/** Lines no typed field shows, editable as raw text and never dropped unless the user removes them. */
const PAGE = 100;

/** `lines` with `held` in its place among them, by line number. */
function withHeld(lines: readonly OtherLine[], held: OtherLine, lineNoById: Map<number, number>): readonly OtherLine[] {
  const no = lineNoById.get(held.line.id) ?? 0;
  const i = lines.findIndex((l) => (lineNoById.get(l.line.id) ?? 0) > no);
  return i === -1 ? [...lines, held] : [...lines.slice(0, i), held, ...lines.slice(i)];
}

export const OtherLinesSection = memo(function OtherLinesSection({
  lines,
  lineNoById,
  dispatch,
  teach,
  reveal = null,
}: {
  lines: readonly OtherLine[];
  lineNoById: Map<number, number>;
  dispatch: Dispatch<EditorAction>;
  /** The form that teaches an unknown name as a setting (a format profile), loaded when first asked for. */
  teach?: ComponentType<TeachNameProps>;
  /**
   * A line the keyboard is about to be taken to (a problem's link, a hit of Find across files): drawn, with the
   * rows before it, however far down it is. A new object each time it is asked for.
   */
  reveal?: { readonly lineId: number } | null;
}) {
  const t = useT();
  // The line being typed in stays here, in its place, until the user leaves its field: typing "Redial=" would
  // otherwise make it a known setting at the "=", and take the field (and the keys after it) away mid-word.
  const [held, setHeld] = useState<OtherLine | null>(null);
  // The line whose name is being taught, if any.
  const [teaching, setTeaching] = useState<number | null>(null);
  const Teach = teach;
  const list = held === null || lines.some((l) => l.line.id === held.line.id) ? lines : withHeld(lines, held, lineNoById);
  // How many rows show `reveal`: whole hundreds, down to it.
  const upTo = (r: { readonly lineId: number } | null): number => {
    const i = r === null ? -1 : list.findIndex((l) => l.line.id === r.lineId);
    return Math.max(PAGE, (Math.floor(i / PAGE) + 1) * PAGE);
  };
  // A file can hold thousands of such lines; show them a hundred at a time so the page stays quick.
  const [shown, setShown] = useState(() => upTo(reveal));
  // React's pattern for state that follows a prop: a line asked for past the rows shown draws them down to it, in
  // this render, before the caller looks for its field. (The rows stay: the keyboard is on one of them.)
  const [revealed, setRevealed] = useState(reveal);
  if (reveal !== revealed) {
    setRevealed(reveal);
    if (upTo(reveal) > shown) setShown(upTo(reveal));
  }
  return (
    <section className="card" aria-labelledby="other-title">
      <h2 id="other-title" tabIndex={-1}>{t('otherLines.title')}</h2>
      {list.length === 0 ? (
        <p className="empty">{t('otherLines.none')}</p>
      ) : (
        <>
          <p className="hint">{t('otherLines.hint')}</p>
          <ul className="other-lines">
            {list.slice(0, shown).map(({ line, reason }) => {
              const n = lineNoById.get(line.id) ?? 0;
              const id = `line-${line.id}`;
              // A held line stays while focus is in its row (its text or its Remove button): a click on Remove must
              // find the row still there.
              const leaveRow = (e: React.FocusEvent<HTMLElement>) => {
                if (e.relatedTarget instanceof Node && e.currentTarget.closest('li')?.contains(e.relatedTarget)) return;
                setHeld((h) => (h?.line.id === line.id ? null : h));
              };
              return (
                <li key={line.id} className="field">
                  <label htmlFor={id} className="field__label">
                    {t('otherLines.line', { n })}
                  </label>
                  <div className="other-lines__row">
                    <input
                      id={id}
                      className="field__input field__input--mono"
                      type="text"
                      dir="ltr"
                      spellCheck={false}
                      autoComplete="off"
                      value={line.text}
                      aria-describedby={`${id}-why`}
                      onBlur={leaveRow}
                      onChange={(e) => {
                        setHeld({ line: { ...line, text: e.target.value }, reason: msg('otherLine.nowKnown') });
                        dispatch({ type: 'line-text', lineId: line.id, text: e.target.value, at: Date.now() });
                      }}
                    />
                    <button
                      type="button"
                      className="button button--quiet"
                      onBlur={leaveRow}
                      onClick={() => {
                        // The row goes: the keyboard goes on to the next line's text, or the section's heading.
                        const next = list[list.findIndex((l) => l.line.id === line.id) + 1];
                        setHeld(null);
                        dispatch({ type: 'remove-lines', lineIds: [line.id] });
                        requestAnimationFrame(() => document.getElementById(next ? `line-${next.line.id}` : 'other-title')?.focus());
                      }}
                    >
                      {/* The space stays outside the hidden part: some accessible-name computations trim an element's text. */}
                      {`${t('otherLines.remove')} `}
                      <span className="visually-hidden">{t('otherLines.removeWhich', { n })}</span>
                    </button>
                    {Teach && line.kind === 'setting' && reason.id === 'otherLine.unknownName' ? (
                      <button
                        type="button"
                        id={`teach-${line.id}`}
                        className="button button--quiet"
                        aria-expanded={teaching === line.id}
                        onBlur={leaveRow}
                        onClick={() => setTeaching((v) => (v === line.id ? null : line.id))}
                      >
                        {`${t('otherLines.teach')} `}
                        <span className="visually-hidden">{t('otherLines.teachWhich', { n })}</span>
                      </button>
                    ) : null}
                  </div>
                  <div id={`${id}-why`} className="field__desc">
                    {tr(reason)}
                  </div>
                  {Teach && teaching === line.id && line.kind === 'setting' ? (
                    <Suspense fallback={<p className="hint">{t('otherLines.teachLoading')}</p>}>
                      <Teach
                        name={line.name}
                        onDone={(taught) => {
                          setTeaching(null);
                          // Taught, the line goes from this list (it is a setting now): the keyboard goes to the heading.
                          requestAnimationFrame(() => document.getElementById(taught ? 'other-title' : `teach-${line.id}`)?.focus());
                        }}
                      />
                    </Suspense>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {list.length > shown ? (
            <p>
              <button type="button" className="button" onClick={() => setShown((n) => n + PAGE * 10)}>
                {t('otherLines.showMore', { count: Math.min(PAGE * 10, list.length - shown), hidden: list.length - shown })}
              </button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
});
