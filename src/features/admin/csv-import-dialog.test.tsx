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
