import { useId, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { resolveCollisions, type CollisionAnswer, type Resolution } from '../session/duplicates.ts';
import { isDirty, ruleFileName } from '../session/open-file.ts';
import { Dialog } from '../shared/dialog.tsx';
import type { DuplicateQuestionData } from './use-open.ts';

// Found here, in the question's chunk, so the check costs the page nothing until some file is open.
export { findCollisions } from '../session/duplicates.ts';

/** The first focus of the dialog (the browser's dialog focusing looks for the attribute, which React does not write). */
const autofocus = (el: HTMLElement | null) => el?.setAttribute('autofocus', '');

/**
 * "This file is already open": Replace (the open one, its unsaved changes said), Keep both, or Skip, for each file
 * an open made that is already open, one after the other in one dialog; with several, "Do this for all N" answers
 * the rest at once. Closing the dialog (Escape) skips the files not yet answered. Its words are the open report's.
 */
export function DuplicateQuestion({ question, onDone }: { readonly question: DuplicateQuestionData; readonly onDone: (resolution: Resolution) => void }) {
  const t = useT();
  const allId = useId();
  const [answers, setAnswers] = useState<readonly CollisionAnswer[]>([]);
  const [all, setAll] = useState(false);
  const { collisions, files } = question;
  const total = collisions.length;
  const step = answers.length;
  const c = collisions[step];
  const finish = (given: readonly CollisionAnswer[]) => onDone(resolveCollisions(files, collisions, given));
  const answer = (a: CollisionAnswer) => {
    const given = all ? [...answers, ...Array.from({ length: total - step }, () => a)] : [...answers, a];
    if (given.length >= total) finish(given);
    else setAnswers(given);
  };
  if (!c) return null;
  const name = c.incoming.sourceName ?? '';
  const openName = c.existing.sourceName ?? ruleFileName(c.existing);
  const left = total - step;
  return (
    <Dialog open onClose={() => finish(answers)} title={t('duplicate.title', { count: total })}>
      <div aria-live="polite">
        {total > 1 ? <p className="hint">{t('duplicate.progress', { index: step + 1, count: total })}</p> : null}
        <p>{c.why === 'name' ? (name === openName ? t('duplicate.sameName', { name }) : t('duplicate.sameNameAs', { name, open: openName })) : t('duplicate.sameContent', { name, open: openName })}</p>
        {isDirty(c.existing) ? (
          <p>
            <strong>{t('duplicate.unsaved', { open: openName })}</strong>
          </p>
        ) : null}
        <p className="hint">{t('duplicate.choices')}</p>
      </div>
      {left > 1 ? (
        <p className="dialog__check">
          <input id={allId} type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
          <label htmlFor={allId}>{t('duplicate.forAll', { count: left })}</label>
        </p>
      ) : null}
      <div className="dialog__actions">
        <button ref={autofocus} type="button" className="button button--quiet" onClick={() => answer('skip')}>
          {t('duplicate.skip')}
        </button>
        <button type="button" className="button" onClick={() => answer('keep')}>
          {t('duplicate.keepBoth')}
        </button>
        <button type="button" className={isDirty(c.existing) ? 'button button--danger' : 'button button--primary'} onClick={() => answer('replace')}>
          {t('duplicate.replace')}
        </button>
      </div>
    </Dialog>
  );
}
