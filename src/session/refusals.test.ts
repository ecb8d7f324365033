import { describe, expect, it } from 'vitest';
import { groupRefusals, spanOf, type Refusal } from './refusals.ts';

const tooLarge = (i: number): Refusal => ({ kind: 'zip-entry', zip: 'site.zip', skip: { kind: 'too-large', name: `${4000 + i}_4620data.txt`, size: 20 * 1024 * 1024 } });

describe('groupRefusals', () => {
  it('tells twenty refusals for one reason as one group, first … last', () => {
    const groups = groupRefusals(Array.from({ length: 20 }, (_, i) => tooLarge(i)));
    expect(groups).toHaveLength(1);
    expect(groups[0]?.reason).toBe('too-large');
    expect(groups[0]?.refusals).toHaveLength(20);
    expect(groups[0]?.names).toEqual({ kind: 'range', first: '4000_4620data.txt', last: '4019_4620data.txt' });
  });

  it('puts a file too large to read, a too-large entry and a too-large file under one reason; each reason where it first came', () => {
    const refusals: Refusal[] = [
      { kind: 'decode', name: 'empty.txt', error: { kind: 'empty' } },
      tooLarge(0),
      { kind: 'zip-entry', zip: 'site.zip', skip: { kind: 'nested-zip', name: 'inner.zip' } },
      { kind: 'decode', name: 'big.txt', error: { kind: 'too-large', size: 2_000_000, limit: 1_048_576 } },
      { kind: 'unread', name: 'huge.zip', size: 3e9, limit: 128 * 1024 * 1024 },
      { kind: 'zip-too-many', zip: 'many.zip', read: 10_000, total: 12_000 },
    ];
    expect(groupRefusals(refusals).map((g) => [g.reason, g.names])).toEqual([
      ['empty', { kind: 'all', names: ['empty.txt'] }],
      ['too-large', { kind: 'all', names: ['4000_4620data.txt', 'big.txt', 'huge.zip'] }],
      ['nested-zip', { kind: 'all', names: ['inner.zip'] }],
      ['too-many', { kind: 'all', names: ['many.zip'] }],
    ]);
  });

  it('has a group for every kind of decode error', () => {
    const kinds: Refusal[] = [
      { kind: 'decode', name: 'a', error: { kind: 'binary', reason: 'nul', offset: 3 } },
      { kind: 'decode', name: 'b', error: { kind: 'signature', format: 'a PDF document' } },
      { kind: 'zip-unreadable', name: 'c.zip' },
      { kind: 'zip-entry', zip: 'z', skip: { kind: 'damaged', name: 'd' } },
      { kind: 'zip-entry', zip: 'z', skip: { kind: 'unsupported', name: 'e' } },
      { kind: 'zip-entry', zip: 'z', skip: { kind: 'over-total', name: 'f' } },
    ];
    expect(groupRefusals(kinds).map((g) => g.reason)).toEqual(['binary', 'other-format', 'not-a-zip', 'damaged', 'unsupported', 'over-total']);
  });
});

describe('spanOf', () => {
  it('writes out up to three names, and more as the first and the last', () => {
    expect(spanOf([])).toEqual({ kind: 'all', names: [] });
    expect(spanOf(['a', 'b', 'c'])).toEqual({ kind: 'all', names: ['a', 'b', 'c'] });
    expect(spanOf(['a', 'b', 'c', 'd'])).toEqual({ kind: 'range', first: 'a', last: 'd' });
  });
});
