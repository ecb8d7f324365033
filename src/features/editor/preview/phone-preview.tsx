import { memo, useState } from 'react';
import { FEATURE_LABEL, MODELS, PALETTE_RGB, SPEED_DIAL, listCapacity, paletteColour, type ModelId } from '../../../catalog/catalog.ts';
import { useT } from '../../../i18n/i18n.ts';
import type { FormValues } from '../../../model/values.ts';
import { LabelPreview } from './label-preview.tsx';

const ROWS = 6;
type Screen = 'speedDial' | 'features';

/**
 * The telephone's screen as the user edits: the speed dial list and the feature button labels laid out
 * two columns of six a page, as on the 4610/4620 family displays ([assumed] layout). Greyscale LCD for
 * every model but the 4625SW, which draws in colour with its chosen application background colours.
 */
export const PhonePreview = memo(function PhonePreview({ values, model }: { values: FormValues; model: ModelId }) {
  const t = useT();
  const [screen, setScreen] = useState<Screen>('speedDial');
  const [page, setPage] = useState(0);
  const colour = MODELS[model].colour;
  const entries =
    screen === 'speedDial'
      ? values.speedDials.slice(0, listCapacity(SPEED_DIAL, model)).map((e) => e.label ?? '')
      : values.featureLabels.slice(0, listCapacity(FEATURE_LABEL, model)).map((e) => e.label ?? '');
  const perPage = ROWS * 2;
  const pages = Math.max(1, Math.ceil(entries.length / perPage));
  const current = Math.min(page, pages - 1);
  const shown = entries.slice(current * perPage, current * perPage + perPage);
  const background = colour ? paletteColour(screen === 'speedDial' ? values.settings.speedDialBackground : values.settings.phoneBackground) ?? PALETTE_RGB[0] : undefined;
  const title = screen === 'speedDial' ? t('preview.screenSpeedDial') : t('preview.screenFeatures');
  const limit = screen === 'speedDial' ? SPEED_DIAL.labelMax : FEATURE_LABEL.labelMax;

  return (
    <section className="card phone-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('preview.title', { model })}</h2>
      <div className="phone-preview__tabs" role="group" aria-label={t('preview.screen')}>
        {(['speedDial', 'features'] as const).map((s) => (
          <button
            key={s}
            type="button"
            className={`button ${screen === s ? 'button--primary' : ''}`}
            aria-pressed={screen === s}
            onClick={() => {
              setScreen(s);
              setPage(0);
            }}
          >
            {s === 'speedDial' ? t('preview.tabSpeedDials') : t('preview.tabFeatureLabels')}
          </button>
        ))}
      </div>
      <div className={`phone-screen ${colour ? 'phone-screen--colour' : 'phone-screen--mono'}`} style={background ? { backgroundColor: background } : undefined} data-testid="phone-screen">
        <div className="phone-screen__title">
          <span>{title}</span>
          <span>
            {current + 1}/{pages}
          </span>
        </div>
        <ol className="phone-screen__grid" start={current * perPage + 1}>
          {shown.map((text, i) => (
            <li key={current * perPage + i} className="phone-screen__cell">
              {text === '' ? <span className="phone-screen__blank">{screen === 'speedDial' ? t('preview.empty') : ''}</span> : <LabelPreview text={text} model={model} limit={limit} />}
            </li>
          ))}
        </ol>
      </div>
      {pages > 1 ? (
        <div className="phone-preview__pager">
          <button type="button" className="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('preview.previousPage')}
          </button>
          <button type="button" className="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t('preview.nextPage')}
          </button>
        </div>
      ) : null}
      <p className="hint">{t('preview.hint', { model, limit })}</p>
    </section>
  );
});
