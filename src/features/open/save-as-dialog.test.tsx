import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SaveAsDialog } from './save-as-dialog.tsx';

describe('Save as', () => {
  it('refuses ".", "..", a name ending in a dot, a device name of Windows and an overlong name, saying why; a name like ".notes.txt" is taken', async () => {
    const onSave = vi.fn<(name: string) => void>();
    render(<SaveAsDialog open initialName="4711_4620data.txt" ruleName="4711_4620data.txt" onClose={() => {}} onSave={onSave} />);
    const input = screen.getByLabelText('File name');
    const why = 'A file name cannot be “.” or “..”, end in a dot or a space, be a device name (CON, NUL, COM1…) or be over 255 bytes: disks cannot hold such a name.';
    for (const name of ['..', '.', 'notes.', 'CON.txt', 'nul', `${'x'.repeat(300)}.txt`]) {
      await userEvent.clear(input);
      await userEvent.type(input, `${name}{Enter}`);
      expect(screen.getByText(why)).toBeTruthy();
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(true);
    }
    expect(onSave).not.toHaveBeenCalled();
    await userEvent.clear(input);
    await userEvent.type(input, '.notes.txt{Enter}');
    expect(screen.queryByText(why)).toBeNull();
    expect(onSave).toHaveBeenCalledWith('.notes.txt');
  });
});
