import { markNoteWords, markWords, type Mark } from '../../../catalog/catalog.ts';
import { tr, useT } from '../../../i18n/i18n.ts';

/** How sure we are of a name or value (spec marks). The mark itself, [doc] and so on, is the spec's token. */
export function MarkBadge({ mark, note }: { mark: Mark; note?: string | undefined }) {
  const t = useT();
  const meaning = markWords(mark);
  const noteWords = note ? markNoteWords(note) : undefined;
  return (
    <span className={`mark mark--${mark}`} title={noteWords === undefined ? tr(meaning) : t('mark.title', { note: noteWords, meaning })}>
      [{mark}]<span className="visually-hidden">{t('mark.spoken', { words: noteWords ?? meaning })}</span>
    </span>
  );
}
