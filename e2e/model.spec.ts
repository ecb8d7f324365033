import { expect, fixture, test } from './fixtures.ts';

/**
 * The settings each model and protocol shows, written out from the spec §4 table (not read from the catalog,
 * so the test is an independent check of it), in the order the page shows them.
 */
const MODELS = ['4610SW', '4620', '4620SW', '4621SW', '4622SW', '4625SW'] as const;
type Model = (typeof MODELS)[number];

function expectedSettings(model: Model, protocol: 'h323' | 'sip'): string[] {
  const family4620 = model !== '4610SW';
  return [
    'Personalized Ring',
    'Redial',
    'Phone Screen on Answer',
    'Phone Screen on Calling',
    'Call Timer',
    'Message Display Rate',
    ...(family4620 && protocol === 'h323' ? ['Call Appearance Width'] : []),
    'Visual Alerting',
    'Call Log Enable',
    'Contrast',
    'Display Language',
    'Ethernet',
    'Automatic Backup',
    'FTP Server IP Address',
    'FTP Directory Path',
    'FTP User Name',
    ...(model === '4625SW'
      ? ['Phone Application Background Color', 'Speed Dial Application Background Color', 'Call Log Application Background Color', 'Options Application Background Color']
      : []),
    ...(protocol === 'sip' ? ['Session Appearance Width', 'Transfer Type'] : []),
  ];
}

/** Feature buttons, numbered as `PHNLABELmm` numbers them: 12 on the 4610SW, and on the 4622SW (its Line/Feature buttons). */
const buttons = (model: Model): number => (model === '4610SW' || model === '4622SW' ? 12 : 24);

test.describe('fields follow the telephone model and protocol', () => {
  for (const model of MODELS) {
    test(`${model}: settings of H.323 and SIP, and its feature buttons`, async ({ editor }) => {
      await editor.openAndWait('4711_4620data.txt', fixture('office.txt'));
      await editor.model.selectOption(model);
      await editor.protocol.selectOption({ label: 'H.323' });
      await expect.poll(() => editor.visibleSettingNames()).toEqual(expectedSettings(model, 'h323'));
      await expect(editor.featureButtons()).toHaveCount(buttons(model));
      await expect(editor.page.getByText(`The ${model} has ${buttons(model)} feature buttons.`, { exact: false })).toBeVisible();

      await editor.protocol.selectOption({ label: 'SIP' });
      await expect.poll(() => editor.visibleSettingNames()).toEqual(expectedSettings(model, 'sip'));
      await expect(editor.featureButtons()).toHaveCount(buttons(model));
      await expect(editor.field('Transfer Type')).toBeVisible();
      await expect(editor.field('Call Appearance Width')).toHaveCount(0);
    });
  }

  test('changing the model never deletes a value: 4625SW colours stay in the file on a 4620', async ({ editor }) => {
    await editor.openAndWait('4711_4620data.txt', fixture('colours.txt'));
    await expect(editor.model).toHaveValue('4625SW');
    await expect(editor.field('Phone Application Background Color')).toHaveValue('3');

    await editor.model.selectOption('4620');
    await expect(editor.field('Phone Application Background Color')).toHaveCount(0);
    await editor.expectOtherLines(['Phone Application Background Color=3', 'Speed Dial Application Background Color=5']);
    await expect(editor.otherLine(5)).toHaveAccessibleDescription('Phone Application Background Color is not a setting of the 4620 with H.323; it stays in the file.');
    await expect(editor.telephone.getByText('You changed this from what the file suggested (4625SW, H.323). Fields follow your choice; nothing is removed from the file.')).toBeVisible();
    await editor.expectDirty(false);

    const saved = await editor.save();
    expect(saved.name).toBe('4711_4620data.txt');
    expect(saved.bytes.equals(fixture('colours.txt'))).toBe(true);

    // Back on a 4625SW the field shows the value again.
    await editor.model.selectOption('4625SW');
    await expect(editor.field('Phone Application Background Color')).toHaveValue('3');
    await expect(editor.field('Speed Dial Application Background Color')).toHaveValue('5');
    await editor.expectOtherLines([]);
  });

  test('changing the model never deletes a value: feature button 20 and Call Appearance Width on a 4610SW', async ({ editor }) => {
    const text = '\r\nPHNLABEL20=Conference\r\nCall Appearance Width=1\r\n';
    await editor.openAndWait('4711_4620data.txt', text);
    await expect(editor.featureButton(20)).toHaveValue('Conference');
    await expect(editor.field('Call Appearance Width')).toHaveValue('1');

    await editor.model.selectOption('4610SW');
    // The 4610SW has no button 20: the change asks first (model-change.spec.ts), and the lines may stay.
    await editor.page.getByRole('dialog', { name: 'Change to the 4610SW?' }).getByRole('button', { name: 'Keep the extra entries as lines' }).click();
    // The 4610SW has 12 buttons: button 20 is no field any more, but its line stays, shown raw with the reason.
    await expect(editor.featureButtons()).toHaveCount(12);
    await editor.expectOtherLines(['PHNLABEL20=Conference', 'Call Appearance Width=1']);
    await expect(editor.otherLine(2)).toHaveAccessibleDescription('Feature button 20 is past the 4610SW’s 12; the phone ignores it. It stays in the file.');
    await expect(editor.problems.getByRole('button', { name: 'Call Appearance Width is only for 4620, 4620SW, 4621SW, 4622SW, 4625SW; the 4610SW (H.323) ignores it. It stays in the file.' })).toBeVisible();

    const saved = await editor.save();
    expect(saved.name).toBe('4711_4610data.txt');
    expect(saved.text).toBe(text);
  });
});

