import { useStore } from '@tanstack/react-form';
import { memo, type ReactNode } from 'react';
import { SETTINGS, choiceWords, settingHelp, modelHasSetting, settingGroupTitle, settingLabel, type ModelId, type Protocol, type SettingDef, type SettingGroup } from '../../../catalog/catalog.ts';
import { settingKey } from '../../../format/keys.ts';
import { SOURCE_LOCALE } from '../../../i18n/locales.ts';
import { t, tr, tx, useLocale } from '../../../i18n/i18n.ts';
import { settingSchema, firstMessage } from '../../../model/schemas.ts';
import type { EditorForm } from '../editor-form.ts';
import { ChoiceInput, TextInput } from '../../../shared/form-kit.tsx';
import { MarkBadge } from './mark-badge.tsx';

const GROUPS: readonly SettingGroup[] = ['options', 'parameters', 'colours', 'sip'];
const schemas = new Map(SETTINGS.map((d) => [d.id, settingSchema(d)]));

/** The phone's default in the UI's words (a choice's words, else the value), or null. */
function defaultWords(def: SettingDef): string | null {
  if (def.phoneDefault === undefined) return null;
  if (def.type.kind === 'choice') {
    const c = def.type.choices.find((x) => x.value === def.phoneDefault);
    if (!c) return def.phoneDefault;
    const words = choiceWords(c);
    return typeof words === 'string' ? words : tr(words);
  }
  return def.phoneDefault;
}

/** One setting's field, with what the file says of it; drawn again only when its own value (or line) changes. */
const SettingField = memo(function SettingField({
  form,
  def,
  value,
  lineNo,
  keepEmpty,
}: {
  form: EditorForm;
  def: SettingDef;
  value: string | undefined;
  lineNo: number | undefined;
  keepEmpty: boolean;
}) {
  const locale = useLocale();
  const id = `setting-${def.id}`;
  const set = (next: string | undefined) => form.setFieldValue(`settings.${def.id}`, next);
  const dflt = defaultWords(def);
  const name = tr(settingLabel(def));
  // In another language the label also gives the name the file uses, in small type.
  const label: ReactNode =
    locale === SOURCE_LOCALE || name === def.name ? (
      name
    ) : (
      <>
        {name}{' '}
        <span className="field__filename" lang="en" dir="ltr">
          {def.name}
        </span>
      </>
    );
  const description = (
    <>
      {value === undefined ? (
        <span className="status status--default">{dflt ? t('settings.notInFileDefault', { value: dflt }) : t('settings.notInFile')}</span>
      ) : (
        <span className="status status--in-file">{lineNo ? t('settings.inFileLine', { line: lineNo }) : t('settings.inFile')}</span>
      )}{' '}
      <MarkBadge mark={def.mark} note={def.markNote} />
      <span className="field__help">{tr(settingHelp(def))}</span>
    </>
  );
  const found = firstMessage(schemas.get(def.id) ?? settingSchema(def), value);
  const problem = found ? tr(found) : null;
  const common = { id, name: `settings.${def.id}`, label, problem, keepEmpty, description, value, onValue: set };
  const reset =
    value !== undefined ? (
      <button
        type="button"
        className="link-button"
        onClick={() => {
          set(undefined);
          // The button goes once the setting is out of the file: the keyboard stays on its field.
          document.getElementById(id)?.focus();
        }}
      >
        {/* The setting's name is for screen readers only (the button sits under its field); each language places it. */}
        {tx('settings.reset', {}, { name: <span className="visually-hidden">{name}</span> })}
      </button>
    ) : null;
  switch (def.type.kind) {
    case 'choice':
      return <ChoiceInput {...common} after={reset} choices={def.type.choices} notInFileLabel={dflt ? t('settings.notInFileOptionDefault', { value: dflt }) : t('settings.notInFileOption')} />;
    case 'range':
      return <TextInput {...common} after={reset} inputMode="numeric" range={def.type} placeholder={dflt ? t('settings.rangePlaceholderDefault', { min: def.type.min, max: def.type.max, value: dflt }) : t('settings.rangePlaceholder', { min: def.type.min, max: def.type.max })} />;
    case 'ipv4':
      return <TextInput {...common} after={reset} inputMode="decimal" placeholder={t('settings.ipPlaceholder')} />;
    case 'text':
      return <TextInput {...common} after={reset} placeholder={t('settings.textPlaceholder', { max: def.type.maxLength })} />;
  }
});

export const SettingsSection = memo(function SettingsSection({
  form,
  model,
  protocol,
  lineNoByKey,
  savedKeys,
}: {
  form: EditorForm;
  model: ModelId;
  protocol: Protocol;
  lineNoByKey: Map<string, number>;
  savedKeys: Set<string>;
}) {
  useLocale(); // the group titles follow the language
  // Read once for every group: a key press elsewhere in the form does not draw the settings again.
  const values = useStore(form.store, (st) => st.values.settings);
  return (
    <>
      {GROUPS.map((group) => {
        const defs = SETTINGS.filter((d) => d.group === group && modelHasSetting(d, model, protocol));
        if (defs.length === 0) return null;
        return (
          <section key={group} className="card" aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{tr(settingGroupTitle(group))}</h2>
            <div className="settings-grid">
              {defs.map((def) => {
                const key = settingKey(def.id);
                return <SettingField key={def.id} form={form} def={def} value={values[def.id]} lineNo={lineNoByKey.get(key)} keepEmpty={savedKeys.has(key)} />;
              })}
            </div>
          </section>
        );
      })}
    </>
  );
});
