import type { ModelId } from '../../catalog/catalog.ts';
import { renderLabel } from '../../display/coverage.ts';

/**
 * One label as the phone draws it: characters the model cannot show become rectangles, text past the limit is
 * cut off. Screen readers hear each rectangle as the character it stands for and that it will not show.
 */
export function LabelPreview({ text, model, limit, id }: { text: string; model: ModelId; limit: number; id?: string }) {
  const { cells, cutOff } = renderLabel(text, model, limit);
  return (
    <span className="lcd" id={id}>
      <span className="visually-hidden">On the {model}: </span>
      <span className="lcd__text">
        {cells.map((cell, i) =>
          cell.shown ? (
            <span key={i} aria-hidden={cell.char === ' ' ? true : undefined}>
              {cell.char}
            </span>
          ) : (
            <span key={i} className="lcd__box" title={`“${cell.char}” will not show on the ${model}`}>
              <span className="visually-hidden">{` ${cell.char} (will not show) `}</span>
            </span>
          ),
        )}
        {cells.length === 0 ? <span className="lcd__empty">(empty)</span> : null}
      </span>
      {cutOff ? (
        <span className="lcd__cut" title="Past the label limit: the phone cuts this off">
          <span className="visually-hidden"> cut off: </span>
          {cutOff}
        </span>
      ) : null}
    </span>
  );
}