test.describe('the model inferred from the name and the content, with the reason', () => {
  test('colour settings → 4625SW, though the name tells nothing', async ({ editor }) => {
    await editor.openAndWait('backup.txt', fixture('colours.txt'));
    await expect(editor.model).toHaveValue('4625SW');
    await expect(editor.protocol).toHaveValue('h323');
    // The conclusion about the model is shown at once; the full list of reasons on request.
    await expect(editor.telephone.getByRole('paragraph').filter({ hasText: /^4625SW: the file has background colour settings\.$/ })).toBeVisible();
    await editor.telephone.getByText('Why 4625SW and H.323?').click();
    const why = editor.telephone.getByRole('listitem');
    await expect(why).toHaveText([
      'The 4620 family: it has 4625SW background colour settings.',
      '4625SW: the file has background colour settings.',
      'H.323 is assumed: nothing in the name or content tells the protocol.',
    ]);
  });

  test('the name tells the family, the protocol and the extension', async ({ editor }) => {
    await editor.openAndWait('4001_4610data_sip.txt', fixture('speed-dials.txt'));
    await expect(editor.model).toHaveValue('4610SW');
    await expect(editor.protocol).toHaveValue('sip');
    await expect(editor.extension).toHaveValue('4001');
    await editor.telephone.getByText('Why 4610SW and SIP?').click();
    await expect(editor.telephone.getByRole('listitem')).toHaveText(['The file name says the 4610 family.', 'SIP: the name ends in _sip.']);
  });

  test('SIP-only settings tell the protocol; Cyrillic labels rule out the 4620', async ({ editor }) => {
    await editor.openAndWait('backup.txt', '\r\nABKNAME001=Помощь\r\nABKNUMBER001=200\r\nTransfer Type=1\r\n');
    await expect(editor.model).toHaveValue('4620SW');
    await expect(editor.protocol).toHaveValue('sip');
    await expect(editor.telephone.getByRole('paragraph').filter({ hasText: /^4620SW: labels use a script the 4620 cannot show; change it if yours differs\.$/ })).toBeVisible();
    await editor.telephone.getByText('Why 4620SW and SIP?').click();
    await expect(editor.telephone.getByRole('listitem').filter({ hasText: 'SIP: it has Transfer Type, which only SIP phones have.' })).toBeVisible();
  });

  test('a name and content that disagree are pointed out', async ({ editor }) => {
    await editor.openAndWait('4001_4610data.txt', fixture('colours.txt'));
    await expect(editor.model).toHaveValue('4610SW');
    await expect(editor.telephone.getByText('The name says 4610, but it has 4625SW background colour settings.')).toBeVisible();
  });
});
