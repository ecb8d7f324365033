import type { ListDef, ModelId, Release } from '../../catalog/catalog.ts';
import { glyphWarning } from '../../display/coverage.ts';
import { tr } from '../../i18n/i18n.ts';
import { labelProblem, numberProblem } from '../../model/schemas.ts';

/** What is wrong with list entry n's label on this model and release, in words: too long, characters it cannot show; or null. */
export function labelWords(list: ListDef, n: number, label: string | undefined, model: ModelId, release: Release): string | null {
  if (label === undefined) return null;
  return [labelProblem(list, n, label), glyphWarning(label, model, release)].flatMap((m) => (m ? [tr(m)] : [])).join(' ') || null;
}

/** Why list entry n's number will not dial, in words, or null. */
export function numberWords(list: ListDef, n: number, number: string | undefined): string | null {
  const m = number === undefined ? null : numberProblem(list, n, number);
  return m && tr(m);
}
