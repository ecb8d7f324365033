/**
 * What a path (`a/b/x.txt`) is to the file systems a zip or a folder of backups lands on: two paths of one key are
 * one file there. Letter case does not tell names apart (Windows, macOS); nor does how an accented letter is
 * written, as one character or as a letter and its accent (macOS keeps a name as it came and finds it either way:
 * two folders "Zürich" written both ways on a Linux server are one once unpacked on a Mac); nor, on Windows, a
 * final dot or space of a part, which it drops. `\` is a folder's separator on Windows, as `/` is.
 */
export const pathKey = (path: string): string =>
  path
    .normalize('NFC')
    .split(/[\\/]/)
    .map((part) => part.replace(/[. ]+$/, (end) => (end.length === part.length ? end : '')))
    .join('/')
    .toLowerCase();
