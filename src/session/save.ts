import { MAX_FILE_BYTES } from '../catalog/catalog.ts';
import { saveBytes } from '../format/codec.ts';
import type { BackupDocument } from '../format/document.ts';
import { removeLine } from '../format/edit.ts';
import { err, ok, type Result } from '../format/result.ts';
import { passwordLikeLineIds } from '../model/problems.ts';
import { badExtension, saveName, type IdentityParts, type OpenFile } from './open-file.ts';

/**
 * The one way a file is made ready to save, for Save, Save as and Save all: its bytes and the name they go under,
 * with the lines that look like passwords kept or taken out as the user chose. The phone never stores passwords
 * in its backup, so neither does the editor unless the user insists: `'ask'` stops at such lines, for the caller
 * to ask. Pure: writing the bytes (a file handle, a download, a zip) is the caller's.
 */
export type PasswordLines = 'ask' | 'keep' | 'remove';

export interface Prepared {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The document the bytes are, for the 'saved' action (what is saved, not what the file is by then). */
  readonly doc: BackupDocument;
  /** The name parts the bytes are for, for the 'saved' action too (the user may change them while the bytes are written). */
  readonly parts: IdentityParts;
  /** The password-like lines taken out of what is saved (to take out of the open file too, as one undoable step). */
  readonly removed: readonly number[];
}

export type NotPrepared =
  /** The extension is not digits: no name by the rule can be made (and "47a/../x" would be a path in a zip). */
  | { readonly kind: 'bad-extension'; readonly extension: string }
  /** The file has password-like lines and the caller said to ask. */
  | { readonly kind: 'password-lines'; readonly lineIds: readonly number[] }
  /**
   * The bytes would be more than the editor opens (MAX_FILE_BYTES): nothing is written. Saved text is UTF-8 with a
   * blank first line, so an unchanged file near the limit can grow past it (a Windows-1252 "é" becomes two bytes),
   * and a file the editor wrote but then refuses to open would be one the user cannot edit again here.
   */
  | { readonly kind: 'too-large'; readonly size: number; readonly limit: number };

/**
 * `as`: Save as's chosen name (any name the user typed); else the file's name (saveName): one chosen with Save as
 * earlier, or the name by the rule, which needs a digits extension.
 */
export function prepareSave(file: OpenFile, passwords: PasswordLines, as?: string): Result<Prepared, NotPrepared> {
  const name = as ?? saveName(file);
  const extension = as === undefined && name !== file.chosen?.name ? badExtension(file) : null;
  if (extension !== null) return err({ kind: 'bad-extension', extension });
  const secret = passwordLikeLineIds(file.doc);
  if (passwords === 'ask' && secret.length > 0) {
    // Too large even without those lines: said now, rather than after a question whose answer cannot help.
    const smallest = saveBytes(secret.reduce(removeLine, file.doc)).length;
    if (smallest > MAX_FILE_BYTES) return err({ kind: 'too-large', size: smallest, limit: MAX_FILE_BYTES });
    return err({ kind: 'password-lines', lineIds: secret });
  }
  const removed = passwords === 'remove' ? secret : [];
  const doc = removed.reduce(removeLine, file.doc);
  const bytes = saveBytes(doc);
  if (bytes.length > MAX_FILE_BYTES) return err({ kind: 'too-large', size: bytes.length, limit: MAX_FILE_BYTES });
  return ok({ name, bytes, doc, parts: { model: file.model, protocol: file.protocol, extension: file.extension }, removed });
}
