import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../catalog/catalog.ts';
import { parseText, serializeText } from '../format/document.ts';
import { applyValues, isInFile, lineNumbers, maxListIndex, valuesOf, type FormValues } from './values.ts';

const file = (...lines: string[]) => parseText(['', ...lines].map((l) => `${l}\r\n`).join(''));
const SAMPLE = file(
  'ABKNAME001=Reception',
  'ABKNUMBER001=200',
  'ABKNAME3=Lab',
  'PHNLABEL02=Park',
  'Contrast=5',
  'FTPSRVR=10.0.0.1',
  '# note',
  'contrast=9',
  'Mystery=1',
);
const clone = (v: FormValues): FormValues => ({
  settings: { ...v.settings },
  speedDials: v.speedDials.map((e) => ({ ...e })),
  featureLabels: v.featureLabels.map((e) => ({ ...e })),
});

describe('valuesOf: the typed view', () => {
  it('settings: the effective value of each, exactly as in the file (last line wins, aliases, any case)', () => {
    const v = valuesOf(SAMPLE, '4620SW');
    expect(Object.keys(v.settings)).toEqual(SETTINGS.map((d) => d.id));
    expect(v.settings.contrast).toBe('9');
    expect(v.settings.ftpServer).toBe('10.0.0.1');
    expect(v.settings.callTimer).toBeUndefined();
  });

  it('speed dials: as many as the highest entry, gaps undefined', () => {
    const v = valuesOf(SAMPLE, '4620SW');
    expect(v.speedDials).toEqual([
      { label: 'Reception', number: '200' },
      { label: undefined, number: undefined },
      { label: 'Lab', number: undefined },
    ]);
  });

  it('feature labels: every button of the model; entries past it are left out of the typed view', () => {
    expect(valuesOf(SAMPLE, '4620SW').featureLabels).toHaveLength(24);
    expect(valuesOf(SAMPLE, '4610SW').featureLabels).toHaveLength(12);
    expect(valuesOf(SAMPLE, '4610SW').featureLabels[1]).toEqual({ label: 'Park' });
    expect(valuesOf(file('PHNLABEL30=x'), '4610SW').featureLabels).toHaveLength(12);
    expect(valuesOf(file('ABKNAME9999=x'), '4610SW').speedDials).toHaveLength(0);
  });

  it('values keep their spaces', () => {
    expect(valuesOf(file('ABKNAME001=  A  '), '4620').speedDials[0]?.label).toBe('  A  ');
  });

  it('maxListIndex', () => {
    expect(maxListIndex(SAMPLE, 'speedDial')).toBe(3);
    expect(maxListIndex(SAMPLE, 'featureLabel')).toBe(2);
    expect(maxListIndex(file('Contrast=1'), 'speedDial')).toBe(0);
  });
});

