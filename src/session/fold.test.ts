import { describe, expect, it } from 'vitest';
import { fold } from './fold.ts';

describe('fold, as Find and the fleet filter compare texts', () => {
  it('makes an accent typed as one letter and as a letter with a combining mark the same', () => {
    expect(fold('Cafe\u0301')).toBe(fold('Caf\u00e9'));
    expect(fold('Ku\u0308che')).toBe('k\u00fcche');
  });

  it('makes letters of either case the same, ß and SS too, beyond ASCII', () => {
    expect(fold('Hauptstraße')).toBe(fold('HAUPTSTRASSE'));
    expect(fold('ПОМОЩЬ')).toBe(fold('помощь'));
    expect(fold('ΟΔΟΣ')).toBe(fold('οδος'));
    expect(fold('Help Desk 4400')).toBe('help desk 4400');
  });
});
