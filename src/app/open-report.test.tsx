import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReportWords, OpenReport, refusalWords } from './open-report.tsx';

describe('OpenReport: several 46xxsettings.txt', () => {
  beforeAll(async () => {
    await loadReportWords();
  });

  it('says only the first (the one the restore check takes) was read, and where the others were', () => {
    const settings = [
      { zip: 'ftp.zip', name: '46xxsettings.txt' },
      { zip: 'ftp.zip/old', name: '46xxsettings.txt' },
    ];
    const { container } = render(<OpenReport report={{ refusals: [], renamed: [], settings }} onDismiss={() => {}} />);
    const said = [...container.querySelectorAll('p')].map((p) => p.textContent);
    expect(said).toEqual([
      '“46xxsettings.txt” in “ftp.zip” is the telephones’ settings file, not a backup: it was not opened in the editor, but read for the restore check in Administrator tools.',
      '“46xxsettings.txt” in “ftp.zip/old” is another copy of the telephones’ settings file: it was neither opened nor read. The restore check reads only the one nearest the top of the zip or folder, “ftp.zip/46xxsettings.txt”.',
    ]);
  });
});

describe('OpenReport: names that turn the text around', () => {
  beforeAll(async () => {
    await loadReportWords();
  });

  it('a zip of too many entries is named with its hidden and direction-changing characters as codes', () => {
    const zip = 'backups\u202Epiz.exe';
    const words = refusalWords({ kind: 'zip-too-many', zip, read: 10_000, total: 12_000 });
    expect(words).toContain('backups[U+202E]piz.exe');
    expect(words).not.toContain('\u202E');
  });
});

describe('OpenReport: files past what one open reads', () => {
  beforeAll(async () => {
    await loadReportWords();
  });

  it('says how many more files were not read, the first and the last, and the limit', () => {
    expect(refusalWords({ kind: 'left-too-many', count: 40_000, first: '10000.txt', last: '49999.txt' })).toBe(
      '40,000 more files were not read: 10000.txt … 49999.txt. At most 10,000 files are opened at once (each file in a zip counts); open the rest separately.',
    );
    expect(refusalWords({ kind: 'left-too-many', count: 2, first: 'a.txt', last: 'b.zip' })).toContain('2 more files were not read: a.txt, b.zip.');
  });

  it('says a file past the bytes was not read, in one sentence for several', () => {
    expect(refusalWords({ kind: 'left-over-total', name: 'big.txt' })).toBe('“big.txt” was not read: the files opened together had reached 64 MB.');
    const { container } = render(<OpenReport report={{ refusals: [{ kind: 'left-over-total', name: 'a.txt' }, { kind: 'left-over-total', name: 'b.txt' }], renamed: [], settings: [] }} onDismiss={() => {}} />);
    expect(container.querySelector('p')?.textContent).toBe('2 files were not read: a.txt, b.txt. The files opened at once may be 64 MB at most together; open the rest separately.');
  });

  it('says a file the browser could not read, with what the browser said', () => {
    expect(refusalWords({ kind: 'read-failed', name: '4711_4620data.txt', detail: 'NotFoundError: gone' })).toBe(
      '“4711_4620data.txt” could not be read (NotFoundError: gone). Check that it is still where it was and not locked by another program, then open it again.',
    );
  });
});

describe('OpenReport: folders dropped past what one drop reads', () => {
  beforeAll(async () => {
    await loadReportWords();
  });

  it('says the folder was not read because the drop had already reached its limit, one sentence for several', () => {
    expect(refusalWords({ kind: 'left-folder', folder: 'site b' })).toBe(
      'The folder “site b” was not read: what was dropped before it had already reached what one drop reads (10,000 files, 64 MB in all). Open it separately.',
    );
    const refusals = [{ kind: 'left-folder', folder: 'site b' }, { kind: 'left-folder', folder: 'site c' }] as const;
    const { container } = render(<OpenReport report={{ refusals, renamed: [], settings: [] }} onDismiss={() => {}} />);
    expect(container.querySelector('p')?.textContent).toBe(
      '2 folders were not read: site b, site c. What was dropped before them had already reached what one drop reads (10,000 files, 64 MB in all); open them separately.',
    );
  });
});

