import { describe, expect, it } from 'vitest';
import { FEATURE_LABEL, SPEED_DIAL } from '../catalog/catalog.ts';
import { parseText } from '../format/document.ts';
import { pastCapacity, pushesPastCapacity } from './capacity.ts';

const file = (...lines: string[]) => parseText(['', ...lines].map((l) => `${l}\r\n`).join(''));
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A full 4620 file: 108 speed dials and 24 feature button labels. */
function full4620() {
  const lines: string[] = [];
  for (let i = 1; i <= 108; i++) lines.push(`ABKNAME${pad(i, 3)}=Name ${i}`, `ABKNUMBER${pad(i, 3)}=${1000 + i}`);
  for (let i = 1; i <= 24; i++) lines.push(`PHNLABEL${pad(i, 2)}=Button ${i}`);
  return file(...lines);
}

describe('what past capacity means, per model', () => {
  it('a full 4620 file: nothing on the 4620, 4620SW, 4621SW and 4625SW, 60 speed dials and 12 labels on the 4610SW', () => {
    const doc = full4620();
    for (const model of ['4620', '4620SW', '4621SW', '4625SW'] as const) expect(pastCapacity(doc, model)).toEqual([]);
    const past = pastCapacity(doc, '4610SW');
    expect(past.map((g) => [g.list, g.capacity, g.indices.length, g.indices[0], g.indices.at(-1), g.lineIds.length])).toEqual([
      [SPEED_DIAL, 48, 60, 49, 108, 120],
      [FEATURE_LABEL, 12, 12, 13, 24, 12],
    ]);
  });

  it('the 4622SW has 12 Line/Feature buttons: labels 13 to 24 are past its capacity, its speed dials are not', () => {
    const past = pastCapacity(full4620(), '4622SW');
    expect(past.map((g) => [g.list, g.capacity, g.indices.length, g.indices[0], g.indices.at(-1)])).toEqual([[FEATURE_LABEL, 12, 12, 13, 24]]);
    // Within its family too, a change to the 4622SW asks first; back to the 4620SW it fits.
    expect(pushesPastCapacity(full4620(), '4620SW', '4622SW')).toBe(true);
    expect(pushesPastCapacity(file('PHNLABEL12=y', 'ABKNAME108=x'), '4620SW', '4622SW')).toBe(false);
    expect(pushesPastCapacity(full4620(), '4622SW', '4620SW')).toBe(false);
  });

  it('an entry is its number: label, number and an earlier copy are one entry, every line of it counted for removal', () => {
    const doc = file('ABKNUMBER060=1', 'Contrast=9', 'ABKNAME060=A', 'ABKNAME060=B', 'PHNLABEL13=', 'ABKNAME200=C');
    const [sd, fl] = pastCapacity(doc, '4610SW');
    expect(sd?.indices).toEqual([60, 200]);
    expect(sd?.lineIds).toEqual([1, 3, 4, 6]);
    // A label line with no text is still a line the phone ignores there.
    expect(fl?.indices).toEqual([13]);
    // Speed dial 200 is past the 4620's 108 as well.
    expect(pastCapacity(doc, '4620').map((g) => [g.list.id, g.indices])).toEqual([['speedDial', [200]]]);
  });

  it('a change of model asks first only when it pushes entries past the new model’s capacity', () => {
    const doc = full4620();
    expect(pushesPastCapacity(doc, '4620', '4610SW')).toBe(true);
    expect(pushesPastCapacity(doc, '4620', '4625SW')).toBe(false);
    expect(pushesPastCapacity(doc, '4610SW', '4620SW')).toBe(false);
    // Fits: 48 speed dials and 12 labels.
    expect(pushesPastCapacity(file('ABKNAME048=x', 'PHNLABEL12=y'), '4620', '4610SW')).toBe(false);
    // One label on button 13 is enough.
    expect(pushesPastCapacity(file('PHNLABEL13=y'), '4620SW', '4610SW')).toBe(true);
    // Entries the old model ignored already (past 108) were lines before: that alone does not ask.
    expect(pushesPastCapacity(file('ABKNAME109=x'), '4620', '4610SW')).toBe(false);
    expect(pushesPastCapacity(file('ABKNAME109=x', 'ABKNAME049=y'), '4620', '4610SW')).toBe(true);
  });
});
