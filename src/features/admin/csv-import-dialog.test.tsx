import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../../format/text-codec.ts';
import { openBytes, type OpenFile } from '../../session/open-file.ts';
import { loadAdminWords } from './admin-panel.tsx';
import { CsvImportDialog } from './csv-import-dialog.tsx';

function open(text: string): OpenFile {
  const opened = openBytes(encodeUtf8(text), '4711_4620data.txt', null);
  if (!opened.ok) throw new Error('the fixture does not open');
  return { ...opened.value, uid: 1 };
}

describe('the CSV import preview', () => {
  beforeAll(async () => {
    await loadAdminWords();
  });

  it('warns, with a count, when the import would add copies of speed dials the file has', async () => {
    const file = open('\r\nABKNAME001=Reception\r\nABKNUMBER001=200\r\nABKNAME002=Helpdesk\r\nABKNUMBER002=4411\r\n');
    render(<CsvImportDialog file={file} onClose={() => {}} dispatch={() => {}} onStatus={() => {}} />);
    const csv = new File(['Label,Number\r\nReception,200\r\nHelpdesk,4411\r\n'], 'speed-dials.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('CSV file'), csv);
    expect(await screen.findByText(/2 rows repeat speed dials already in the file \(the same label and number\): importing adds copies\. To import only what is new or changed, choose “Update by label”\./)).toBeTruthy();
    await userEvent.click(screen.getByLabelText(/^Update by label/));
    expect(screen.queryByText(/repeat speed dials/)).toBeNull();
  });

  it('names the columns it does not import, and a Position column it does not use', async () => {
    render(<CsvImportDialog file={open('\r\n')} onClose={() => {}} dispatch={() => {}} onStatus={() => {}} />);
    const csv = new File(['Position,Label,Number,Notes\r\n5,A,200,VIP\r\n'], 'speed-dials.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('CSV file'), csv);
    expect(await screen.findByText('Not imported: Column 4: Notes. Only the label column and the number column are imported.')).toBeTruthy();
    expect(screen.getByText(/^Column 1 \(Position\) is not used/)).toBeTruthy();
  });
});

describe('the CSV import and a file far larger than a speed dial list', () => {
  beforeAll(async () => {
    await loadAdminWords();
  });

  it('lists the first 200 rows and counts the rest, rather than draw a table of a whole phone book', async () => {
    render(<CsvImportDialog file={open('\r\n')} onClose={() => {}} dispatch={() => {}} onStatus={() => {}} />);
    const rows = Array.from({ length: 20_000 }, (_, i) => `Person ${i},${1000 + i}`).join('\r\n');
    await userEvent.upload(screen.getByLabelText('CSV file'), new File([`Label,Number\r\n${rows}\r\n`], 'phone-book.csv', { type: 'text/csv' }));
    expect(await screen.findByText('Only the first 200 rows are listed; 19,800 more rows are counted above but not listed.', undefined, { timeout: 15_000 })).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(201);
    // The counts are of every row: the 4620's 108 speed dials added, the rest refused.
    expect(screen.getByText(/108 .*added/)).toBeTruthy();
  });

  it('refuses a file of more columns than any speed dial list has, naming the count', async () => {
    render(<CsvImportDialog file={open('\r\n')} onClose={() => {}} dispatch={() => {}} onStatus={() => {}} />);
    const wide = `${Array.from({ length: 5_000 }, (_, i) => `c${i}`).join(',')}\r\n`;
    await userEvent.upload(screen.getByLabelText('CSV file'), new File([wide], 'wide\u202Evsc.csv', { type: 'text/csv' }));
    const said = await screen.findByText(/The file has 5,000 columns, far more than a speed dial list \(at most 100 are read\)/);
    expect(said.textContent).toContain('wide[U+202E]vsc.csv');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
