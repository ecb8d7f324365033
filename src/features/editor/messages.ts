import type { DecodeError } from '../../format/decode.ts';

const kb = (n: number): string => `${Math.round(n / 1024).toLocaleString('en')} KB`;

/** Every way a file can fail to open, in plain words with what to do next. */
export function decodeErrorMessage(name: string, e: DecodeError): string {
  switch (e.kind) {
    case 'empty':
      return `“${name}” is empty (0 bytes). Pick the backup file the phone wrote, usually named like 1234_4620data.txt.`;
    case 'too-large':
      return `“${name}” is ${kb(e.size)}; a phone backup is a few KB, and files over ${kb(e.limit)} are not opened. Check that you picked the right file.`;
    case 'binary':
      return e.reason === 'nul'
        ? `“${name}” is not a text file (it holds zero bytes, at byte ${e.offset}). Pick the phone’s .txt backup file.`
        : `“${name}” is mostly control characters, so it is not a text file. Pick the phone’s .txt backup file.`;
    case 'signature':
      return `“${name}” is ${e.format}, not a phone backup. Pick the phone’s .txt backup file.`;
  }
}
