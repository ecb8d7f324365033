import { MAX_FILE_BYTES } from '../catalog/catalog.ts';

/** How much of a dropped zip is read at most: apart from zip.ts, so the page can word its limits without the reader. */
export interface ZipLimits {
  /** An entry larger than this (as declared, or as it turns out) is not inflated: no backup is this large. */
  readonly maxEntryBytes: number;
  /** All entries inflated together; past it, the rest are not read. */
  readonly maxTotalBytes: number;
  /** Entries looked at (folders included); past it, the rest are not read. */
  readonly maxEntries: number;
}

/** Room for a whole FTP folder (5,000 backups of a few KB each is some 20 MB) and not much more. */
export const ZIP_LIMITS: ZipLimits = { maxEntryBytes: MAX_FILE_BYTES, maxTotalBytes: 64 * 1024 * 1024, maxEntries: 10_000 };

/** How much of an opened folder is read at most: as for a zip, room for a whole FTP folder and not much more. */
export type FolderLimits = ZipLimits;

/** A folder of 100,000 files is looked at up to its 10,000th; a file over MAX_FILE_BYTES is never read. */
export const FOLDER_LIMITS: FolderLimits = { maxEntryBytes: MAX_FILE_BYTES, maxTotalBytes: 64 * 1024 * 1024, maxEntries: 10_000 };
