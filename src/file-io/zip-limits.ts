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

/** Why a zip would not open whole here (past ZIP_LIMITS): too many files in it, or too many bytes unpacked. */
export type ZipOverLimit =
  | { readonly kind: 'files'; readonly count: number; readonly limit: number }
  | { readonly kind: 'bytes'; readonly size: number; readonly limit: number };

/**
 * Whether a zip of `files` files of `bytes` bytes in all (as the editor writes one: no folder entries) would be
 * opened whole by this editor, within `limits`: null when it would; else what it would pass. A zip the editor
 * writes must be one it opens again (an administrator's Save all of 12,000 files would otherwise come back as its
 * first 10,000, the rest said to be left unread). Each file's own size is checked apart (MAX_FILE_BYTES, as saved).
 */
export function zipOverLimit({ files, bytes }: { readonly files: number; readonly bytes: number }, limits: ZipLimits = ZIP_LIMITS): ZipOverLimit | null {
  if (files > limits.maxEntries) return { kind: 'files', count: files, limit: limits.maxEntries };
  if (bytes > limits.maxTotalBytes) return { kind: 'bytes', size: bytes, limit: limits.maxTotalBytes };
  return null;
}

/**
 * What one open (a pick, a drop) may still read across all its zips and loose files, in the order given: files
 * looked at (a loose file is one; a zip is the entries looked at in it, not itself, so a zip this editor wrote opens
 * whole by itself) and bytes read (a loose file's size, a zip entry's as it declares). Spent as files are read: twenty
 * zips dropped together get one zip's allowance in all, not twenty, and a pick of 50,000 files opens its first 10,000.
 */
export interface OpenBudget {
  files: number;
  bytes: number;
}

/** A new open's budget: one zip's limits (ZIP_LIMITS), for everything the open is given. */
export const openBudget = (limits: ZipLimits = ZIP_LIMITS): OpenBudget => ({ files: limits.maxEntries, bytes: limits.maxTotalBytes });
