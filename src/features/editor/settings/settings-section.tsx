import { useStore } from '@tanstack/react-form';
import { memo, type Dispatch, type ReactNode } from 'react';
import { SETTINGS, choiceWords, settingHelp, modelHasSetting, settingGroupTitle, settingLabel, type ModelId, type Protocol, type SettingDef, type SettingGroup } from '../../../catalog/catalog.ts';
import { settingKey } from '../../../format/keys.ts';
import { SOURCE_LOCALE } from '../../../i18n/locales.ts';
import { t, tr, tx, useHasWords, useLocale } from '../../../i18n/i18n.ts';
import { settingSchema, firstMessage, trimmedFix, type ValueSource } from '../../../model/schemas.ts';
import type { EditorAction } from '../../../session/open-file.ts';
import type { EditorForm } from '../editor-form.ts';
import { ChoiceInput, TextInput, showsAsNumber } from '../../../shared/form-kit.tsx';
import { MarkBadge } from './mark-badge.tsx';

const GROUPS: readonly SettingGroup[] = ['options', 'parameters', 'colours', 'sip'];
const schemas: Record<ValueSource, Map<string, ReturnType<typeof settingSchema>>> = {
  file: new Map(SETTINGS.map((d) => [d.id, settingSchema(d, 'file')])),
  edited: new Map(SETTINGS.map((d) => [d.id, settingSchema(d, 'edited')])),
};

/** The phone's default in the UI's words (a choice's words, else the value), or null. */
function defaultWords(def: SettingDef): string | null {
  if (def.phoneDefault === undefined) return null;
  // An empty default (FTP Directory Path) is said in words: "(default )" would read as no default at all.
  if (def.phoneDefault === '') return t('settings.defaultEmpty');
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
  savedValue,
  dispatch,
}: {
  form: EditorForm;
  def: SettingDef;
  value: string | undefined;
  lineNo: number | undefined;
  keepEmpty: boolean;
  /** The value as last loaded or saved: the value is quoted as what the file says while it is the same. */
  savedValue: string | undefined;
  dispatch: Dispatch<EditorAction>;
}) {
  const locale = useLocale();
  // Each setting's help is a `guide` word: shown once that area is in (all its words come together).
  const guide = useHasWords('mark.source');
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
      {def.type.kind === 'range' ? <span className="field__bounds">{t('settings.rangeBounds', { min: def.type.min, max: def.type.max })} </span> : null}
      <MarkBadge mark={def.mark} note={def.markNote} />
      {/* What the setting does comes with the `guide` words, just after the form first draws. */}
      {guide ? <span className="field__help">{tr(settingHelp(def))}</span> : null}
    </>
  );
  const source: ValueSource = value === savedValue ? 'file' : 'edited';
  const found = firstMessage(schemas[source].get(def.id) ?? settingSchema(def, source), value);
  const problem = found ? tr(found) : null;
  const common = { id, name: `settings.${def.id}`, label, problem, keepEmpty, description, value, onValue: set };
  const focusField = () => document.getElementById(id)?.focus();
  const hiddenName = <span className="visually-hidden">{name}</span>;
  const trimTo = value !== undefined && problem ? trimmedFix(def, value) : null;
  // A range value a number box cannot show ("abc" from the file) stays a text box, with a way to a valid one.
  const valid = def.type.kind === 'range' && !showsAsNumber(value) && trimTo === null ? (def.phoneDefault ?? String(def.type.min)) : null;
  const fixTo = trimTo ?? valid;
  const fix =
    fixTo !== null ? (
      <button
        type="button"
        className="link-button"
        onClick={() => {
          // A trim is one step of its own in the history: Undo brings the spaces back.
          if (trimTo !== null) dispatch({ type: 'trim-value', key: settingKey(def.id) });
          else set(fixTo);
          focusField();
        }}
      >
        {tx(trimTo !== null ? 'settings.trim' : 'settings.setValid', { value: fixTo }, { name: hiddenName })}
      </button>
    ) : null;
  const reset =
    value !== undefined ? (
      <button
        type="button"
        className="link-button"
        onClick={() => {
          set(undefined);
          // The button goes once the setting is out of the file: the keyboard stays on its field.
          focusField();
        }}
      >
        {/* The setting's name is for screen readers only (the button sits under its field); each language places it. */}
        {tx('settings.reset', {}, { name: hiddenName })}
      </button>
    ) : null;
  const after = fix ? (
    <span className="field__actions">
      {fix}
      {reset}
    </span>
  ) : (
    reset
  );
  switch (def.type.kind) {
    case 'choice':
      return <ChoiceInput {...common} after={after} choices={def.type.choices} notInFileLabel={dflt ? t('settings.notInFileOptionDefault', { value: dflt }) : t('settings.notInFileOption')} />;
    case 'range':
      return <TextInput {...common} after={after} inputMode="numeric" range={def.type} placeholder={dflt ? t('settings.rangePlaceholderDefault', { min: def.type.min, max: def.type.max, value: dflt }) : t('settings.rangePlaceholder', { min: def.type.min, max: def.type.max })} />;
    case 'ipv4':
      return <TextInput {...common} after={after} inputMode="decimal" placeholder={t('settings.ipPlaceholder')} />;
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
  savedSettings,
  dispatch,
}: {
  form: EditorForm;
  model: ModelId;
  protocol: Protocol;
  lineNoByKey: Map<string, number>;
  savedKeys: Set<string>;
  savedSettings: Readonly<Record<string, string | undefined>>;
  dispatch: Dispatch<EditorAction>;
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
                return <SettingField key={def.id} form={form} def={def} value={values[def.id]} lineNo={lineNoByKey.get(key)} keepEmpty={savedKeys.has(key)} savedValue={savedSettings[def.id]} dispatch={dispatch} />;
              })}
            </div>
          </section>
        );
      })}
    </>
  );
});
