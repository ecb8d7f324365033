import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { newFile } from '../session/open-file.ts';
import { TopBar } from './top-bar.tsx';

function bar() {
  const on = { onNew: vi.fn<() => void>(), onOpenFolder: vi.fn<() => void>(), onSample: vi.fn<() => void>(), onToggleAdmin: vi.fn<() => void>(), onProfile: vi.fn<() => void>(), onClose: vi.fn<() => void>() };
  render(
    <>
      <TopBar file={null} adminOpen={false} inputRef={createRef()} onOpen={vi.fn<() => void>()} onInputFiles={vi.fn<(files: readonly File[]) => void>()} folderInputRef={createRef()} onInputFolder={vi.fn<(files: readonly File[]) => void>()} onSave={vi.fn<() => void>()} onSaveAs={vi.fn<() => void>()} onStep={vi.fn<(way: 'undo' | 'redo') => void>()} {...on} />
      <button type="button">Elsewhere</button>
    </>,
  );
  return { on, more: screen.getByRole('button', { name: 'More' }) };
}

describe('the header\'s "More" list', () => {
  it('opens and closes from its button, which says whether it is open', async () => {
    const user = userEvent.setup();
    const { more } = bar();
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'New' })).toBeNull();
    // It names the list it controls only while the list is in the page.
    expect(more.hasAttribute('aria-controls')).toBe(false);
    await user.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(more.getAttribute('aria-controls') ?? '')?.textContent).toBe('NewOpen folder…Try a sampleAdministrator toolsFormat profile');
    // No file open: nothing to close.
    expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
    await user.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.hasAttribute('aria-controls')).toBe(false);
  });

  it('by keyboard: the list comes after the button; Escape closes it and gives the focus back to the button', async () => {
    const user = userEvent.setup();
    const { more } = bar();
    more.focus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'New' })).toBeNull();
    expect(document.activeElement).toBe(more);
  });

  it('choosing an item closes the list, gives the focus back to the button, then does it', async () => {
    const user = userEvent.setup();
    const { more, on } = bar();
    await user.click(more);
    await user.click(screen.getByRole('button', { name: 'Administrator tools' }));
    expect(on.onToggleAdmin).toHaveBeenCalledOnce();
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(more);
    await user.click(more);
    await user.click(screen.getByRole('button', { name: 'Format profile' }));
    expect(on.onProfile).toHaveBeenCalledOnce();
  });

  it('a press outside, or the focus going elsewhere, closes it', async () => {
    const user = userEvent.setup();
    const { more, on } = bar();
    await user.click(more);
    await user.click(document.body);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await user.click(more);
    act(() => screen.getByRole('button', { name: 'Elsewhere' }).focus());
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(on.onNew).not.toHaveBeenCalled();
  });
});

describe('the header drawn again (at each key typed in a file)', () => {
  it('leaves the hidden file and folder inputs alone: React would set their name and type again', () => {
    const props = { adminOpen: false, inputRef: createRef<HTMLInputElement>(), onOpen: vi.fn<() => void>(), onInputFiles: vi.fn<(files: readonly File[]) => void>(), folderInputRef: createRef<HTMLInputElement>(), onInputFolder: vi.fn<(files: readonly File[]) => void>(), onNew: vi.fn<() => void>(), onOpenFolder: vi.fn<() => void>(), onSample: vi.fn<() => void>(), onToggleAdmin: vi.fn<() => void>(), onProfile: vi.fn<() => void>(), onSave: vi.fn<() => void>(), onSaveAs: vi.fn<() => void>(), onClose: vi.fn<() => void>(), onStep: vi.fn<(way: 'undo' | 'redo') => void>() };
    const { rerender } = render(<TopBar file={newFile('4711', '4620SW', 'h323')} {...props} />);
    const inputs = [props.inputRef.current, props.folderInputRef.current];
    const watch = new MutationObserver(() => undefined);
    for (const input of inputs) if (input) watch.observe(input, { attributes: true });
    // Each key makes a new file object, and the page's other handlers are new functions.
    rerender(<TopBar file={newFile('4712', '4620SW', 'h323')} {...props} onSave={vi.fn<() => void>()} onClose={vi.fn<() => void>()} />);
    const touched = watch.takeRecords().map((r) => `${(r.target as HTMLInputElement).id} ${r.attributeName}`);
    watch.disconnect();
    expect(inputs.map((i) => i?.id)).toEqual(['file-input', 'folder-input']);
    expect(screen.getByText('4712_4620data.txt')).toBeTruthy();
    expect(touched).toEqual([]);
  });
});
