import { memo, useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { focusProblemsHeading } from './problems/problems-panel.tsx';
import type { DroppedLine } from '../../session/open-file.ts';

/**
 * Says which lines the last change took away although the user never saw them go: lines that had no effect (a
 * later line sets the same name), removed with their name when an entry was emptied or entries moved past it.
 * Shown beside the form until dismissed or until the next change that drops lines.
 */
export const DroppedNote = memo(function DroppedNote({ dropped }: { readonly dropped: readonly DroppedLine[] | undefined }) {
  const t = useT();
  const [dismissed, setDismissed] = useState<readonly DroppedLine[] | undefined>(undefined);
  const shown = dropped && dropped !== dismissed ? dropped : null;
  return (
    // The live region stays in the page, so what appears in it is said.
    <div role="status" className={shown ? 'card alert alert--info' : undefined}>
      {shown ? (
        <>
          <p>{t('dropped.title', { count: shown.length })}</p>
          <ul className="dropped__list">
            {shown.map((d) => (
              <li key={d.lineNo}>
                {t('dropped.line', { line: d.lineNo })} <code className="file-name" dir="ltr">{d.text}</code>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setDismissed(shown);
              // The button goes with the note: the keyboard carries on from the problems beside it.
              focusProblemsHeading();
            }}
          >
            {t('dropped.dismiss')}
          </button>
        </>
      ) : null}
    </div>
  );
});
