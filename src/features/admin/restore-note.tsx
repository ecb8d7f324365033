import { useState } from 'react';

const KEY = 'restore-note-hidden';

/** Said once: OPSTAT can make a restore have no effect. Tiny, as it is in the editor's own bundle. */
export function RestoreNote() {
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
      If OPSTAT in your 46xxsettings.txt is 0 or 000, the telephone ignores this backup when it restores. Administrator tools can check your settings file.{' '}
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
        Hide this note
      </button>
    </p>
  );
}
