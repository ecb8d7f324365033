import { afterEach, describe, expect, it } from 'vitest';
import { parseText } from '../format/document.ts';
import { teachNames } from '../format/keys.ts';
import { english } from '../i18n/english.ts';
import { otherLines } from './other-lines.ts';
import { findProblems } from './problems.ts';

/*
 * Review of the Problems panel, the preview, Other lines and the format profile (helper "problems"): each test says
 * what the editor should do, and FAILS on main as it stands, demonstrating a bug. See the report for the fix.
 */

afterEach(() => teachNames(new Map(), new Map()));

describe('review: format profile and the names it shows', () => {
  it('a spaced name is said to look like the setting’s name, not like the profile’s write name', () => {
    // A profile may write new Call Timer lines under the catalog alias PHNTIMERS (readProfile accepts it).
    teachNames(new Map(), new Map([['setting:callTimer', 'PHNTIMERS']]));
    const doc = parseText('\r\nCall  Timer=1\r\n');
    const spaced = findProblems(doc, { model: '4620SW', protocol: 'h323' }).find((p) => p.id.startsWith('spaced-'));
    // The line "Call  Timer" looks like "Call Timer" (the names compared squashed), not like "PHNTIMERS".
    expect(spaced && english(spaced.message)).toContain('looks like “Call Timer”');
    const other = otherLines(doc, '4620SW', 'h323')[0];
    expect(other && english(other.reason)).toContain('Call Timer');
  });
});
