import type { ModelId } from '../../catalog/catalog.ts';
import { renderLabel } from '../../display/coverage.ts';
import { useT } from '../../i18n/i18n.ts';

/**
 * One label as the phone draws it: characters the model cannot show become rectangles, text past the limit is
 * cut off. Screen readers hear each rectangle as the character it stands for and that it will not show.
 */
export function LabelPreview({ text, model, limit, id }: { text: string; model: ModelId; limit: number; id?: string }) {
  const t = useT();
  const { cells, cutOff } = renderLabel(text, model, limit);
  return (
    <span className="lcd" id={id}>
      <span className="visually-hidden">{`${t('preview.onModel', { model })} `}</span>
      <span className="lcd__text">
        {cells.map((cell, i) =>
          cell.shown ? (
            <span key={i} aria-hidden={cell.char === ' ' ? true : undefined}>
              {cell.char}
            </span>
          ) : (
            <span key={i} className="lcd__box" title={t('preview.wontShowTitle', { char: cell.char, model })}>
              <span className="visually-hidden">{` ${t('preview.wontShow', { char: cell.char })} `}</span>
            </span>
          ),
        )}
        {cells.length === 0 ? <span className="lcd__empty">{t('preview.empty')}</span> : null}
      </span>
      {cutOff ? (
        <span className="lcd__cut" title={t('preview.cutOffTitle')}>
          <span className="visually-hidden">{` ${t('preview.cutOff')} `}</span>
          {cutOff}
        </span>
      ) : null}
    </span>
  );
}
