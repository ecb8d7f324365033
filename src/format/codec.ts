import { decodeBytes, type DecodeError, type Decoded } from './decode.ts';
import { parseText, serializeText, type BackupDocument } from './document.ts';
import { err, ok, type Result } from './result.ts';
import { encodeUtf8 } from './text-codec.ts';

export interface Loaded {
  readonly doc: BackupDocument;
  readonly decoded: Omit<Decoded, 'text'>;
}

/** Bytes → document. Never throws. */
export function loadBytes(bytes: Uint8Array, limit?: number): Result<Loaded, DecodeError> {
  const decoded = decodeBytes(bytes, limit);
  if (!decoded.ok) return err(decoded.error);
  const { text, ...rest } = decoded.value;
  return ok({ doc: parseText(text), decoded: rest });
}

/**
 * Document → bytes: UTF-8 without BOM, a blank first line, each line with its own line end. For an unedited
 * document these are the loaded bytes except exactly those normalisations.
 */
export function saveBytes(doc: BackupDocument): Uint8Array {
  return encodeUtf8(serializeText(doc));
}
