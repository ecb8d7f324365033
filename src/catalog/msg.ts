/**
 * A message for the user, as pure code says it: an id in the UI's message catalogs (src/i18n/catalogs) and the
 * values it names. Pure code decides what to tell; the UI says it in the user's language. A value may itself be
 * a message (a choice's words, say), which is put into words first.
 */
export interface Msg {
  readonly id: string;
  readonly values?: Readonly<Record<string, MsgValue>>;
}
export type MsgValue = string | number | Msg;

export function msg(id: string, values?: Readonly<Record<string, MsgValue>>): Msg {
  return values ? { id, values } : { id };
}
