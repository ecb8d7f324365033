/**
 * Which of the 46xxsettings.txt found in one zip or folder the restore check reads: the one nearest the root (the
 * FTP folder's own, the one the phones fetch; a copy in a subfolder is an old one or another site's), then the
 * first by path, so the choice never hangs on the order a zip or a browser happened to list them in. Sorted so the
 * one read comes first. `folder` is where the file was inside its zip or folder (`a/b`), absent at the root.
 */
export function settingsReadFirst<T extends { readonly name: string; readonly folder?: string }>(found: readonly T[]): T[] {
  const depth = (f: T): number => (f.folder ? f.folder.split('/').length : 0);
  const path = (f: T): string => (f.folder ? `${f.folder}/${f.name}` : f.name);
  const sorted = [...found];
  sorted.sort((a, b) => depth(a) - depth(b) || (path(a) < path(b) ? -1 : path(a) > path(b) ? 1 : 0));
  return sorted;
}
