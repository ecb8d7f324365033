import { choiceWords, settingLabel, type Choice, type SettingDef } from '../../catalog/catalog.ts';
import { msg, type Msg, type MsgValue } from '../../catalog/msg.ts';

/**
 * Small pieces the administrator tools' messages are built from (ids in the `admin` catalogs). The tools' pure
 * code says what to tell as `Msg`; the UI puts it into the user's language.
 */

/** Text from a file or from the user (a name, a value), the same in every language. */
export const verbatim = (text: string): Msg => msg('admin.verbatim', { text });

/** A value as a whole message: a message stays itself, text is shown as it is. */
export const asMsg = (v: MsgValue): Msg => (typeof v === 'object' ? v : verbatim(String(v)));

/** Sentences one after the other, as one message. */
export function sentences(items: readonly MsgValue[]): MsgValue {
  if (items.length === 0) return '';
  let head = items[0] as MsgValue;
  for (let i = 1; i < items.length; i++) head = msg('admin.sentences', { head, next: items[i] as MsgValue });
  return head;
}

/** A value quoted in the language’s quotation marks: “200”. */
export const quoted = (value: string): Msg => msg('admin.quoted', { value });

/** A setting's name as the editor's field shows it (“Contrast”), in the settings catalog. */
export const settingName = (def: SettingDef): MsgValue => settingLabel(def);

/** A choice's words as the editor shows them (“On”, “Slow”; a display language as the file writes it). */
export const choiceLabel = (choice: Choice): MsgValue => choiceWords(choice);
