import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_IDS, type ModelId, type Protocol } from '../catalog/catalog.ts';
import { parseText, type BackupDocument } from '../format/document.ts';
import { insertLine, removeLine, setLineText } from '../format/edit.ts';
import { otherLines } from './other-lines.ts';
import { findProblems } from './problems.ts';

/**
 * findProblems and otherLines keep each line's result while the line, its number, the line that wins over it and
 * the model stay the same (so a key press in a large file does not redo every line). What they give must be what
 * they give on a copy of the document that shares no line with any document seen before.
 */
const fresh = (doc: BackupDocument): BackupDocument => ({ ...doc, lines: doc.lines.map((l) => ({ ...l })) });
const LINES = ['', 'ABKNAME001=A', 'ABKNUMBER001=1', 'ABKNAME001=B', 'ABKNAME120=far', 'ABKNUMBER120=9', 'Contrast=5', 'Contrast=x', 'Transfer Type=1', 'PHNLABEL01=Pick', 'Password=1', 'Mystery=1', '# note', 'A\u0001=1', ' Contrast =3', 'SIP Domain=x'];

describe('the per-line results of findProblems and otherLines', () => {
  it('after any edits, any model and protocol, equal those of a document no result was kept for', () => {
    const edit = fc.record({ kind: fc.constantFrom('set', 'insert', 'remove'), at: fc.nat(5), text: fc.constantFrom(...LINES) });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES), { maxLength: 12 }),
        fc.array(fc.record({ edit, model: fc.constantFrom<ModelId>(...MODEL_IDS), protocol: fc.constantFrom<Protocol>('h323', 'sip') }), { minLength: 1, maxLength: 6 }),
        (start, steps) => {
          let doc = parseText(start.map((l) => `${l}\r\n`).join(''));
          // Worked out one after the other, as the editor does while the user types; checked once all are done.
          const seen = [];
          for (const { edit: e, model, protocol } of steps) {
            const line = doc.lines[e.at % Math.max(1, doc.lines.length)];
            if (e.kind === 'insert') doc = insertLine(doc, Math.min(e.at, doc.lines.length), e.text);
            else if (line) doc = e.kind === 'set' ? setLineText(doc, line.id, e.text) : removeLine(doc, line.id);
            seen.push({ doc, model, protocol, problems: findProblems(doc, { model, protocol }), others: otherLines(doc, model, protocol) });
          }
          for (const { doc: seenDoc, model, protocol, problems, others } of seen) {
            expect(problems).toEqual(findProblems(fresh(seenDoc), { model, protocol }));
            expect(others).toEqual(otherLines(fresh(seenDoc), model, protocol));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a value typed in one line leaves the other lines’ results the same objects', () => {
    const doc = parseText('\r\n# note\r\nMystery=1\r\nContrast=x\r\nABKNAME001=A\r\nABKNUMBER001=1\r\n');
    const ctx = { model: '4620SW', protocol: 'h323' } as const;
    const [problems, others] = [findProblems(doc, ctx), otherLines(doc, '4620SW', 'h323')];
    const typed = setLineText(doc, doc.lines[4]?.id ?? -1, 'ABKNAME001=AB');
    const [problems2, others2] = [findProblems(typed, ctx), otherLines(typed, '4620SW', 'h323')];
    expect(problems2).toHaveLength(problems.length);
    problems.forEach((p, i) => expect(problems2[i]).toBe(p));
    others.forEach((o, i) => expect(others2[i]).toBe(o));
  });
});
