// zod/mini: the same checks as classic zod at a fraction of the bundle (the classic API cannot be tree-shaken).
import * as z from 'zod/mini';
import { DIAL_CHARS, type ListDef, type SettingDef } from '../catalog/catalog.ts';

// zod otherwise probes `new Function`, which the page's Content-Security-Policy (no 'unsafe-eval') forbids.
z.config({ jitless: true });

/**
 * zod schemas for the typed values, derived from the catalog. Values are strings exactly as in the file
 * (undefined = not in the file), so an odd value is shown as it is; the schema only says why it will not work.
 */

const show = (v: string): string => (v === '' ? 'it is empty' : `this file says “${v}”`);
const countChars = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

function describeChoices(def: SettingDef): string {
  if (def.type.kind !== 'choice') return '';
  return def.type.choices.map((c) => (c.value === c.label ? c.value : `${c.value} (${c.label})`)).join(', ');
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Why a value will not work on the phone, or null when it will. */
export function settingProblem(def: SettingDef, value: string): string | null {
  const t = def.type;
  switch (t.kind) {
    case 'choice': {
      if (t.choices.some((c) => c.value === value)) return null;
      const loose = t.choices.find((c) => c.value.toLowerCase() === value.trim().toLowerCase());
      if (loose) return `${def.name} must be written “${loose.value}” exactly; ${show(value)}.`;
      return `${def.name} is one of ${describeChoices(def)}; ${show(value)}.`;
    }
    case 'range':
      if (/^\d+$/.test(value) && Number(value) >= t.min && Number(value) <= t.max) return null;
      return `${def.name} is ${t.min} to ${t.max}; ${show(value)}.`;
    case 'text': {
      const n = countChars(value);
      return n <= t.maxLength ? null : `${def.name} holds at most ${t.maxLength} characters; this one has ${n}.`;
    }
    case 'ipv4':
      return IPV4.test(value) ? null : `${def.name} is an IPv4 address such as 192.168.10.5; ${show(value)}.`;
  }
}

/** An optional string whose only check is `problem`, whose message is the issue's message. */
function checkedString(problem: (value: string) => string | null) {
  return z.optional(
    z.string().check(
      z.superRefine((value, ctx) => {
        const message = problem(value);
        if (message) ctx.addIssue({ code: 'custom', message, input: value });
      }),
    ),
  );
}

export function settingSchema(def: SettingDef) {
  return checkedString((value) => settingProblem(def, value));
}

export function labelProblem(list: ListDef, index: number, value: string): string | null {
  const n = countChars(value);
  const what = list.id === 'speedDial' ? `Speed dial ${index} label` : `Feature button ${index} label`;
  return n <= list.labelMax ? null : `${what} holds ${list.labelMax} characters; the phone cuts off the last ${n - list.labelMax}.`;
}

export function numberProblem(list: ListDef, index: number, value: string): string | null {
  const max = list.numberMax ?? Infinity;
  const bad = [...new Set([...value].filter((c) => !DIAL_CHARS.test(c)))];
  if (bad.length > 0) {
    return `Speed dial ${index} number may hold only digits, * and #, and a comma for a pause; it has ${bad.map((c) => (c === ' ' ? 'a space' : `“${c}”`)).join(', ')}.`;
  }
  if (countChars(value) > max) return `Speed dial ${index} number holds at most ${max} characters; this one has ${countChars(value)}.`;
  return null;
}

export function labelSchema(list: ListDef, index: number) {
  return checkedString((value) => labelProblem(list, index, value));
}

export function numberSchema(list: ListDef, index: number) {
  return checkedString((value) => numberProblem(list, index, value));
}

/** The first message a schema gives for a value, or null. */
export function firstMessage(schema: z.ZodMiniType, value: unknown): string | null {
  const r = schema.safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? 'Not valid.');
}
