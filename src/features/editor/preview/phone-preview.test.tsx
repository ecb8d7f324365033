import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PALETTE_RGB, settingById } from '../../../catalog/catalog.ts';
import { settingProblem } from '../../../model/schemas.ts';
import { PhonePreview } from './phone-preview.tsx';

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const drawn = (value: string) => {
  render(<PhonePreview values={{ settings: { speedDialBackground: value }, speedDials: [{ label: 'A', number: '1' }], featureLabels: [] }} model="4625SW" />);
  return screen.getByTestId('phone-screen').style.backgroundColor;
};

describe('the 4625SW preview’s background colour', () => {
  it('draws the colour the value chooses', () => {
    expect(settingProblem(settingById('speedDialBackground'), '3')).toBeNull();
    expect(drawn('3')).toBe(rgb(PALETTE_RGB[2] as string));
  });

  it.each(['03', ' 3', '3.0', '3e0', '0', '9', ''])('draws the default for %j, which Problems says the phone ignores (it drew colour 3 for 03, “ 3”, 3.0, 3e0)', (value) => {
    // Problems: not one of 1…8, so the phone ignores the line (spec §3) and keeps its own colour.
    expect(settingProblem(settingById('speedDialBackground'), value)).not.toBeNull();
    expect(drawn(value)).toBe(rgb(PALETTE_RGB[0] as string));
  });
});
