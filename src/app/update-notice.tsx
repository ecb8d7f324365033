import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useT, type MessageId } from '../i18n/i18n.ts';
import type { WriteOutcome } from '../session/drafts.ts';
import { usePartLost, partLost } from './lost-parts.tsx';
import { reloadPage } from './reload-page.ts';

export interface UpdateNoticeProps {
  /** Whether any open file has unsaved edits now (none on the first screen). */
  readonly unsaved?: () => boolean;
  /** Writes the unsaved edits to this browser's drafts now, and says how it went (src/app/use-drafts.ts, keepNow). */
  readonly keepEdits?: () => Promise<WriteOutcome>;
  /** Lets the page go without the browser's "Leave page?": its edits are kept as drafts, offered back after the reload. */
  readonly allowLeave?: () => void;
}

/**
 * How long a Reload waits for the new version to take over the page (its service worker activated at Reload's
 * message) before it reloads the page as it is. It comes at once; a worker gone in the meantime never comes, and the
 * page then reloads into the version it is, which is whole, with the edits kept all the same.
 */
export const TAKE_OVER_WAIT_MS = 5000;

/** Where Reload is: asked (nothing said but the notice), writing the edits, written (the reload comes), or refused. */
type Step = 'asked' | 'keeping' | 'kept' | 'notKept';

const none = () => false;

/**
 * Registers the service worker that keeps the editor working with the server gone, and says when a new
 * version is ready. Nothing happens from file:// (no worker there) or in development.
 *
 * Reload never leaves this page running under the new version's worker: that worker holds only the new version's
 * files, and the old page's parts not yet loaded (the administrator tools, the fleet view, the dialogs) would no
 * longer load. Activating the new worker (vite-plugin-pwa's updateSW: the waiting worker skips waiting and takes
 * over every page of the old one) and then reloading let the browser ask "Leave page?" with unsaved edits, and
 * Cancel kept the old page under the new worker. A plain reload would not do instead: a waiting worker does not
 * take over on a reload, because the old page still uses the old one while the new page is fetched. So Reload first
 * writes the unsaved edits to the drafts (offered back after the reload), refuses when they cannot be kept (storage
 * off or full: save first), lets the page go without asking, and only then activates the new worker: the page
 * reloads as soon as the worker has taken over.
 *
 * The new version can also take over from another tab's Reload: without unsaved edits the page reloads at once; with
 * them it says so, and its Reload keeps them first. A part of the page that could not be loaded (lost-parts.tsx) is
 * said here too, with the same Reload.
 */
export const UpdateNotice = memo(function UpdateNotice({ unsaved = none, keepEdits, allowLeave }: UpdateNoticeProps) {
  const t = useT();
  const [update, setUpdate] = useState<null | ((reload?: boolean) => Promise<void>)>(null);
  // The new version's worker controls this page already (another tab's Reload): a reload is all that is left.
  const [takenOver, setTakenOver] = useState(false);
  const [step, setStep] = useState<Step>('asked');
  // The message Later put away, and how many parts were lost then: a new message (another version), or a part lost
  // since (its note says to press Reload at the top of the page), shows the notice again.
  const [dismissed, setDismissed] = useState<{ readonly about: MessageId; readonly lost: number } | null>(null);
  const lost = usePartLost();
  // Said in its own live region: the page's status line carries what the user just did, and this must not replace it.
  const [offlineReady, setOfflineReady] = useState(false);
  // Read when the worker calls, which it may do long after this render.
  const page = useRef({ unsaved, keepEdits, allowLeave });
  useLayoutEffect(() => {
    page.current = { unsaved, keepEdits, allowLeave };
  }, [unsaved, keepEdits, allowLeave]);
  // Set once Reload has made sure nothing is lost: the new worker's taking over then reloads the page at once.
  const going = useRef(false);
  // `takenOver` as Reload reads it after its wait for the drafts: the worker may have taken over meanwhile.
  const takenOverNow = useRef(false);
  const busy = useRef(false);
  const fallback = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(fallback.current), []);
  useEffect(() => {
    // Vite's preload helper tells of a module that could not be loaded, also where its caller goes on without it.
    const onLost = () => partLost();
    window.addEventListener('vite:preloadError', onLost);
    if (!import.meta.env.PROD || !('serviceWorker' in navigator) || window.location.protocol === 'file:') {
      return () => window.removeEventListener('vite:preloadError', onLost);
    }
    let cancelled = false;
    import('virtual:pwa-register')
      .then(({ registerSW }) => {
        if (cancelled) return;
        const updateSW = registerSW({
          onNeedRefresh: () => {
            setUpdate(() => updateSW);
            setDismissed(null);
          },
          onOfflineReady: () => setOfflineReady(true),
          // The new version's worker has taken this page over (called instead of vite-plugin-pwa's own reload).
          onNeedReload: () => {
            if (cancelled) return;
            takenOverNow.current = true;
            setTakenOver(true);
            clearTimeout(fallback.current);
            if (going.current || !page.current.unsaved()) {
              page.current.allowLeave?.();
              reloadPage();
            }
          },
        });
      })
      .catch(() => {
        // Without a worker the editor still works; it just needs the server next time.
      });
    return () => {
      cancelled = true;
      window.removeEventListener('vite:preloadError', onLost);
    };
  }, []);

  const reload = async () => {
    if (busy.current || going.current) return;
    busy.current = true;
    try {
      const { unsaved: dirty, keepEdits: keep, allowLeave: leave } = page.current;
      if (dirty()) {
        setStep('keeping');
        const outcome = keep ? await keep().catch(() => 'off' as const) : 'off';
        if (outcome !== 'kept') {
          // A reload now would lose them: the user saves first, then presses Reload again.
          setStep('notKept');
          return;
        }
        setStep('kept');
      }
      // Edits made from here on are kept too, as the page goes (use-drafts.ts: rescueDrafts on pagehide).
      leave?.();
      going.current = true;
      if (update && !takenOverNow.current) {
        fallback.current = setTimeout(reloadPage, TAKE_OVER_WAIT_MS);
        await update(true);
      } else {
        reloadPage();
      }
    } finally {
      busy.current = false;
    }
  };

  // What the notice is about (Later puts it away), and what Reload has come to, said instead while it goes on.
  const about: MessageId | null = takenOver ? 'update.takenOver' : update ? 'update.ready' : lost > 0 ? 'update.partLostReload' : null;
  const shown = about !== null && (dismissed === null || about !== dismissed.about || lost > dismissed.lost || step !== 'asked');
  const said: MessageId | null = step === 'keeping' ? 'update.keeping' : step === 'kept' ? 'update.kept' : step === 'notKept' ? 'update.notKept' : about;
  // One live region throughout, so that what it comes to say is read out.
  return (
    <div className={shown ? 'update-notice' : 'visually-hidden'} role="status">
      {shown && said ? (
        <>
          <p>{t(said)}</p>
          <button type="button" className="button button--primary" onClick={() => void reload()}>
            {t('update.reload')}
          </button>
          {step === 'keeping' || step === 'kept' ? null : (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                if (about) setDismissed({ about, lost });
                setStep('asked');
              }}
            >
              {t('update.later')}
            </button>
          )}
        </>
      ) : offlineReady ? (
        t('update.offlineReady')
      ) : (
        ''
      )}
    </div>
  );
});
