import { memo, useState } from 'react';
import { setLocale, useLocale, useT } from '../i18n/i18n.ts';
import { LOCALES, isLocale } from '../i18n/locales.ts';

/**
 * The UI's language: it starts as the browser's, and a choice made here is remembered. Each language is named in
 * itself (and marked with its own `lang`), so a user who cannot read the current one still finds theirs.
 */
export const LanguageSelect = memo(function LanguageSelect() {
  const t = useT();
  const locale = useLocale();
  const id = 'ui-language';
  const [failed, setFailed] = useState(false);
  // The choice shows at once, while its words load (from the server, the first time).
  const [pending, setPending] = useState<string | null>(null);
  return (
    <div className="language">
      <label htmlFor={id} className="language__label">
        {t('language.label')}
        {/* The space between the two words is outside the English word's own direction: inside it, a right-to-left
            page drew it on the far side of "Language", which then touched the Hebrew word. */}
        {locale === 'en' ? null : (
          <>
            {' '}
            <span className="field__filename" lang="en" dir="ltr">
              Language
            </span>
          </>
        )}
      </label>
      <select
        id={id}
        className="field__input language__select"
        value={pending ?? locale}
        onChange={(e) => {
          const next = e.target.value;
          if (!isLocale(next)) return;
          setPending(next);
          setLocale(next)
            .then(
              () => setFailed(false),
              () => setFailed(true),
            )
            .finally(() => setPending((p) => (p === next ? null : p)));
        }}
      >
        {LOCALES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
      {failed ? (
        <p className="field__error" role="alert">
          {t('language.loadFailed')}
        </p>
      ) : null}
    </div>
  );
});
