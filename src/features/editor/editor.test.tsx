import { act, screen } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from '../../format/test-fixtures.ts';
import { t } from '../../i18n/i18n.ts';
import { valuesOf } from '../../model/values.ts';
import { FIRST_ROWS } from '../speed-dial/speed-dial-section.tsx';
import { openBytes, type OpenFile } from './editor-state.ts';
import { Editor } from './editor.tsx';

const full = (): OpenFile => {
  const opened = openBytes(fixture('full-4620.txt'), '4711_4620data.txt', null);
  if (!opened.ok) throw new Error('the fixture should open');
  return opened.value;
};

describe('opening a file draws the first screen first', () => {
  let unmount: (() => void) | undefined;
  afterEach(() => unmount?.());

  it('the first render holds the telephone and the first speed dials; the next one, every field', async () => {
    const file = full();
    expect(valuesOf(file.doc, file.model).speedDials).toHaveLength(108);
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    unmount = () => act(() => root.unmount());
    // Outside act(), so the render React defers to after the first frame is not run at once, as in a browser.
    const actEnvironment = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    try {
      flushSync(() => root.render(<Editor file={file} dispatch={() => undefined} />));
      expect(screen.getByLabelText(t('phone.model'))).toBeTruthy();
      expect(screen.getByLabelText(t('speedDial.labelField', { n: FIRST_ROWS }))).toBeTruthy();
      expect(screen.queryByLabelText(t('speedDial.labelField', { n: FIRST_ROWS + 1 }))).toBeNull();
      expect(document.getElementById('other-title')).toBeNull();
      expect(document.getElementById('featureLabel-1-label')).toBeNull();
      // The list's own words already count every entry, drawn or not.
      expect(screen.getByText(new RegExp(`^108 of 108 `))).toBeTruthy();

      // (By id while waiting: finding a field by its label in 2,600 elements is slow in jsdom.)
      for (let waited = 0; !document.getElementById('speedDial-108-label') && waited < 5000; waited += 10) await new Promise((done) => setTimeout(done, 10));
      expect(document.querySelector('label[for="speedDial-108-label"]')?.textContent).toBe(t('speedDial.labelField', { n: 108 }));
      expect(document.getElementById('other-title')?.textContent).toBe(t('otherLines.title'));
      expect(document.querySelector('label[for="featureLabel-24-label"]')?.textContent).toBe(t('featureLabels.field', { n: 24 }));
    } finally {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    }
  });
});