describe('applyValues: only what differs is touched', () => {
  it('unchanged values give the same document', () => {
    expect(applyValues(SAMPLE, valuesOf(SAMPLE, '4620SW'))).toBe(SAMPLE);
  });

  it('a changed setting rewrites its effective line only', () => {
    const v = clone(valuesOf(SAMPLE, '4620SW'));
    v.settings.contrast = '12';
    v.settings.ftpServer = '10.0.0.2';
    const next = applyValues(SAMPLE, v);
    expect(serializeText(next)).toBe(serializeText(SAMPLE).replace('contrast=9', 'contrast=12').replace('FTPSRVR=10.0.0.1', 'FTPSRVR=10.0.0.2'));
  });

  it('a new value is a new canonical line; undefined removes every line of the key', () => {
    const v = clone(valuesOf(SAMPLE, '4620SW'));
    v.settings.callTimer = '1';
    v.settings.contrast = undefined;
    const next = applyValues(SAMPLE, v);
    const texts = next.lines.map((l) => l.text);
    expect(texts).toContain('Call Timer=1');
    expect(texts.filter((t) => t.toLowerCase().startsWith('contrast'))).toEqual([]);
    expect(texts).toContain('# note');
    expect(texts).toContain('Mystery=1');
  });

  it('speed dials: a new entry, a removed entry, a shorter list', () => {
    const v = clone(valuesOf(SAMPLE, '4620SW'));
    v.speedDials[1] = { label: 'Help', number: '*88' };
    const next = applyValues(SAMPLE, v);
    expect(next.lines.map((l) => l.text).slice(1, 6)).toEqual(['ABKNAME001=Reception', 'ABKNUMBER001=200', 'ABKNAME002=Help', 'ABKNUMBER002=*88', 'ABKNAME3=Lab']);
    const shorter = clone(valuesOf(next, '4620SW'));
    shorter.speedDials = shorter.speedDials.slice(0, 1);
    const after = applyValues(next, shorter);
    expect(maxListIndex(after, 'speedDial')).toBe(1);
    expect(after.lines.map((l) => l.text)).not.toContain('ABKNAME3=Lab');
  });

  it('feature labels: set and cleared', () => {
    const v = clone(valuesOf(SAMPLE, '4620SW'));
    v.featureLabels[0] = { label: 'Pickup' };
    v.featureLabels[1] = { label: undefined };
    const texts = applyValues(SAMPLE, v).lines.map((l) => l.text);
    expect(texts).toContain('PHNLABEL01=Pickup');
    expect(texts).not.toContain('PHNLABEL02=Park');
  });

  it('valuesOf ∘ applyValues: the document then holds exactly the values given', () => {
    const opt = fc.option(fc.string({ maxLength: 6 }).map((s) => s.replace(/[\r\n]/g, '')), { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({
          settings: fc.record(Object.fromEntries(SETTINGS.map((d) => [d.id, opt]))),
          speedDials: fc.array(fc.record({ label: opt, number: opt }), { maxLength: 6 }),
          featureLabels: fc.array(fc.record({ label: opt }), { minLength: 24, maxLength: 24 }),
        }),
        (values) => {
          const v = valuesOf(applyValues(SAMPLE, values), '4620SW');
          expect(v.settings).toEqual(values.settings);
          expect(v.featureLabels).toEqual(values.featureLabels);
          // Trailing entries that are empty are not in the file, so the list ends at the last one it holds.
          let end = values.speedDials.length;
          while (end > 0 && values.speedDials[end - 1]?.label === undefined && values.speedDials[end - 1]?.number === undefined) end--;
          expect(v.speedDials).toEqual(values.speedDials.slice(0, end));
        },
      ),
      { numRuns: 100 },
    );
  }, 30_000); // quick alone; a busy machine can slow it past vitest's default 5 s
});

describe('isInFile and lineNumbers', () => {
  it('isInFile', () => {
    expect(isInFile(SAMPLE, 'setting:contrast')).toBe(true);
    expect(isInFile(SAMPLE, 'setting:callTimer')).toBe(false);
    expect(isInFile(SAMPLE, 'speedDial:3:label')).toBe(true);
  });

  it('line numbers as saved: 1-based, the effective line of each key', () => {
    const { byKey, byId } = lineNumbers(SAMPLE);
    expect(byKey.get('setting:contrast')).toBe(9);
    expect(byKey.get('speedDial:1:label')).toBe(2);
    expect(byId.get(0)).toBe(1);
  });

  it('a file without the blank first line: numbers count the blank line the save adds', () => {
    const { byKey } = lineNumbers(parseText('Contrast=9\r\nCall Timer=1\r\n'));
    expect(byKey.get('setting:contrast')).toBe(2);
    expect(byKey.get('setting:callTimer')).toBe(3);
  });
});

describe('applyValues with a model', () => {
  it('leaves list entries past the capacity alone, and shows them as other lines', async () => {
    const { otherLines } = await import('./other-lines.ts');
    const doc = file('ABKNAME001=a\r\nABKNAME060=past');
    const values = valuesOf(doc, '4610SW');
    expect(values.speedDials).toHaveLength(1);
    values.speedDials[0] = { label: 'b', number: undefined };
    const next = applyValues(doc, values, '4610SW');
    expect(next.lines.map((l) => l.text)).toContain('ABKNAME060=past');
    expect(next.lines.map((l) => l.text)).toContain('ABKNAME001=b');
    expect(otherLines(next, '4610SW', 'h323').map((o) => o.line.text)).toEqual(['ABKNAME060=past']);
    expect(otherLines(next, '4620SW', 'h323')).toEqual([]);
  });
});
