import { useEffect, useState } from 'react';

/**
 * Registers the service worker that keeps the editor working with the server gone, and says when a new
 * version is ready. Nothing happens from file:// (no worker there) or in development.
 */
export function UpdateNotice({ onStatus }: { onStatus: (message: string) => void }) {
  const [update, setUpdate] = useState<null | ((reload?: boolean) => Promise<void>)>(null);
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator) || window.location.protocol === 'file:') return;
    let cancelled = false;
    import('virtual:pwa-register')
      .then(({ registerSW }) => {
        if (cancelled) return;
        const updateSW = registerSW({
          onNeedRefresh: () => setUpdate(() => updateSW),
          onOfflineReady: () => onStatus('The editor is ready to work offline.'),
        });
      })
      .catch(() => {
        // Without a worker the editor still works; it just needs the server next time.
      });
    return () => {
      cancelled = true;
    };
  }, [onStatus]);
  if (!update) return null;
  return (
    <div className="update-notice" role="status">
      <p>A new version of the editor is ready. Save your work, then reload to use it.</p>
      <button type="button" className="button button--primary" onClick={() => void update(true)}>
        Reload
      </button>
      <button type="button" className="button button--quiet" onClick={() => setUpdate(null)}>
        Later
      </button>
    </div>
  );
}
