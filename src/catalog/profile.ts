// zod/mini, as src/model/schemas.ts, in a copy of its own: the profile's schema loads lazily, and would otherwise put
// the parts of zod it uses in the initial JavaScript (see ownCopy in vite.config.ts).
import * as z from 'zod/mini?own-copy';
import { LISTS, SETTINGS, settingLabel, type SettingDef } from './catalog.ts';
import { visibleName } from '../display/visible-name.ts';
import { listMsg } from './msg-list.ts';
import { msg, type Msg } from './msg.ts';

// zod otherwise probes `new Function`, which the page's Content-Security-Policy (no 'unsafe-eval') forbids.
z.config({ jitless: true });

/**
 * A format profile: names a site's telephones write that the catalog does not know, taught as one of its settings
 * (issue 16). The file is JSON:
 *
 *   { "format": "avaya-4600-backup-profile", "version": 1,
 *     "settings": { "Redial": { "aliases": ["REDIALMODE"], "write": "REDIALMODE" } } }
 *
 * keyed by the setting's canonical name as the catalog has it. `aliases` are read as that setting; `write`, if given,
 * is the name a new line of it is written under (a line already in a file keeps its own name). Pure: reading and
 * checking a profile, and combining the site's with this browser's; the page keeps them and puts them in use.
 */

export const PROFILE_FORMAT = 'avaya-4600-backup-profile';
export const PROFILE_VERSION = 1;
/** What the site may put beside index.html. */
export const SITE_PROFILE_FILE = 'format-profile.json';

export interface ProfileEntry {
  readonly aliases: readonly string[];
  readonly write?: string;
}

export interface Profile {
  /** By the setting's canonical name (SettingDef.name). */
  readonly settings: Readonly<Record<string, ProfileEntry>>;
}

export const emptyProfile: Profile = { settings: {} };

const schema = z.strictObject({
  format: z.literal(PROFILE_FORMAT),
  version: z.literal(PROFILE_VERSION),
  settings: z.record(z.string(), z.strictObject({ aliases: z.array(z.string()), write: z.optional(z.string()) })),
});

/** A–Z to a–z only, as the name lookup matches (src/format/keys.ts). */
const lowerAscii = (s: string): string => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/** A setting by its canonical name, exactly as the catalog writes it. */
export const settingByName = (name: string): SettingDef | undefined => SETTINGS.find((s) => s.name === name);

/** Catalog names and aliases, ASCII-lower-cased → the setting they are. */
const catalogNames = new Map<string, SettingDef>();
for (const def of SETTINGS) for (const n of [def.name, ...def.aliases]) catalogNames.set(lowerAscii(n), def);

/** `ABKNAME`, `ABKNUMBER`, `PHNLABEL` and digits: the name of a list entry, in any letter case. */
const LIST_NAME = new RegExp(`^(${LISTS.flatMap((l) => l.fields.map((f) => f.prefix)).join('|')})[0-9]+$`, 'i');

/** One name taught as one setting, and where it comes from. */
export interface Taught {
  readonly alias: string;
  readonly setting: SettingDef;
  readonly source: 'site' | 'browser';
}

/** The names taught, by ASCII-lower-cased name (a name stands for one setting, so there is one for each). */
export type TaughtByName = ReadonlyMap<string, Taught>;

/** `taught` by name, for aliasProblem. */
export const taughtByName = (taught: readonly Taught[]): TaughtByName => {
  const byName = new Map<string, Taught>();
  for (const t of taught) if (!byName.has(lowerAscii(t.alias))) byName.set(lowerAscii(t.alias), t);
  return byName;
};

/**
 * Why `alias` cannot be taught as `setting` beside `taught` (the names already taught), or null when it can: it must
 * be a name a line can have, not read as a list entry, not another setting's name or alias (nor this one's: it is
 * known already), and not taught to another setting. Looked up, not searched: a profile's names are checked one by
 * one against those before them, and a search made a profile of 20,000 names take minutes (quadratic).
 */
export function aliasProblem(alias: string, setting: SettingDef, taught: TaughtByName = new Map()): Msg | null {
  // Said with its hidden and direction-changing characters as their codes: U+202E would turn the sentence around.
  const name = (): string => visibleName(alias);
  if (alias === '' || alias.trim() !== alias || alias.includes('=') || /[\u0000-\u001f\u007f]/.test(alias)) return msg('profile.problem.badName', { name: name() });
  if (LIST_NAME.test(alias)) return msg('profile.problem.listName', { name: name() });
  const known = catalogNames.get(lowerAscii(alias));
  if (known === setting) return msg('profile.problem.known', { name: name(), setting: settingLabel(setting) });
  if (known) return msg('profile.problem.taken', { name: name(), setting: settingLabel(known) });
  const other = taught.get(lowerAscii(alias));
  if (other && other.setting !== setting) {
    return msg(other.source === 'site' ? 'profile.problem.taughtBySite' : 'profile.problem.taughtTwice', { name: name(), setting: settingLabel(other.setting) });
  }
  return null;
}

