import { MARKS, markMeaning, markWords } from '../../../catalog/catalog.ts';
import { tr, useHasWords, useT } from '../../../i18n/i18n.ts';
import { loadGuideWords } from '../guide-words.ts';

/**
 * What each source means, near the top of the form: a disclosure a tap or the keyboard opens (Enter or Space on
 * its summary), not a tooltip only a mouse finds. Its code comes in a chunk of its own (the editor loads it lazily).
 */
export default function MarksLegend() {
  const say = useT();
  const loaded = useHasWords('marks.legendIntro');
  return (
    <details className="card marks-legend" id="marks-legend" onToggle={() => void loadGuideWords().catch(() => undefined)}>
      <summary>{say('marks.legendTitle')}</summary>
      {loaded ? (
        <>
          <p>{say('marks.legendIntro')}</p>
          <dl className="marks-legend__list">
            {MARKS.map((mark) => (
              <div key={mark} className="marks-legend__item">
                <dt className={`mark mark--${mark}`}>{tr(markWords(mark))}</dt>
                <dd>{tr(markMeaning(mark))}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </details>
  );
}
