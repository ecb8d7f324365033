import { memo, useState, type Dispatch } from 'react';
import { tr, useT } from '../../../i18n/i18n.ts';
import { targetDomId, type Problem } from '../../../model/problems.ts';
import { msg } from '../../../catalog/msg.ts';
import type { EditorAction } from '../../../session/open-file.ts';
import { useDrawWholeForm, type DrawWhole } from '../whole-form.ts';

// Signs common fonts have (an emoji such as ⛔ shows as an empty box where no emoji font is installed).
const ICON: Record<Problem['severity'], string> = { error: '✖', warning: '⚠', info: 'ℹ' };
const WORD = { error: 'problemsPanel.error', warning: 'problemsPanel.warning', info: 'problemsPanel.info' } as const satisfies Record<Problem['severity'], string>;

/**
 * Puts the keyboard on the Problems list's heading: where it carries on from when the control it was on goes (a
 * removed line's button here, the dropped-lines note beside it).
 */
export const focusProblemsHeading = () => document.getElementById('problems-title')?.focus();

function goTo(p: Problem, drawWhole: DrawWhole) {
  drawWhole(p.target);
  const el = document.getElementById(targetDomId(p.target));
  if (!el) return;
  el.focus({ preventScroll: true });
  // Older engines (and jsdom) lack scrollIntoView options or the method itself.
  el.scrollIntoView?.({ block: 'center' });
}

/** Every problem of the file in one list; each item takes the user to its field. */
export const ProblemsPanel = memo(function ProblemsPanel({ problems, dispatch }: { problems: readonly Problem[]; dispatch: Dispatch<EditorAction> }) {
  const t = useT();
  const drawWhole = useDrawWholeForm();
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  // Thousands of problems (a hostile file) would make a slow page; the first hundred say enough to start.
  const [showAll, setShowAll] = useState(false);
  const visible = showAll ? problems : problems.slice(0, 100);
  const secrets = problems.filter((p) => p.id.startsWith('pw-') && p.removableLineId !== undefined);
  return (
    <section className="card problems" aria-labelledby="problems-title" id="problems">
      <h2 id="problems-title" tabIndex={-1}>{t('problemsPanel.title')}</h2>
      <p className="hint" role="status">
        {problems.length === 0 ? t('problemsPanel.none') : t('problemsPanel.counts', { errors, warnings, notes: problems.length - errors - warnings })}
      </p>
      {secrets.length > 1 ? (
        <p>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              dispatch({ type: 'remove-lines', lineIds: secrets.map((p) => p.removableLineId as number), label: msg('step.removePasswords') });
              focusProblemsHeading();
            }}
          >
            {t('problemsPanel.removeSecrets', { count: secrets.length })}
          </button>
        </p>
      ) : null}
      {problems.length > 0 ? (
        <ul className="problems__list">
          {visible.map((p) => (
            <li key={p.id} className={`problem problem--${p.severity}`}>
              <span aria-hidden="true" className="problem__icon">
                {ICON[p.severity]}
              </span>
              <span className="visually-hidden">{`${t(WORD[p.severity])} `}</span>
              {p.target.kind === 'file' ? (
                <span className="problem__text">{tr(p.message)}</span>
              ) : (
                <button type="button" id={`problem-${p.id}`} className="link-button problem__text" onClick={() => goTo(p, drawWhole)}>
                  {tr(p.message)}
                </button>
              )}
              {p.trim ? (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    // One step of its own: Undo brings the spaces back. The problem goes; the keyboard stays in the list.
                    dispatch({ type: 'trim-value', key: (p.trim as NonNullable<Problem['trim']>).key });
                    focusProblemsHeading();
                  }}
                >
                  {t('problemsPanel.trim', { line: p.lineNo ?? '', value: p.trim.to })}
                </button>
              ) : null}
              {p.removableLineId !== undefined || p.removableLineIds ? (
                <button
                  type="button"
                  className="button button--quiet"
                  aria-describedby={p.removableLineIds && `problem-${p.id}`}
                  onClick={() => {
                    dispatch({ type: 'remove-lines', lineIds: p.removableLineIds ?? [p.removableLineId as number] });
                    focusProblemsHeading();
                  }}
                >
                  {p.removableLineIds ? t('problemsPanel.removeAll') : t('problemsPanel.removeLine', { line: p.lineNo ?? '' })}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {visible.length < problems.length ? (
        <button type="button" className="button" onClick={() => setShowAll(true)}>
          {t('problemsPanel.showAll', { count: problems.length })}
        </button>
      ) : null}
    </section>
  );
});
