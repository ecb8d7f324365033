import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PALETTE_RGB, settingById } from '../../../catalog/catalog.ts';
import { settingProblem } from '../../../model/schemas.ts';
import { PhonePreview } from './phone-preview.tsx';

/* Review (helper "problems"): FAILS on main, demonstrating a bug. */

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
describe('review: the 4625SW preview of a background colour the phone ignores', () => {
  it.each(['03', ' 3', '3.0', '3e0'])('draws the default for %j, which Problems says the phone ignores', (value) => {
    // Problems: not one of 1…8, so the phone ignores the line (spec §3) and keeps its own colour.
    expect(settingProblem(settingById('speedDialBackground'), value)).not.toBeNull();
    render(<PhonePreview values={{ settings: { speedDialBackground: value }, speedDials: [{ label: 'A', number: '1' }], featureLabels: [] }} model="4625SW" />);
    expect(screen.getByTestId('phone-screen').style.backgroundColor).toBe(rgb(PALETTE_RGB[0] as string));
  });
});
