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
