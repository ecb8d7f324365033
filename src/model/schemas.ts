// zod/mini: the same checks as classic zod at a fraction of the bundle (the classic API cannot be tree-shaken).
import * as z from 'zod/mini';
import { DIAL_CHARS, choiceWords, settingLabel, type ListDef, type SettingDef } from '../catalog/catalog.ts';
import { msg, type Msg, type MsgValue } from '../catalog/msg.ts';
import { listMsg } from '../catalog/msg-list.ts';

// zod otherwise probes `new Function`, which the page's Content-Security-Policy (no 'unsafe-eval') forbids.
z.config({ jitless: true });

/**
 * zod schemas for the typed values, derived from the catalog. Values are strings exactly as in the file
 * (undefined = not in the file), so an odd value is shown as it is; the schema only says why it will not work.
 */

/**
 * Where a value comes from, for the words that quote it: the file as loaded or last saved ("this file says “0”"),
 * or a change made in the editor since ("you entered “0”").
 */
export type ValueSource = 'file' | 'edited';

const show = (v: string, source: ValueSource): Msg => (v === '' ? msg('schema.isEmpty') : msg(source === 'file' ? 'schema.fileSays' : 'schema.youEntered', { value: v }));
const countChars = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

function describeChoices(def: SettingDef): MsgValue {
  if (def.type.kind !== 'choice') return '';
  return listMsg(
    def.type.choices.map((c) => (c.value === c.label ? c.value : msg('schema.choice', { value: c.value, label: choiceWords(c) }))),
    'comma',
  );
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Why a value will not work on the phone, or null when it will. */
export function settingProblem(def: SettingDef, value: string, source: ValueSource = 'file'): Msg | null {
  const t = def.type;
  // Worded only for a value that will not work: a file's open checks every setting, nearly all of them good.
  const setting = (): Msg => settingLabel(def);
  const shown = (): Msg => show(value, source);
  switch (t.kind) {
    case 'choice': {
      if (t.choices.some((c) => c.value === value)) return null;
      const loose = t.choices.find((c) => c.value.toLowerCase() === value.trim().toLowerCase());
      if (loose) return msg('schema.choiceExactly', { setting: setting(), expected: loose.value, shown: shown() });
      return msg('schema.choiceOneOf', { setting: setting(), choices: describeChoices(def), shown: shown() });
    }
    case 'range':
      if (inRange(t, value)) return null;
      if (value.trim() !== value && inRange(t, value.trim())) return msg('schema.spacesAround', { setting: setting(), shown: shown() });
      return msg('schema.range', { setting: setting(), min: t.min, max: t.max, shown: shown() });
    case 'text': {
      const n = countChars(value);
      return n <= t.maxLength ? null : msg('schema.textTooLong', { setting: setting(), max: t.maxLength, count: n });
    }
    case 'ipv4':
      if (IPV4.test(value)) return null;
      if (value.trim() !== value && IPV4.test(value.trim())) return msg('schema.spacesAround', { setting: setting(), shown: shown() });
      return msg('schema.ipv4', { setting: setting(), shown: shown() });
  }
}

const inRange = (t: { readonly min: number; readonly max: number }, value: string): boolean => /^\d+$/.test(value) && Number(value) >= t.min && Number(value) <= t.max;

/** `value` without the spaces around it, when they are all that makes `problem` refuse it; else null. */
function trimmedIf(problem: (value: string) => Msg | null, value: string): string | null {
  const trimmed = value.trim();
  return trimmed !== value && trimmed !== '' && problem(value) !== null && problem(trimmed) === null ? trimmed : null;
}

/**
 * The value without the spaces around it, when that is all that keeps it from working (" 7 " for Contrast):
 * what a one-click "Trim" offers. Null when the value works already, or trimming would not make it work. Free
 * text is kept exactly, spaces included: they may be meant.
 */
export const trimmedFix = (def: SettingDef, value: string): string | null => (def.type.kind === 'text' ? null : trimmedIf((v) => settingProblem(def, v), value));

/** A speed dial number without the spaces around it, when they are all that is wrong with it (see trimmedFix). */
export const trimmedNumberFix = (list: ListDef, index: number, value: string): string | null => trimmedIf((v) => numberProblem(list, index, v), value);

/**
 * An optional string whose only check is `problem`. zod's messages are strings, so the Msg travels in the
 * issue's `params` (the message is its id, for logs) and `firstMessage` takes it back out.
 */
function checkedString(problem: (value: string) => Msg | null) {
  return z.optional(
    z.string().check(
      z.superRefine((value, ctx) => {
        const m = problem(value);
        if (m) ctx.addIssue({ code: 'custom', message: m.id, input: value, params: { msg: m } });
      }),
    ),
  );
}

export function settingSchema(def: SettingDef, source: ValueSource = 'file') {
  return checkedString((value) => settingProblem(def, value, source));
}

export function labelProblem(list: ListDef, index: number, value: string): Msg | null {
  const n = countChars(value);
  const id = list.id === 'speedDial' ? 'schema.speedDialLabelTooLong' : 'schema.featureLabelTooLong';
  return n <= list.labelMax ? null : msg(id, { index, count: n, max: list.labelMax, over: n - list.labelMax });
}

export function numberProblem(list: ListDef, index: number, value: string): Msg | null {
  const max = list.numberMax ?? Infinity;
  // (Tested whole first: a file's open checks every number, nearly all of them good.)
  const bad = DIAL_CHARS.test(value) ? [] : [...new Set([...value].filter((c) => !DIAL_CHARS.test(c)))];
  if (bad.length > 0) {
    return msg('schema.numberBadCharacters', { index, chars: listMsg(bad.map((c) => (c === ' ' ? msg('schema.aSpace') : msg('schema.quoted', { char: c }))), 'comma') });
  }
  if (countChars(value) > max) return msg('schema.numberTooLong', { index, max, count: countChars(value) });
  return null;
}

export function labelSchema(list: ListDef, index: number) {
  return checkedString((value) => labelProblem(list, index, value));
}

export function numberSchema(list: ListDef, index: number) {
  return checkedString((value) => numberProblem(list, index, value));
}

const isMsg = (v: unknown): v is Msg => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string';

/** The first message a schema gives for a value, or null. */
export function firstMessage(schema: z.ZodMiniType, value: unknown): Msg | null {
  const r = schema.safeParse(value);
  if (r.success) return null;
  const issue = r.error.issues[0];
  const m: unknown = issue?.code === 'custom' ? issue.params?.msg : undefined;
  return isMsg(m) ? m : msg('schema.notValid');
}
