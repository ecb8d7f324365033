import { MARKS, markMeaning, markNoteWords, markWords, type Mark } from '../../../catalog/catalog.ts';
import { t, tr, useT } from '../../../i18n/i18n.ts';

/**
 * Where what the editor knows of a setting or list comes from (the spec's confidence mark), in words: "Source:
 * Avaya's 4600 guide", "Source: our best guess". The legend (MarksLegend) says what each source means.
 */
export function MarkBadge({ mark, note }: { mark: Mark; note?: string | undefined }) {
  useT();
  const words = note ? markNoteWords(note) : markWords(mark);
  return <span className={`mark mark--${mark}`}>{t('mark.source', { words: typeof words === 'string' ? words : tr(words) })}</span>;
}

/**
 * What each source means, near the top of the form: a disclosure a tap or the keyboard opens (Enter or Space on
 * its summary), not a tooltip only a mouse finds.
 */
export function MarksLegend() {
  const say = useT();
  return (
    <details className="card marks-legend" id="marks-legend">
      <summary>{say('marks.legendTitle')}</summary>
      <p>{say('marks.legendIntro')}</p>
      <dl className="marks-legend__list">
        {MARKS.map((mark) => (
          <div key={mark} className="marks-legend__item">
            <dt className={`mark mark--${mark}`}>{tr(markWords(mark))}</dt>
            <dd>{tr(markMeaning(mark))}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
