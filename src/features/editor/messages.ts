import type { ListDef, ModelId } from '../../catalog/catalog.ts';
import { glyphWarning } from '../../display/coverage.ts';
import type { DecodeError, FileFormat } from '../../format/decode.ts';
import { currentLocale, t, tr, type MessageId } from '../../i18n/i18n.ts';
import { labelProblem, numberProblem } from '../../model/schemas.ts';

const FORMATS: Record<FileFormat, MessageId> = {
  'a ZIP archive (or an Office document)': 'openError.format.zip',
  'a PDF document': 'openError.format.pdf',
  'a PNG image': 'openError.format.png',
  'a JPEG image': 'openError.format.jpeg',
  'a GIF image': 'openError.format.gif',
  'a program (ELF)': 'openError.format.elf',
  'a Windows program': 'openError.format.exe',
  'an old Office document': 'openError.format.oldOffice',
  'a gzip archive': 'openError.format.gzip',
  'an RTF document (save it as plain text)': 'openError.format.rtf',
};

const kb = (n: number): string => t('openError.kilobytes', { size: Math.round(n / 1024).toLocaleString(currentLocale()) });

/** Every way a file can fail to open, in plain words with what to do next, in the language in use now. */
export function decodeErrorMessage(name: string, e: DecodeError): string {
  switch (e.kind) {
    case 'empty':
      return t('openError.empty', { name });
    case 'too-large':
      return t('openError.tooLarge', { name, size: kb(e.size), limit: kb(e.limit) });
    case 'binary':
      return e.reason === 'nul' ? t('openError.zeroBytes', { name, offset: e.offset }) : t('openError.controlCharacters', { name });
    case 'signature':
      return t('openError.otherFormat', { name, format: t(FORMATS[e.format]) });
  }
}

/** What is wrong with list entry n's label on this model, in words: too long, characters it cannot show; or null. */
export function labelWords(list: ListDef, n: number, label: string | undefined, model: ModelId): string | null {
  if (label === undefined) return null;
  return [labelProblem(list, n, label), glyphWarning(label, model)].flatMap((m) => (m ? [tr(m)] : [])).join(' ') || null;
}

/** Why list entry n's number will not dial, in words, or null. */
export function numberWords(list: ListDef, n: number, number: string | undefined): string | null {
  const m = number === undefined ? null : numberProblem(list, n, number);
  return m && tr(m);
}
