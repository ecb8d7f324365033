import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeUtf8 } from '../../format/text-codec.ts';
import type { Target } from '../../model/problems.ts';
import { setFirmwareRelease } from '../../session/firmware-release.ts';
import { openBytes, type OpenFile } from '../../session/open-file.ts';
import { emptyWorkspace, workspaceReducer } from '../../session/workspace.ts';
import { FleetView, withWords } from './fleet-view.tsx';

// jsdom lays nothing out: the table's scrolled box is given a size, so the virtualizer has rows to draw.
const size = { height: Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight'), width: Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth') };
beforeAll(async () => {
  Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 400 });
  Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
  await withWords();
});
afterAll(() => {
  if (size.height) Object.defineProperty(Element.prototype, 'clientHeight', size.height);
  if (size.width) Object.defineProperty(Element.prototype, 'clientWidth', size.width);
});

function open(name: string, text: string): OpenFile {
  const r = openBytes(encodeUtf8(text), name, null);
  if (!r.ok) throw new Error('did not open');
  return r.value;
}

/** 60 files: extensions 4000–4059, every third a SIP 4610SW file with a contrast out of range (an error). */
const files = workspaceReducer(emptyWorkspace, {
  type: 'add',
  files: Array.from({ length: 60 }, (_, i) =>
    i % 3 === 0 ? open(`${4000 + i}_4610data_sip.txt`, `\r\nContrast=99\r\nABKNAME001=Desk ${i}\r\nABKNUMBER001=${5000 + i}\r\n`) : open(`${4000 + i}_4620data.txt`, `\r\nABKNAME001=Desk ${i}\r\nABKNUMBER001=${5000 + i}\r\n`),
  ),
}).files;

function renderView(props: Partial<Parameters<typeof FleetView>[0]> = {}) {
  const handlers = {
    onSelect: vi.fn<(uid: number) => void>(),
    onClose: vi.fn<(file: OpenFile) => void>(),
    onGoTo: vi.fn<(uid: number, target: Target) => void>(),
    onChangeMany: vi.fn<(uids: readonly number[], scope: 'selected' | 'shown') => void>(),
  };
  render(<FleetView files={files} activeUid={1} {...handlers} {...props} />);
  return handlers;
}

const grid = () => screen.getByRole('grid', { name: 'Open files (60)' });
const bodyRows = () => within(grid()).getAllByRole('row').slice(1);

/** The Warnings column of a table of two files. */
const warnings = () => within(screen.getByRole('grid', { name: 'Open files (2)' })).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('gridcell')[7]?.textContent);

