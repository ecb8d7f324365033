import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelId } from '../../../catalog/catalog.ts';
import { parseText } from '../../../format/document.ts';
import { setLocale, t } from '../../../i18n/i18n.ts';
import { otherLines } from '../../../model/other-lines.ts';
import type { FormValues } from '../../../model/values.ts';
import { RestoreNote } from '../restore-note.tsx';
import { FormSubscribe, useEditorForm } from '../editor-form.ts';
import { FeatureLabelsSection } from '../feature-labels/feature-labels-section.tsx';
import { OtherLinesSection } from '../other-lines/other-lines-section.tsx';
import { PhonePreview } from '../preview/phone-preview.tsx';
import { ProblemsPanel } from '../problems/problems-panel.tsx';
import { SpeedDialSection } from './speed-dial-section.tsx';

const values: FormValues = {
  settings: {},
  speedDials: [
    { label: 'Mailbox', number: '8000' },
    { label: 'Empfang', number: '0' },
  ],
  featureLabels: [],
};

function Editing({ model = '4620SW' }: { model?: ModelId }) {
  const form = useEditorForm(values);
  return (
    <>
      <FormSubscribe form={form} selector={(s) => s.values}>{(v) => <PhonePreview values={v} model={model} />}</FormSubscribe>
      <SpeedDialSection form={form} model={model} />
      <FeatureLabelsSection form={form} model={model} savedKeys={new Set()} />
      <ProblemsPanel problems={[]} dispatch={() => undefined} />
      <RestoreNote />
    </>
  );
}

const speedDials = () => screen.getByRole('region', { name: new RegExp(`^${t('list.speedDial.title')}`) });
const headers = (table: HTMLElement) => within(table).getAllByRole('columnheader').map((h) => h.textContent);

