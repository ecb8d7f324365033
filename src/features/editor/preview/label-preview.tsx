import { memo } from 'react';
import type { ModelId } from '../../../catalog/catalog.ts';
import { renderLabel, type Cell } from '../../../display/coverage.ts';
import { useT } from '../../../i18n/i18n.ts';
import { useRelease } from '../../../shared/use-release.ts';

/** Characters that show, joined into runs of text (one DOM node each, not one per character); the others, one by one. */
function runs(cells: readonly Cell[]): (string | Cell)[] {
  const out: (string | Cell)[] = [];
  for (const cell of cells) {
    const last = out[out.length - 1];
    if (!cell.shown) out.push(cell);
    else if (typeof last === 'string') out[out.length - 1] = last + cell.char;
    else out.push(cell.char);
  }
  return out;
}

/**
 * One label as the phone draws it: characters the model cannot show become rectangles, text past the limit is
 * cut off. Screen readers hear each rectangle as the character it stands for and that it will not show.
 */
export const LabelPreview = memo(function LabelPreview({ text, model, limit, id, inTable = false }: { text: string; model: ModelId; limit: number; id?: string; inTable?: boolean }) {
  const t = useT();
  const { cells, cutOff } = renderLabel(text, model, limit, useRelease());
  return (
    <span className="lcd" id={id}>
      {/* In a table, the column's header says what the preview is (and the section, for which telephone). */}
      {inTable ? null : <span className="visually-hidden">{`${t('preview.onModel', { model })} `}</span>}
      <span className="lcd__text">
        {runs(cells).map((run, i) =>
          typeof run === 'string' ? (
            run
          ) : (
            <span key={i} className="lcd__box" title={t('preview.wontShowTitle', { char: run.char, model })}>
              <span className="visually-hidden">{` ${t('preview.wontShow', { char: run.char })} `}</span>
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
});
