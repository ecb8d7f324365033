import { memo } from 'react';
import { SETTING_GROUP_TITLES, SETTINGS, modelHasSetting, type ModelId, type Protocol, type SettingDef, type SettingGroup } from '../../catalog/catalog.ts';
import { settingKey } from '../../format/keys.ts';
import { settingSchema, firstMessage } from '../../model/schemas.ts';
import type { EditorForm } from '../editor/editor-form.ts';
import { MarkBadge } from './mark-badge.tsx';

const GROUPS: readonly SettingGroup[] = ['options', 'parameters', 'colours', 'sip'];
const schemas = new Map(SETTINGS.map((d) => [d.id, settingSchema(d)]));

function defaultWords(def: SettingDef): string | null {
  if (def.phoneDefault === undefined) return null;
  if (def.type.kind === 'choice') {
    const c = def.type.choices.find((x) => x.value === def.phoneDefault);
    return c ? c.label : def.phoneDefault;
  }
  return def.phoneDefault;
}

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
  return (
    <>
      {GROUPS.map((group) => {
        const defs = SETTINGS.filter((d) => d.group === group && modelHasSetting(d, model, protocol));
        if (defs.length === 0) return null;
        return (
          <section key={group} className="card" aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{SETTING_GROUP_TITLES[group]}</h2>
            <div className="settings-grid">
              {defs.map((def) => {
                const key = settingKey(def.id);
                const id = `setting-${def.id}`;
                const dflt = defaultWords(def);
                return (
                  <form.AppField key={def.id} name={`settings.${def.id}`}>
                    {(field) => {
                      const value = field.state.value;
                      const lineNo = lineNoByKey.get(key);
                      const description = (
                        <>
                          {value === undefined ? (
                            <span className="status status--default">Not in the file{dflt ? `: the phone uses its own value (default ${dflt})` : ': the phone keeps its own value'}.</span>
                          ) : (
                            <span className="status status--in-file">In the file{lineNo ? `, line ${lineNo}` : ''}.</span>
                          )}{' '}
                          <MarkBadge mark={def.mark} note={def.markNote} />
                        </>
                      );
                      const problem = firstMessage(schemas.get(def.id) ?? settingSchema(def), value);
                      const common = { id, label: def.name, problem, keepEmpty: savedKeys.has(key), description };
                      const reset =
                        value !== undefined ? (
                          <button type="button" className="link-button" onClick={() => field.handleChange(undefined)}>
                            Reset<span className="visually-hidden"> {def.name}</span> to not in the file
                          </button>
                        ) : null;
                      switch (def.type.kind) {
                        case 'choice':
                          return <field.ChoiceField {...common} after={reset} choices={def.type.choices} notInFileLabel={`Not in the file${dflt ? ` (phone default: ${dflt})` : ''}`} />;
                        case 'range':
                          return <field.TextField {...common} after={reset} inputMode="numeric" range={def.type} placeholder={`${def.type.min}–${def.type.max}${dflt ? `, default ${dflt}` : ''}`} />;
                        case 'ipv4':
                          return <field.TextField {...common} after={reset} inputMode="decimal" placeholder="e.g. 192.168.10.5" />;
                        case 'text':
                          return <field.TextField {...common} after={reset} placeholder={`up to ${def.type.maxLength} characters`} />;
                      }
                    }}
                  </form.AppField>
                );
              })}
            </div>
          </section>
        );
      })}
    </>
  );
});