/** Why `write` cannot be the name new lines of `setting` are written under, or null: it must be a name read as it. */
function writeProblem(write: string, setting: SettingDef, aliases: readonly string[]): Msg | null {
  const names = [setting.name, ...setting.aliases, ...aliases].map(lowerAscii);
  // The same letters, in any case, as a name that is read as the setting: the line is then read back as it.
  return names.includes(lowerAscii(write)) && write.trim() === write && !write.includes('=') ? null : msg('profile.problem.badWrite', { name: visibleName(write), setting: settingLabel(setting) });
}

const where = (path: readonly PropertyKey[]): string => path.map(String).join(' › ');

/** zod's findings in plain words. */
function issueWords(issue: z.core.$ZodIssue): Msg {
  const [first] = issue.path;
  if (first === 'format' && issue.path.length === 1) return msg('profile.problem.notProfile', { format: PROFILE_FORMAT });
  if (first === 'version' && issue.path.length === 1) return msg('profile.problem.version', { version: PROFILE_VERSION });
  if (issue.code === 'unrecognized_keys') {
    return msg(issue.path.length === 0 ? 'profile.problem.unknownKeysTop' : 'profile.problem.unknownKeys', { where: where(issue.path), keys: listMsg(issue.keys.map((key) => msg('profile.quoted', { key })), 'and') });
  }
  if (issue.path.length === 0) return msg('profile.problem.notObject');
  return msg('profile.problem.shape', { where: where(issue.path) });
}

export type ProfileRead = { readonly ok: true; readonly profile: Profile } | { readonly ok: false; readonly problems: readonly Msg[] };

/**
 * A profile file's text → the profile, or every reason it cannot be used, in plain words: not JSON, not a profile,
 * another version, unknown keys, a setting the catalog does not have, a name that cannot be taught. A profile with
 * any problem is refused as a whole: nothing of it is used. Linear in the number of names (each checked by lookup).
 */
export function readProfile(text: string): ProfileRead {
  const read = readText(text, false);
  return read.ok ? { ok: true, profile: read.profile } : read;
}

export type StoredProfileRead = { readonly ok: true; readonly profile: Profile; readonly dropped: readonly Msg[] } | { readonly ok: false; readonly problems: readonly Msg[] };

/** Names the catalog knows itself, as this setting's (`known`) or another's (`taken`). */
const CATALOG_KNOWS: ReadonlySet<string> = new Set(['profile.problem.known', 'profile.problem.taken']);

/**
 * The profile this browser kept, as readProfile reads a file, but for one thing: a name the catalog has come to know
 * itself since it was taught (a catalog correction makes exactly this) is dropped, with why (`dropped`), and the rest
 * is used, rather than the whole profile refused and its other names unread. A write name dropped with it goes too.
 */
export const readStoredProfile = (text: string): StoredProfileRead => readText(text, true);

function readText(text: string, dropKnown: boolean): StoredProfileRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [msg('profile.problem.notJson', { detail: e instanceof Error ? e.message : String(e) })] };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(issueWords) };
  const problems: Msg[] = [];
  const dropped: Msg[] = [];
  const kept: Record<string, ProfileEntry> = {};
  const taught = new Map<string, Taught>();
  // The names as the file has them, not as zod hands them back: a "__proto__" key is an own key of the parsed JSON,
  // but zod's record assigns it, which sets the result's prototype and leaves no key at all (read as empty, unsaid).
  const given = (json as { readonly settings: object }).settings;
  for (const name of Object.keys(given)) {
    const setting = settingByName(name);
    const entry = setting && Object.hasOwn(parsed.data.settings, name) ? parsed.data.settings[name] : undefined;
    if (!setting || !entry) {
      problems.push(msg('profile.problem.unknownSetting', { name: visibleName(name) }));
      continue;
    }
    const aliases: string[] = [];
    const gone = new Set<string>();
    for (const alias of entry.aliases) {
      const problem = aliasProblem(alias, setting, taught);
      if (problem && dropKnown && CATALOG_KNOWS.has(problem.id)) {
        dropped.push(problem);
        gone.add(lowerAscii(alias));
      } else if (problem) problems.push(problem);
      else {
        aliases.push(alias);
        if (!taught.has(lowerAscii(alias))) taught.set(lowerAscii(alias), { alias, setting, source: 'browser' });
      }
    }
    let write = entry.write;
    if (write !== undefined) {
      const problem = writeProblem(write, setting, gone.size > 0 ? entry.aliases.filter((a) => !gone.has(lowerAscii(a))) : entry.aliases);
      if (problem && gone.has(lowerAscii(write))) {
        dropped.push(problem);
        write = undefined;
      } else if (problem) problems.push(problem);
    }
    if (aliases.length > 0 || write !== undefined) kept[name] = write === undefined ? { aliases } : { aliases, write };
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, profile: { settings: dropped.length > 0 ? kept : parsed.data.settings }, dropped };
}

/** The profile as its file's text. */
export const profileText = (profile: Profile): string => `${JSON.stringify({ format: PROFILE_FORMAT, version: PROFILE_VERSION, settings: profile.settings }, null, 2)}\n`;

