import { markNoteWords, markWords, type Mark } from '../../../catalog/catalog.ts';
import { t, tr, useHasWords, useT } from '../../../i18n/i18n.ts';

/**
 * Where what the editor knows of a setting or list comes from (the spec's confidence mark), in words: "Source:
 * Avaya's 4600 guide", "Source: our best guess". The legend (MarksLegend) says what each source means. The words
 * are the `guide` catalogs': nothing is shown until they are in.
 */
export function MarkBadge({ mark, note }: { mark: Mark; note?: string | undefined }) {
  useT();
  if (!useHasWords('mark.source')) return null;
  const words = note ? markNoteWords(note) : markWords(mark);
  return <span className={`mark mark--${mark}`}>{t('mark.source', { words: typeof words === 'string' ? words : tr(words) })}</span>;
}