describe('the editing panels in other languages', () => {
  afterEach(async () => {
    await act(() => setLocale('en', false));
  });

  it('English: the names tests and users know', () => {
    render(<Editing />);
    const table = within(speedDials()).getByRole('table');
    expect(headers(table)).toEqual(['#', 'Label', 'On the phone', 'Number', 'Actions']);
    expect(screen.getByLabelText<HTMLInputElement>('Speed dial 1 label').value).toBe('Mailbox');
    expect(screen.getByText(/^2 of 108 entries on the 4620SW\. Labels hold 13 characters;/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove speed dial 2' })).toBeTruthy();
    expect(screen.getByText('No problems found.')).toBeTruthy();
  });

  it('German: headings, field labels, buttons and counts; the labels themselves stay as typed', async () => {
    await setLocale('de', false);
    render(<Editing />);
    const section = speedDials();
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('Kurzwahlen');
    expect(headers(within(section).getByRole('table'))).toEqual(['Nr.', 'Beschriftung', 'Auf dem Telefon', 'Rufnummer', 'Aktionen']);
    expect(screen.getByLabelText<HTMLInputElement>('Kurzwahl 1: Beschriftung').value).toBe('Mailbox');
    expect(screen.getByLabelText<HTMLInputElement>('Kurzwahl 2: Rufnummer').value).toBe('0');
    expect(screen.getByText(/^2 von 108 Einträgen auf dem 4620SW\. Beschriftungen fassen 13 Zeichen;/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kurzwahl 1 nach oben verschieben' })).toHaveProperty('title', 'Nach oben (Alt+↑)');
    expect(screen.getByRole('button', { name: 'Kurzwahl hinzufügen' })).toBeTruthy();
    expect(screen.getByLabelText('Funktionstaste 24: Beschriftung')).toBeTruthy();
    expect(screen.getByText(/^Das 4620SW hat 24 Funktionstasten\./)).toBeTruthy();
    expect(screen.getByText('Keine Probleme gefunden.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Diesen Hinweis ausblenden' })).toBeTruthy();
    // The phone's screen: its own words translated, the user's label as typed.
    const preview = screen.getByRole('region', { name: 'Auf dem 4620SW' });
    expect(within(preview).getByRole('button', { name: 'Funktionstasten' })).toBeTruthy();
    expect(within(screen.getByTestId('phone-screen')).getByText('Kurzwahl')).toBeTruthy();
    expect(screen.getByTestId('phone-screen').textContent).toContain('Mailbox');
  });

  it('switching the language redraws the rows in place', async () => {
    render(<Editing />);
    expect(screen.getByLabelText('Speed dial 2 number')).toBeTruthy();
    await act(() => setLocale('fr', false));
    expect(screen.getByLabelText<HTMLInputElement>('Numéro abrégé 2 : numéro').value).toBe('0');
    expect(screen.getByRole('button', { name: 'Supprimer le numéro abrégé 2' })).toBeTruthy();
    expect(screen.queryByLabelText('Speed dial 2 number')).toBeNull();
  });

  it('Hebrew: the same structure, right to left', async () => {
    await setLocale('he', false);
    render(<Editing />);
    expect(document.documentElement.dir).toBe('rtl');
    const section = speedDials();
    const table = within(section).getByRole('table');
    expect(headers(table)).toHaveLength(5);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(headers(table)[1]).toBe('תווית');
    expect(screen.getByLabelText<HTMLInputElement>('חיוג מקוצר 2: תווית').value).toBe('Empfang');
    expect(within(section).getAllByRole('button', { name: /^הסרת חיוג מקוצר \d$/ })).toHaveLength(2);
    expect(screen.getByTestId('phone-screen').textContent).toContain('Empfang');
  });

  it('Other lines: the file’s text as it is, the controls around it translated', async () => {
    const doc = parseText('\r\n# note\r\nMystery=1\r\n');
    const lines = otherLines(doc, '4620SW', 'h323');
    const lineNoById = new Map(doc.lines.map((l, i) => [l.id, i + 1]));
    const { unmount } = render(<OtherLinesSection lines={lines} lineNoById={lineNoById} dispatch={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Remove line 3' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove line 2' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Line 2').value).toBe('# note');
    unmount();
    await setLocale('de', false);
    render(<OtherLinesSection lines={lines} lineNoById={lineNoById} dispatch={() => undefined} />);
    expect(screen.getByRole('region', { name: 'Weitere Zeilen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Entfernen (Zeile 3)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Weitere Zeilen' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Zeile 3').value).toBe('Mystery=1');
  });

  it('counts agree with their number in Russian and Hebrew', async () => {
    await setLocale('ru', false);
    expect(t('problemsPanel.counts', { errors: 1, warnings: 3, notes: 5 })).toBe('1 ошибка, 3 предупреждения, 5 замечаний.');
    expect(t('fileList.errorsAndWarnings', { errors: 21, warnings: 12 })).toBe('21 ошибка, 12 предупреждений');
    const ru = new Intl.NumberFormat('ru');
    expect(t('otherLines.showMore', { count: 1000, hidden: 1102 })).toBe(`Показать ещё ${ru.format(1000)} из ${ru.format(1102)} скрытых строк`);
    await setLocale('he', false);
    expect(t('problemsPanel.counts', { errors: 1, warnings: 2, notes: 0 })).toBe('שגיאה אחת, 2 אזהרות, 0 הערות.');
    await setLocale('en', false);
    expect(t('problemsPanel.counts', { errors: 1, warnings: 2, notes: 0 })).toBe('1 error, 2 warnings, 0 notes.');
  });
});

describe('a key in a speed dial', () => {
  it('draws its own input and preview again, not the other inputs of the table', () => {
    render(<Editing />);
    const label = screen.getByLabelText<HTMLInputElement>('Speed dial 1 label');
    const others = ['Speed dial 1 number', 'Speed dial 2 label', 'Speed dial 2 number'].map((name) => screen.getByLabelText<HTMLInputElement>(name));
    // React sets an input's name and type again each time it draws it: any attribute written is a redraw.
    const watch = new MutationObserver(() => undefined);
    for (const input of others) watch.observe(input, { attributes: true });
    fireEvent.change(label, { target: { value: 'Mailboxes' } });
    const touched = watch.takeRecords().map((r) => `${(r.target as HTMLInputElement).id} ${r.attributeName}`);
    watch.disconnect();
    expect(label.value).toBe('Mailboxes');
    expect(within(speedDials()).getAllByText('Mailboxes').length).toBeGreaterThan(0);
    expect(touched).toEqual([]);
  });
});

function Rows({ dials }: { readonly dials: FormValues['speedDials'] }) {
  const form = useEditorForm({ settings: {}, speedDials: dials, featureLabels: [] });
  return <SpeedDialSection form={form} model="4620SW" />;
}
/** What is said under speed dial n's number, if anything. */
const note = (n: number) => document.getElementById(`speedDial-${n}-number-err`);

describe('a speed dial’s number says what Problems says of it', () => {
  it('a label with no number (none, or an empty one) is the warning Problems gives, under the number; a number the phone refuses is an error', () => {
    render(
      <Rows
        dials={[
          { label: 'Mailbox', number: undefined },
          { label: 'Desk', number: '' },
          { label: 'Lab', number: '12a' },
          { label: undefined, number: undefined },
          { label: '', number: '' },
          { label: 'Fine', number: '200' },
        ]}
      />,
    );
    expect(note(1)?.textContent).toBe('Speed dial 1 (“Mailbox”) has no number: pressing it dials nothing.');
    expect(note(1)?.className).toBe('field__warning');
    expect(screen.getByLabelText('Speed dial 1 number').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText('Speed dial 1 number').getAttribute('aria-describedby')).toBe('speedDial-1-number-err');
    expect(note(2)?.textContent).toBe('Speed dial 2 (“Desk”) has no number: pressing it dials nothing.');
    expect(note(3)?.className).toBe('field__error');
    expect(screen.getByLabelText('Speed dial 3 number').getAttribute('aria-invalid')).toBe('true');
    for (const n of [4, 5, 6]) expect(note(n)).toBeNull();
  });
});

describe('Other lines: a name with characters that do not show', () => {
  it('says so under the line, with their codes, as part of the line’s description', () => {
    const doc = parseText('\r\nRedial\u200b=1\r\n');
    const lineNoById = new Map(doc.lines.map((l, i) => [l.id, i + 1]));
    render(<OtherLinesSection lines={otherLines(doc, '4620SW', 'h323')} lineNoById={lineNoById} dispatch={() => undefined} />);
    const line = screen.getByLabelText<HTMLInputElement>('Line 2');
    expect(line.value).toBe('Redial\u200b=1');
    expect(document.getElementById(line.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'A name the editor does not know; the phone ignores names it does not know. Its name holds characters that do not show, written here as their codes: Redial[U+200B].',
    );
  });
});
