/**
 * Starts the zip's helper worker (src/file-io/zip-worker.ts), or gives null where the page has none: no workers in
 * the browser, or the page opened from disk (file://, where a worker cannot be loaded). The one-file build has this
 * module replaced by one that always gives null (vite.config.ts), so it carries no worker file.
 */
export function startZipHelper(): Worker | null {
  if (typeof Worker === 'undefined' || typeof location === 'undefined' || location.protocol === 'file:') return null;
  try {
    return new Worker(new URL('./zip-worker.ts', import.meta.url), { type: 'module', name: 'zip' });
  } catch {
    return null;
  }
}
