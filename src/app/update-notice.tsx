import { memo, useEffect, useState } from 'react';
import { useT } from '../i18n/i18n.ts';

/**
 * Registers the service worker that keeps the editor working with the server gone, and says when a new
 * version is ready. Nothing happens from file:// (no worker there) or in development.
 */
export const UpdateNotice = memo(function UpdateNotice() {
  const t = useT();
  const [update, setUpdate] = useState<null | ((reload?: boolean) => Promise<void>)>(null);
  // Said in its own live region: the page's status line carries what the user just did, and this must not replace it.
  const [offlineReady, setOfflineReady] = useState(false);
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator) || window.location.protocol === 'file:') return;
    let cancelled = false;
    import('virtual:pwa-register')
      .then(({ registerSW }) => {
        if (cancelled) return;
        const updateSW = registerSW({
          onNeedRefresh: () => setUpdate(() => updateSW),
          onOfflineReady: () => setOfflineReady(true),
        });
      })
      .catch(() => {
        // Without a worker the editor still works; it just needs the server next time.
      });
    return () => {
      cancelled = true;
    };
  }, []);
  if (!update) {
    return (
      <div className="visually-hidden" role="status">
        {offlineReady ? t('update.offlineReady') : ''}
      </div>
    );
  }
  return (
    <div className="update-notice" role="status">
      <p>{t('update.ready')}</p>
      <button type="button" className="button button--primary" onClick={() => void update(true)}>
        {t('update.reload')}
      </button>
      <button type="button" className="button button--quiet" onClick={() => setUpdate(null)}>
        {t('update.later')}
      </button>
    </div>
  );
});
