/**
 * At the page's start, whether a format profile is to be put in use (issue 16): the site's `format-profile.json`,
 * beside index.html, and this browser's own. Only this much loads with the page; reading and checking them, and
 * everything else of the profile, loads (features/profile) when there is one.
 */
export const PROFILE_STORAGE_KEY = 'avaya-4600-editor.profile';

/** What the page found: the site's profile's text (null: none there) and whether this browser keeps one. */
export interface FoundProfiles {
  readonly site: string | null;
  readonly browser: boolean;
}

let found: Promise<FoundProfiles> | null = null;

async function look(): Promise<FoundProfiles> {
  let browser = false;
  try {
    browser = localStorage.getItem(PROFILE_STORAGE_KEY) !== null;
  } catch {
    // Storage off: no profile kept in this browser.
  }
  let site: string | null = null;
  // Opened from disk (the one-file page) there is no site to ask. Asked again at each start ('no-cache'): an updated
  // profile is used at once, never an old copy (the service worker does not keep it).
  if (location.protocol === 'http:' || location.protocol === 'https:') {
    try {
      const res = await fetch('format-profile.json', { cache: 'no-cache', credentials: 'same-origin' });
      // A server that answers every path with the page (a fallback route) has no profile either.
      if (res.ok && !(res.headers.get('content-type') ?? '').includes('text/html')) site = await res.text();
    } catch {
      // Offline, or no server: as if there were none.
    }
  }
  return { site, browser };
}

/** Asked once for the page's life. */
export const findProfiles = (): Promise<FoundProfiles> => (found ??= look());

/**
 * Calls `on` when another tab of this page keeps a profile in this browser (a name taught there), so this tab loads
 * the profile's code and follows it (that code then listens itself); returns what stops listening.
 */
export function onProfileStored(on: () => void): () => void {
  const listen = (e: StorageEvent) => {
    if (e.key === PROFILE_STORAGE_KEY && e.newValue !== null) on();
  };
  addEventListener('storage', listen);
  return () => removeEventListener('storage', listen);
}
