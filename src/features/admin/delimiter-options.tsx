import { DELIMITER_NAMES, type Delimiter } from '../../model/admin/csv.ts';
import { tr, useT } from '../../i18n/i18n.ts';

/** The CSV separators as <option>s, each by its name in the UI's language (export and import offer the same). */
export function DelimiterOptions() {
  useT();
  return (Object.keys(DELIMITER_NAMES) as Delimiter[]).map((d) => (
    <option key={d} value={d}>
      {tr(DELIMITER_NAMES[d])}
    </option>
  ));
}
