import { render, screen } from '@testing-library/react';
import { beforeAll, expect, it } from 'vitest';
import { parseText } from '../format/document.ts';
import { diffDocuments } from '../model/admin/diff.ts';
import { loadAdminWords } from '../features/admin/admin-panel.tsx';
import { DiffRows } from './diff-rows.tsx';

beforeAll(async () => {
  await loadAdminWords();
});

it('names the end of a line that ends unlike the rest of its file, so the two lines do not look alike', () => {
  const d = diffDocuments(parseText('\r\nContrast=9\r\nCall Timer=1\r\n'), parseText('\r\nContrast=9\r\nCall Timer=1\n'));
  render(<DiffRows lines={d.lines} before="A" after="B" />);
  expect(screen.getByText('(line end: LF)').closest('tr')?.className).toBe('diff-rows--added');
});
