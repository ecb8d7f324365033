import { useDeferredValue, useId, useMemo, useState } from 'react';
import { settingById, settingLabel } from '../../catalog/catalog.ts';
import { tr, useT } from '../../i18n/i18n.ts';
import type { Target } from '../../model/problems.ts';
import { findInFiles, hitField, type FindHit } from '../../session/find.ts';
import { fleetRow } from '../../session/fleet.ts';
import type { OpenFile } from '../../session/open-file.ts';
import { Ltr, Own } from '../../shared/bidi.tsx';

/** Hits listed at most: a short text in 5,000 files finds tens of thousands; the count says how many. */
export const FIND_LIMIT = 200;

/**
 * Find across files: a text in labels, numbers or settings' values of every open file, listed as file, field and
 * value; a hit opens its file at its field (the page's goTo, as Problems does).
 */
export function FindPanel({ files, onGoTo }: { readonly files: readonly OpenFile[]; readonly onGoTo: (uid: number, target: Target) => void }) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  // Typing stays quick while 5,000 files are searched behind it.
  const text = useDeferredValue(query);
  const result = useMemo(() => findInFiles(files, text, FIND_LIMIT), [files, text]);
  const byUid = useMemo(() => new Map(files.map((f) => [f.uid, f])), [files]);
  const fieldWords = (hit: FindHit): string => {
    const f = hitField(hit);
    switch (f.kind) {
      case 'setting':
        return tr(settingLabel(settingById(f.id)));
      case 'speedDial':
        return t(f.field === 'label' ? 'speedDial.labelField' : 'speedDial.numberField', { n: f.index });
      case 'featureLabel':
        return t('featureLabels.field', { n: f.index });
      case 'line':
        return f.name.trim() === '' ? t('fleet.find.lineNoName') : t('fleet.find.otherLine', { name: f.name });
    }
  };
  const asked = text.trim() !== '';
  return (
    <section className="fleet-find" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('fleet.find.title')}</h3>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-q`}>{t('fleet.find.field')}</label>
        <input id={`${id}-q`} type="search" className="field__input" autoComplete="off" spellCheck={false} value={query} aria-describedby={`${id}-hint`} onChange={(e) => setQuery(e.target.value)} />
        <p id={`${id}-hint`} className="hint">
          {t('fleet.find.hint')}
        </p>
      </div>
      <p role="status" className="fleet-find__count">
        {!asked ? '' : result.total === 0 ? t('fleet.find.none') : t('fleet.find.count', { total: result.total, files: result.files })}
        {result.total > result.hits.length ? ` ${t('fleet.find.more', { shown: result.hits.length })}` : ''}
      </p>
      {result.hits.length > 0 ? (
        <ul className="fleet-find__hits" aria-labelledby={`${id}-title`}>
          {result.hits.map((hit) => {
            const file = byUid.get(hit.uid);
            return (
              <li key={`${hit.uid}:${hit.lineId}`}>
                <button type="button" className="fleet-find__hit" onClick={() => onGoTo(hit.uid, hit.target)}>
                  <Ltr className="fleet-find__file">{file ? fleetRow(file).name : ''}</Ltr>
                  <span className="fleet-find__field">{fieldWords(hit)}</span>
                  <Own className="fleet-find__value">{hit.value}</Own>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
