import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { encodeUtf8 } from '../format/text-codec.ts';
import { App } from './app.tsx';
import type * as FirstClick from './first-click.ts';

// Files chosen on index.html's first screen, before the page worked (src/app/first-click.ts): counted as App takes them.
const first = vi.hoisted(() => ({ taken: 0, files: [] as File[] }));
vi.mock('./first-click.ts', async (original) => ({
  ...(await original<typeof FirstClick>()),
  takeFirstFiles: () => {
    first.taken++;
    return first.files.splice(0);
  },
}));

describe('files chosen on the first screen', () => {
  it('open once the page works, and the page asks for them once, not again on each render', async () => {
    first.files.push(new File([encodeUtf8('\r\nContrast=9\r\n') as Uint8Array<ArrayBuffer>], '4711_4620data.txt', { type: 'text/plain' }));
    const user = userEvent.setup();
    render(<App />);
    const contrast = await screen.findByLabelText<HTMLInputElement>('Contrast');
    expect(contrast.value).toBe('9');
    // Each key is a render of the page.
    await user.clear(contrast);
    await user.type(contrast, '12');
    expect(contrast.value).toBe('12');
    expect(first.taken).toBe(1);
  });

  it('chosen after the page took over (the dialog was open while it did), open when the first screen says so', async () => {
    render(<App />);
    await screen.findAllByRole('button', { name: 'Open' });
    expect(screen.queryByLabelText('Contrast')).toBeNull();
    // As public/first-language.js keeps them (src/app/first-screen-late-pick.test.tsx), and says so.
    window.firstFiles = [new File([encodeUtf8('\r\nContrast=11\r\n') as Uint8Array<ArrayBuffer>], '4711_4620data.txt', { type: 'text/plain' })];
    act(() => void window.dispatchEvent(new Event('first-files')));
    const contrast = await screen.findByLabelText<HTMLInputElement>('Contrast');
    expect(contrast.value).toBe('11');
  });
});
