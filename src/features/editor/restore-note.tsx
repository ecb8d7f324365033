import { memo, useState } from 'react';
import { useT } from '../../i18n/i18n.ts';

const KEY = 'restore-note-hidden';

/** Said once: OPSTAT can make a restore have no effect. Tiny, as it is in the editor's own bundle. */
export const RestoreNote = memo(function RestoreNote() {
  const t = useT();
  const [hidden, setHidden] = useState(() => {
    try {
      return localStorage.getItem(KEY) === '1';
    } catch {
      return false;
    }
  });
  if (hidden) return null;
  return (
    <p className="hint" role="note">
      {t('restoreNote.text')}{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setHidden(true);
          try {
            localStorage.setItem(KEY, '1');
          } catch {
            // Private browsing: hidden for this page only.
          }
        }}
      >
        {t('restoreNote.hide')}
      </button>
    </p>
  );
});
