import type { Mark } from '../../catalog/catalog.ts';

const WORDS: Record<Mark, string> = {
  doc: 'documented by Avaya for the 4600 series',
  sibling: 'documented for the later 1600/9600 series; assumed the same here',
  assumed: 'our best reading: no 4600 file confirms it',
};

/** How sure we are of a name or value (spec marks). */
export function MarkBadge({ mark, note }: { mark: Mark; note?: string | undefined }) {
  return (
    <span className={`mark mark--${mark}`} title={note ? `${note} ${WORDS[mark]}` : WORDS[mark]}>
      [{mark}]<span className="visually-hidden">: {note ?? WORDS[mark]}</span>
    </span>
  );
}
