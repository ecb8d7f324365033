import type { Family, Protocol } from '../catalog/catalog.ts';

export interface ParsedFileName {
  /** The telephone's extension, or null for a Release 2.0 name (`4620data.txt`). */
  readonly extension: string | null;
  readonly family: Family;
  readonly protocol: Protocol;
}

// EXT_4620data.txt, EXT_4610data_sip.txt, 4620data.txt; a browser's " (1)" on a repeated download is tolerated.
const NAME = /^(?:(\d{1,13})_)?(4610|4620)data(_sip)?(?: \(\d+\))?\.txt$/i;

/** The spec §2 reading of a file name; null when the name does not follow the rule (the user then picks). */
export function parseFileName(fileName: string): ParsedFileName | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const m = NAME.exec(base);
  if (!m) return null;
  return { extension: m[1] ?? null, family: m[2] as Family, protocol: m[3] ? 'sip' : 'h323' };
}

/** The spec §2 name: `EXT_4620data.txt`, `EXT_4610data_sip.txt`; without an extension, the Release 2.0 form. */
export function buildFileName(extension: string | null, family: Family, protocol: Protocol): string {
  const prefix = extension ? `${extension}_` : '';
  return `${prefix}${family}data${protocol === 'sip' ? '_sip' : ''}.txt`;
}

/** The telephones' settings script (spec §1), which says whether a backup is restored at all (OPSTAT, APPSTAT). */
export const isSettingsFileName = (fileName: string): boolean => /^46xxsettings\.txt$/i.test(fileName);

export const isValidExtension = (ext: string): boolean => /^\d{1,13}$/.test(ext);

/**
 * Whether a telephone fetches a file by exactly this name: the rule's name, not one the browser numbered
 * ("4711_4620data (1).txt" is read as the rule's name when opened, but no telephone asks for it).
 */
export function isPhoneName(fileName: string): boolean {
  const parsed = parseFileName(fileName);
  return parsed !== null && buildFileName(parsed.extension, parsed.family, parsed.protocol).toLowerCase() === fileName.toLowerCase();
}

/** Characters a name written by Save as cannot hold: folders, a drive, and what file systems refuse. */
export const FORBIDDEN_IN_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]/;

/** How many bytes a text takes as UTF-8 (a lone surrogate as the 3 of U+FFFD), without an encoder (this runs at the page's start). */
function utf8Length(text: string): number {
  let n = 0;
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * Names a disk cannot give a file (and a zip unpacked there cannot hold): "." and ".." name folders; Windows drops a
 * final dot or space, so the file would land under another name, and keeps CON, PRN, AUX, NUL, COM0–9 and LPT0–9 (with
 * any extension: "nul.txt" is NUL) for devices; no common file system holds a name of over 255 bytes (as UTF-8).
 */
export const isUnholdableName = (name: string): boolean =>
  name === '.' || name === '..' || /[. ]$/.test(name) || /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]) *(?:\..*)?$/i.test(name) || utf8Length(name) > 255;

/**
 * Whether a path inside the folder or the zip (`a/b/x.txt`) names a file there: no part empty, "." or "..", which
 * would put it elsewhere (a zip entry "site-a/.." is unpacked above its folder, or refused).
 */
export const isSafeEntryPath = (path: string): boolean => path.split(/[\\/]/).every((part) => part !== '' && part !== '.' && part !== '..');

