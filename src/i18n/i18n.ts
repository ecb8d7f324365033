/**
 * The UI's words, through Lingui. English is built in (it is also what every other language falls back to, at
 * compile time); another language's catalogs are fetched when it is chosen. Areas of the UI that load lazily
 * (the administrator tools, the report of what an open could not open) bring their own catalogs with them through
 * `loadArea`.
 *
 * The catalogs are src/i18n/catalogs/<area>/<locale>.json (areas: core, editing, settings, problems; admin, which
 * the administrator tools load; report, which the open report loads; guide, which the editor loads after it
 * draws; fleet, which the table of open files loads; profile, which the format profile loads), compiled by `npm run i18n` (Lingui's CLI)
 * into the .ts modules imported here.
 */
import { i18n, type Messages } from '@lingui/core';
import { Fragment, createElement, useCallback, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Msg, MsgValue } from '../catalog/msg.ts';
import { messages as enCore } from './catalogs/core/en.ts';
import type core from './catalogs/core/en.json';
import type editing from './catalogs/editing/en.json';
import type problems from './catalogs/problems/en.json';
import type settings from './catalogs/settings/en.json';
import type admin from './catalogs/admin/en.json';
import type report from './catalogs/report/en.json';
import type steps from './catalogs/steps/en.json';
import type guide from './catalogs/guide/en.json';
import type fleet from './catalogs/fleet/en.json';
import type profile from './catalogs/profile/en.json';
import { isLocale, localeDir, pickLocale, SOURCE_LOCALE, type LocaleCode } from './locales.ts';
import { whenIdle } from '../shared/when-idle.ts';

export type MessageId = keyof typeof core | keyof typeof editing | keyof typeof problems | keyof typeof settings | keyof typeof admin | keyof typeof report | keyof typeof steps | keyof typeof guide | keyof typeof fleet | keyof typeof profile;
type Values = Readonly<Record<string, MsgValue>>;
type Loader = (locale: LocaleCode) => Promise<Messages>;

const STORAGE_KEY = 'avaya-4600-editor.locale';
// English's `editing`, `problems` and `settings` words are not built in: only a file's form (and the list of open
// files, drawn with it) needs them, and they load while the page waits for one (FORM_AREAS), which keeps them out of
// the JavaScript a first paint waits for.
const glob = import.meta.glob<{ messages: Messages }>(['./catalogs/{core,editing,problems,settings}/*.ts', '!./catalogs/core/en.ts']);
const INITIAL_AREAS = ['core', 'editing', 'problems', 'settings'];
/** The areas the page draws with; the others (FORM_AREAS) come just after it, and the form waits for them. */
const PAGE_AREAS = new Set(['core']);
const FORM_AREAS = ['editing', 'problems', 'settings'];
/** Every area's loader, by name: the initial ones here, the lazy ones as they register (loadArea). */
const areas = new Map<string, Loader>(
  INITIAL_AREAS.map((area): [string, Loader] => [
    area,
    async (locale) => {
      const load = glob[`./catalogs/${area}/${locale}.ts`];
      if (!load) throw new Error(`No ${area} catalog for ${locale}`);
      return (await load()).messages;
    },
  ]),
);
/** `area:locale` pairs in i18n already; English's page area (core) is built in. */
const loaded = new Set([...PAGE_AREAS].map((area) => `${area}:${SOURCE_LOCALE}`));

i18n.load(SOURCE_LOCALE, enCore);
i18n.activate(SOURCE_LOCALE);

/** Loads `locale`'s catalogs of every area (or of those `only` names) that i18n lacks. */
async function ensureLoaded(locale: LocaleCode, only?: ReadonlySet<string>): Promise<void> {
  await Promise.all(
    [...areas].map(async ([name, load]) => {
      const key = `${name}:${locale}`;
      if (loaded.has(key) || (only && !only.has(name))) return;
      const messages = await load(locale);
      // Loaded once: two loads of one area at once (the page's start and a change of language) load it once.
      if (loaded.has(key)) return;
      i18n.load(locale, messages);
      loaded.add(key);
    }),
  );
}

/** Whether the words a file's form needs (FORM_AREAS) are loaded for the language in use. */
export const formWordsLoaded = (): boolean => FORM_AREAS.every((area) => loaded.has(`${area}:${currentLocale()}`));

/** The form's words for the language in use (see FORM_AREAS); a page that has drawn without them asks for them so. */
export const loadFormWords = (): Promise<void> => ensureLoaded(currentLocale(), new Set(FORM_AREAS));

/** Whether the form's words are loaded; a component that calls it draws again when they are. */
export function useFormWords(): boolean {
  return useSyncExternalStore(subscribe, formWordsLoaded, formWordsLoaded);
}

/** Brings a lazily loaded area's catalogs, for the language in use now and for any chosen later. */
export async function loadArea(name: string, loader: Loader): Promise<void> {
  areas.set(name, loader);
  await ensureLoaded(currentLocale());
}

/**
 * loadArea for an area whose catalogs are `import.meta.glob` of its compiled modules (one a language, each its own
 * chunk), as the lazily loaded parts of the page give them: the glob must be written where the area's code is.
 */
export function loadAreaFrom(name: string, catalogs: Readonly<Record<string, () => Promise<{ messages: Messages }>>>): Promise<void> {
  return loadArea(name, async (locale) => {
    const load = Object.entries(catalogs).find(([path]) => path.endsWith(`/${name}/${locale}.ts`))?.[1];
    if (!load) throw new Error(`No ${name} catalog for ${locale}`);
    return (await load()).messages;
  });
}