export const isEmptyProfile = (profile: Profile): boolean => Object.values(profile.settings).every((e) => e.aliases.length === 0 && e.write === undefined);

/** `profile` with `alias` taught as `setting` (and, with `write`, new lines of it written under that name). */
export function teach(profile: Profile, setting: SettingDef, alias: string, write: boolean): Profile {
  const entry = profile.settings[setting.name] ?? { aliases: [] };
  const aliases = entry.aliases.includes(alias) ? entry.aliases : [...entry.aliases, alias];
  return { settings: { ...profile.settings, [setting.name]: write ? { aliases, write: alias } : { ...entry, aliases } } };
}

/** `profile` without `alias` for `setting` (nor as its `write` name); a setting left with nothing goes. */
export function forget(profile: Profile, setting: SettingDef, alias: string): Profile {
  const entry = profile.settings[setting.name];
  if (!entry) return profile;
  const aliases = entry.aliases.filter((a) => a !== alias);
  const write = entry.write === alias ? undefined : entry.write;
  const { [setting.name]: _gone, ...rest } = profile.settings;
  return { settings: aliases.length > 0 || write !== undefined ? { ...rest, [setting.name]: write === undefined ? { aliases } : { aliases, write } } : rest };
}

/**
 * A profile's name refused because another source (the site's profile) already teaches it otherwise; or, in
 * `refusedWrites`, a `write` name not used (`alias` is then the write name).
 */
export interface Refused {
  readonly alias: string;
  readonly setting: SettingDef;
  readonly reason: Msg;
}

/** What the site's and this browser's profiles teach together, for the name lookup (src/format/keys.ts). */
export interface Combined {
  readonly taught: readonly Taught[];
  readonly refused: readonly Refused[];
  /**
   * `write` names not used, with why: this browser's where the site's profile writes the setting under another name,
   * or one no longer read back as its setting (its alias refused). Said, as the user sees the name in their profile.
   */
  readonly refusedWrites: readonly Refused[];
  /** `taught` by name, for aliasProblem. */
  readonly byName: TaughtByName;
  /** Name → `setting:<id>`, for teachNames. */
  readonly names: ReadonlyMap<string, string>;
  /** `setting:<id>` → the name a new line is written under. */
  readonly write: ReadonlyMap<string, string>;
  /**
   * Write names that are no taught name (the catalog's own name or alias of the setting, as `"write": "PHNTIMERS"`
   * with no aliases): in use as much as a taught name, so shown, exported and removed as one.
   */
  readonly writeOnly: readonly Taught[];
}

/**
 * Both apply: the site's profile first (the intranet's administrator speaks for its telephones), then this
 * browser's. A name this browser teaches that the site teaches as another setting is refused, with why; one both
 * teach as the same setting is taught once. Where both give a `write` name, the site's is used, and this browser's
 * is refused, with why (as is a write name no longer read back as its setting). Linear in the
 * number of names: each is looked up by name, and each setting's names are kept as they come.
 */
export function combine(site: Profile | null, browser: Profile): Combined {
  const taught: Taught[] = [];
  const byName = new Map<string, Taught>();
  const bySetting = new Map<SettingDef, string[]>();
  const refused: Refused[] = [];
  const refusedWrites: Refused[] = [];
  const write = new Map<string, string>();
  const writeOnly: Taught[] = [];
  for (const [source, profile] of [['site', site], ['browser', browser]] as const) {
    if (!profile) continue;
    for (const [name, entry] of Object.entries(profile.settings)) {
      const setting = settingByName(name);
      if (!setting) continue;
      for (const alias of entry.aliases) {
        if (byName.get(lowerAscii(alias))?.setting === setting) continue;
        const reason = aliasProblem(alias, setting, byName);
        if (reason) refused.push({ alias, setting, reason });
        else {
          const t: Taught = { alias, setting, source };
          taught.push(t);
          byName.set(lowerAscii(alias), t);
          const names = bySetting.get(setting);
          if (names) names.push(alias);
          else bySetting.set(setting, [alias]);
        }
      }
      const key = `setting:${setting.id}`;
      if (entry.write === undefined) continue;
      const before = write.get(key);
      if (before !== undefined) {
        // The same name, as written, is no conflict: new lines are written under it either way.
        if (before !== entry.write) refusedWrites.push({ alias: entry.write, setting, reason: msg('profile.problem.siteWrites', { name: visibleName(entry.write), site: visibleName(before), setting: settingLabel(setting) }) });
        continue;
      }
      const problem = writeProblem(entry.write, setting, bySetting.get(setting) ?? []);
      if (problem) {
        refusedWrites.push({ alias: entry.write, setting, reason: problem });
        continue;
      }
      write.set(key, entry.write);
      if (byName.get(lowerAscii(entry.write))?.setting !== setting) writeOnly.push({ alias: entry.write, setting, source });
    }
  }
  return { taught, byName, refused, refusedWrites, names: new Map(taught.map((t) => [t.alias, `setting:${t.setting.id}`])), write, writeOnly };
}
