import type { ListDef, ModelId, Release } from '../../catalog/catalog.ts';
import { msg } from '../../catalog/msg.ts';
import { glyphWarning } from '../../display/coverage.ts';
import { tr } from '../../i18n/i18n.ts';
import { labelProblem, numberProblem } from '../../model/schemas.ts';

/** What is wrong with list entry n's label on this model and release, in words: too long, characters it cannot show; or null. */
export function labelWords(list: ListDef, n: number, label: string | undefined, model: ModelId, release: Release): string | null {
  if (label === undefined) return null;
  return [labelProblem(list, n, label), glyphWarning(label, model, release)].flatMap((m) => (m ? [tr(m)] : [])).join(' ') || null;
}

/**
 * Why speed dial n's number will not dial, in words, and how bad that is; or null. A number the phone refuses is an
 * error; none at all under a label (no line, or an empty one) is the warning Problems gives: pressed, it dials nothing.
 */
export function numberWords(list: ListDef, n: number, number: string | undefined, label: string | undefined): { readonly words: string; readonly severity: 'error' | 'warning' } | null {
  const m = number === undefined ? null : numberProblem(list, n, number);
  if (m) return { words: tr(m), severity: 'error' };
  if (label === undefined || label.trim() === '' || (number ?? '').trim() !== '') return null;
  return { words: tr(msg('problem.speedDialNoNumber', { index: n, label })), severity: 'warning' };
}