describe('the fleet view', () => {
  it('draws only the rows in view, and says how many rows the grid has', () => {
    renderView();
    expect(grid().getAttribute('aria-rowcount')).toBe('61');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(within(rows[0]!).getByRole('button', { name: '4000_4610data_sip.txt' })).toBeTruthy();
    expect(within(rows[0]!).getAllByRole('gridcell').map((c) => c.textContent)).toEqual(['', '4000_4610data_sip.txt', '4000', '4610SW', 'SIP', '1', '1', '0', '0', '', 'Close 4000_4610data_sip.txt']);
  });

  it('filters by text, model, protocol and problem, and counts what it shows', async () => {
    const user = userEvent.setup();
    renderView();
    expect(screen.getByText('60 of 60 shown')).toBeTruthy();
    await user.type(screen.getByLabelText('Filter by text', { exact: true }), '401');
    expect(screen.getByText('10 of 60 shown')).toBeTruthy();
    await user.clear(screen.getByLabelText('Filter by text', { exact: true }));
    await user.selectOptions(screen.getByLabelText('Filter by protocol', { exact: true }), 'SIP');
    expect(screen.getByText('20 of 60 shown')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Filter by protocol', { exact: true }), 'All protocols');
    await user.selectOptions(screen.getByLabelText('Filter by problems', { exact: true }), 'Without problems');
    expect(screen.getByText('40 of 60 shown')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Filter by model', { exact: true }), '4610SW');
    expect(screen.getByText('0 of 60 shown')).toBeTruthy();
    expect(screen.getByText('No open file matches the filter.')).toBeTruthy();
  });

  it('sorts by a column, either way, and says so with aria-sort', async () => {
    const user = userEvent.setup();
    renderView();
    const header = screen.getByRole('columnheader', { name: 'Extension' });
    expect(header.getAttribute('aria-sort')).toBe('none');
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    await user.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(within(bodyRows()[0]!).getByRole('button', { name: '4059_4620data.txt' })).toBeTruthy();
  });

  it('moves by the keyboard as a grid, opens a row with Enter and selects it with Space', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderView();
    const first = within(bodyRows()[0]!).getByRole('button', { name: '4000_4610data_sip.txt' });
    expect(first.tabIndex).toBe(0);
    first.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '4002_4620data.txt' }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('4002');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(3);
    await user.keyboard(' ');
    expect(screen.getByText('1 selected')).toBeTruthy();
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close 4002_4620data.txt' }));
    await user.keyboard('{Home}');
    expect((document.activeElement as HTMLInputElement).type).toBe('checkbox');
    expect((document.activeElement as HTMLInputElement).checked).toBe(true);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    // The header row: its cells are reached too.
    expect(document.activeElement?.getAttribute('role')).toBe('columnheader');
  });

  it('hands the selected files, or all the filter shows, to Change…', async () => {
    const user = userEvent.setup();
    const { onChangeMany } = renderView();
    expect(screen.getByText('Applies to the 60 files shown.')).toBeTruthy();
    await user.type(screen.getByLabelText('Filter by text', { exact: true }), '405');
    await user.click(screen.getByRole('button', { name: 'Change…' }));
    expect(onChangeMany).toHaveBeenLastCalledWith([51, 52, 53, 54, 55, 56, 57, 58, 59, 60], 'shown');
    fireEvent.click(screen.getByRole('checkbox', { name: '4052_4620data.txt' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '4053_4620data.txt' }));
    expect(screen.getByText('Applies to the 2 selected files.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Change…' }));
    expect(onChangeMany).toHaveBeenLastCalledWith([53, 54], 'selected');
    await user.click(screen.getByLabelText('Select all shown', { exact: true }));
    expect(screen.getByText('10 selected')).toBeTruthy();
  });

  it('counts the problems again when the user picks another firmware release', () => {
    // A Cyrillic label: a 4610SW before R2.7 cannot show it, a warning in the editor's Problems.
    const two = workspaceReducer(emptyWorkspace, {
      type: 'add',
      files: [open('4000_4610data.txt', '\r\nABKNAME001=Помощь\r\nABKNUMBER001=200\r\n'), open('4001_4620data.txt', '\r\nABKNAME001=Desk\r\nABKNUMBER001=201\r\n')],
    }).files;
    renderView({ files: two });
    expect(warnings()).toEqual(['0', '0']);
    try {
      act(() => setFirmwareRelease('preR27'));
      expect(warnings()).toEqual(['1', '0']);
    } finally {
      act(() => setFirmwareRelease('r27'));
    }
    expect(warnings()).toEqual(['0', '0']);
  });

  it('hands Change… only the selected files the filter shows, and says how many it leaves out', async () => {
    const user = userEvent.setup();
    const { onChangeMany } = renderView();
    for (const name of ['4000_4610data_sip.txt', '4001_4620data.txt', '4005_4620data.txt']) fireEvent.click(screen.getByRole('checkbox', { name }));
    expect(screen.getByText('Applies to the 3 selected files.')).toBeTruthy();
    const filter = screen.getByLabelText('Filter by text', { exact: true });
    await user.type(filter, '4005');
    expect(screen.getByText('1 of 60 shown')).toBeTruthy();
    expect(screen.getByText('3 selected')).toBeTruthy();
    const change = screen.getByRole('button', { name: 'Change…' });
    expect(change.getAttribute('aria-describedby') && document.getElementById(change.getAttribute('aria-describedby')!)?.textContent).toBe('Applies to the 1 selected file. 2 selected files the filter hides are left out.');
    await user.click(change);
    expect(onChangeMany).toHaveBeenLastCalledWith([6], 'selected');
    // None of the selected files shown: the files shown, as with nothing selected, and the hidden ones said.
    await user.clear(filter);
    await user.type(filter, '4009');
    expect(screen.getByText('Applies to the 1 file shown. 3 selected files the filter hides are left out.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Change…' }));
    expect(onChangeMany).toHaveBeenLastCalledWith([10], 'shown');
  });

  it('has no Change button until the page gives it something to do', () => {
    renderView({ onChangeMany: undefined });
    expect(screen.queryByRole('button', { name: 'Change…' })).toBeNull();
  });

  it('finds a value across files and goes to its field', async () => {
    const user = userEvent.setup();
    const { onGoTo } = renderView();
    await user.type(screen.getByLabelText('Find', { exact: true }), '5041');
    expect(await screen.findByText('1 place in 1 file')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /4041_4620data\.txt.*Speed dial 1 number.*5041/ }));
    expect(onGoTo).toHaveBeenCalledWith(42, { kind: 'list', list: 'speedDial', index: 1, field: 'number' });
  });
});

/** File `uid` of an opened folder's subfolder `folder`. */
const inFolder = (uid: number, folder: string): OpenFile => ({ ...open(`${4100 + uid}_4620data.txt`, '\r\nContrast=3\r\n'), uid, folder });

describe('the fleet view and hostile folder names', () => {
  it('shows a folder’s hidden and direction-changing characters as their codes', () => {
    renderView({ files: [inFolder(1, 'site-\u202Eexe.txt'), inFolder(2, 'plain')] });
    const table = screen.getByRole('grid', { name: 'Open files (2)' });
    expect(table.textContent).toContain('site-[U+202E]exe.txt');
    expect(table.textContent).not.toContain('\u202E');
  });
});
