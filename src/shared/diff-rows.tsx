import type { ReactNode } from 'react';
import { useT, type MessageId } from '../i18n/i18n.ts';
import type { Eol } from '../format/document.ts';
import { foldUnchanged, type LineOp } from '../model/admin/diff.ts';
import './diff-rows.css';

/**
 * The lines that differ between two versions of a file, as a table: the line's number before and after, and the
 * line, marked − or + (and said "Removed:" or "Added:" to a screen reader); runs of unchanged lines folded into one
 * row that counts them. Compare (the administrator tools) and the preview of Change many files show it.
 *
 * Its words are the administrator tools' (the `admin` catalogs), which both dialogs load before they draw. Its
 * styles come with it (diff-rows.css), so they load with the dialogs' chunks, not with the page.
 */
/** A line's end, said after a line that ends unlike the rest of its file (else two lines would look alike). */
const EOL_WORDS: Record<Eol, MessageId> = { '\r\n': 'admin.compare.eolCrlf', '\n': 'admin.compare.eolLf', '\r': 'admin.compare.eolCr', '': 'admin.compare.eolNone' };

export function DiffRows({ lines, before, after }: { readonly lines: readonly LineOp[]; readonly before: ReactNode; readonly after: ReactNode }) {
  const t = useT();
  return (
    <table className="diff-rows" aria-label={t('admin.compare.linesTable')}>
      <thead>
        <tr>
          <th scope="col">{before}</th>
          <th scope="col">{after}</th>
          <th scope="col">{t('admin.compare.line')}</th>
        </tr>
      </thead>
      <tbody>
        {foldUnchanged(lines).map((o, i) =>
          o.kind === 'skip' ? (
            <tr key={`skip-${i}`} className="diff-rows--skip">
              <td colSpan={3}>{t('admin.compare.unchanged', { count: o.count })}</td>
            </tr>
          ) : (
            <tr key={`${o.kind}-${o.beforeNo ?? ''}-${o.afterNo ?? ''}`} className={`diff-rows--${o.kind}`}>
              <td>{o.beforeNo ?? ''}</td>
              <td>{o.afterNo ?? ''}</td>
              <td>
                <span className="diff-rows__mark" aria-hidden="true">
                  {o.kind === 'removed' ? '−' : o.kind === 'added' ? '+' : ' '}
                </span>
                <span className="visually-hidden">{o.kind === 'removed' ? `${t('admin.compare.lineRemoved')} ` : o.kind === 'added' ? `${t('admin.compare.lineAdded')} ` : ''}</span>
                <code dir="ltr">{o.text === '' ? ' ' : o.text}</code>
                {o.eol === undefined ? null : <span className="diff-rows__eol"> {t(EOL_WORDS[o.eol])}</span>}
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