/** Whether the words for `id` are loaded yet (a lazily loaded area's may not be). */
export const hasWords = (id: MessageId): boolean => i18n.messages[id] !== undefined;


export function currentLocale(): LocaleCode {
  const l = i18n.locale;
  return isLocale(l) ? l : SOURCE_LOCALE;
}

/** The last language asked for: a slower load of an earlier choice must not win over it. */
let wanted: LocaleCode | null = null;

/**
 * Switches the UI's language (and the page's `lang` and `dir`); the choice is remembered in this browser. At the
 * page's start (`start`), only the words the page draws with are waited for; the form's come just after.
 */
export async function setLocale(locale: LocaleCode, remember = true, start = false): Promise<void> {
  wanted = locale;
  await ensureLoaded(locale, start ? PAGE_AREAS : undefined);
  if (wanted !== locale) return;
  i18n.activate(locale);
  // (No document when the build renders the first screen in Node: src/app/first-screen-html.tsx.)
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale;
    document.documentElement.dir = localeDir(locale);
  }
  // The warm-up formats a count in the Problems panel's words, which come with the form's.
  if (start) void loadFormWords().then(() => warmUp(locale), () => undefined);
  else warmUp(locale);
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Storage may be off (private mode, policy): the choice then lasts for this visit.
    }
  }
}

/**
 * The first number a page formats makes the browser set up its number formatting: about 20 ms here, far more on an
 * old PC. Counts in the form need it; do it while the page waits for a file, not while it opens one.
 */
function warmUp(locale: LocaleCode): void {
  const run = () => {
    if (i18n.locale === locale) t('problemsPanel.counts', { errors: 1, warnings: 2, notes: 3 });
  };
  whenIdle(run, 2000);
}

/** The language to start in: the one chosen before in this browser, else the browser's own. */
export function startLocale(): LocaleCode {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  return pickLocale(stored, typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]);
}

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko...) and the explicit bidi controls. */
const RTL_OR_CONTROL = /[\u0590-\u08ff\ufb1d-\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * The values put into a translated sentence. Each goes between Unicode isolates (FSI … PDI): a file name, a key
 * name, a dial string or text from the file keeps its own order inside a right-to-left sentence
 * ("2001_4620data.txt", not "4620data.txt_2001"), and a right-to-left value or a bidi control inside it cannot
 * reorder the sentence around it. In a left-to-right language a value with none of those characters looks the
 * same either way, so it is left as it is there (and the words stay plain to search and compare); so are plain
 * digits, which read the same in either direction (and a plural may be counting them).
 */
function words(values: Values | undefined): Record<string, string | number> | undefined {
  if (!values) return undefined;
  const rtl = localeDir(currentLocale()) === 'rtl';
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) {
    const text = typeof v === 'object' ? tr(v) : v;
    out[k] = typeof text === 'string' && (rtl || RTL_OR_CONTROL.test(text)) && !/^\d*$/.test(text) ? `\u2068${text}\u2069` : text;
  }
  return out;
}

/** The words for a message id in the language in use. */
export function t(id: MessageId, values?: Values): string {
  return i18n._(id, words(values));
}

/** The words for a message from pure code. */
export function tr(m: Msg): string {
  return i18n._(m.id, words(m.values));
}

/**
 * A message with elements inside it (a <code> file name, a link): `nodes` go where their placeholders are, so a
 * translation may move them. The text around them is plain text (React escapes it).
 */
export function tx(id: MessageId, values: Values, nodes: Readonly<Record<string, ReactNode>>): ReactNode {
  const marked: Record<string, MsgValue> = { ...values };
  for (const k of Object.keys(nodes)) marked[k] = `\uE000${k}\uE000`;
  const parts = t(id, marked).split('\uE000');
  return createElement(Fragment, null, ...parts.map((part, i) => (i % 2 === 1 && part in nodes ? createElement(Fragment, { key: i }, nodes[part]) : part)));
}

const subscribe = (onChange: () => void) => i18n.on('change', onChange);

/** The language in use; a component that calls it draws again when the language changes. */
export function useLocale(): LocaleCode {
  return useSyncExternalStore(subscribe, currentLocale, currentLocale);
}

/** hasWords in a component, which draws again when the words come (or the language changes). */
export function useHasWords(id: MessageId): boolean {
  const has = () => hasWords(id);
  return useSyncExternalStore(subscribe, has, has);
}

/** `t`, in a component that must draw again when the language changes. */
export function useT(): typeof t {
  useLocale();
  return t;
}

/** Words to show for a while (a status, an error), worded each time they are drawn: in the language of the moment. */
export type Later = () => string;

/**
 * A message that stays on screen: the text in the current language ('' when there is none), a stable setter, which
 * takes the words as a function, so that a change of language while the message is shown rewords it; and the
 * message itself, which changes when a new one is set (not when it is reworded), for effects that follow it.
 */
export function useLaterWords(): [string, (say: Later | null) => void, object | null] {
  useLocale();
  const [held, setHeld] = useState<{ readonly say: Later } | null>(null);
  const set = useCallback((say: Later | null) => setHeld(say ? { say } : null), []);
  return [held ? held.say() : '', set, held];
}
