import type { ReactNode } from 'react';

/**
 * Text that reads left to right in every language, isolated from the sentence or cell around it: file names, key
 * names (SPEEDDIALNAME01), dial strings, raw lines of the file. In the Hebrew UI "2001_4620data.txt" stays
 * "2001_4620data.txt" (not "4620data.txt_2001"), and what it holds cannot reorder the text beside it.
 * (Values put into translated sentences are isolated by t() itself; see isolate in src/i18n/i18n.ts.)
 */
export function Ltr({ children, className }: { readonly children: ReactNode; readonly className?: string }) {
  return (
    <bdi dir="ltr" className={className}>
      {children}
    </bdi>
  );
}

/**
 * Text the user or the file wrote (a speed dial's label, a CSV cell): isolated, in its own direction, taken from
 * its first strong letter (dir="auto"): "Café €" stays "Café €" in the Hebrew UI, a Hebrew label reads right to
 * left in the English one.
 */
export function Own({ children, className }: { readonly children: ReactNode; readonly className?: string }) {
  return (
    <bdi dir="auto" className={className}>
      {children}
    </bdi>
  );
}
