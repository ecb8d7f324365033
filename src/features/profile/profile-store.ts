import { useSyncExternalStore, type Dispatch } from 'react';
import type { download, readFile } from '../../file-io/file-io.ts';
import type { SettingDef } from '../../catalog/catalog.ts';
import { msg, type Msg } from '../../catalog/msg.ts';
import { aliasProblem, combine, emptyProfile, forget, isEmptyProfile, profileText, readProfile, readStoredProfile, teach, type Combined, type Profile, type Taught } from '../../catalog/profile.ts';
import { teachNames } from '../../format/keys.ts';
import { rereadFile } from '../../session/reread.ts';
import type { WorkspaceAction } from '../../session/workspace.ts';

/**
 * The format profiles in use: the site's (format-profile.json beside index.html, read at the start) and this
 * browser's (taught in Other lines or imported, kept in localStorage). Each change puts the combined names in use
 * for the name lookup and reads every open file again (a step in no file's history: see session/reread.ts).
 */

/** The same key the page's start looks for (app/profile-start.ts). */
const STORAGE_KEY = 'avaya-4600-editor.profile';

export interface ProfileState {
  /** Counts changes, so a component can tell. */
  readonly version: number;
  /** The site's profile; null when there is none or it was refused. */
  readonly site: Profile | null;
  /** Why the site's profile was refused (it is then ignored). */
  readonly siteProblems: readonly Msg[];
  readonly browser: Profile;
  /**
   * Why the profile kept in this browser could not be read: it is then not used, and kept as it is until the user
   * replaces it (an import) or removes it; teaching a name is refused meanwhile, as it would write over it.
   */
  readonly browserProblems: readonly Msg[];
  /** The names the profile kept in this browser taught that the catalog now knows itself: no longer taught (why). */
  readonly browserDropped: readonly Msg[];
  readonly combined: Combined;
  /** Whether this browser could keep its profile (storage may be off). */
  readonly stored: boolean;
}

interface Stored {
  readonly profile: Profile;
  readonly problems: readonly Msg[];
  readonly dropped: readonly Msg[];
  /** False when this browser's storage could not be asked (it is off): nothing is kept, and no other tab shares it. */
  readonly available: boolean;
}

function readStored(): Stored {
  let text: string | null = null;
  try {
    text = localStorage.getItem(STORAGE_KEY);
  } catch {
    return { profile: emptyProfile, problems: [], dropped: [], available: false };
  }
  if (text === null) return { profile: emptyProfile, problems: [], dropped: [], available: true };
  // The names the catalog has learnt since are dropped, not the whole profile refused: the others are still the user's.
  // (The record is not written again here: it changes with the user's next change, and the page says so meanwhile.)
  const read = readStoredProfile(text);
  return read.ok ? { profile: read.profile, problems: [], dropped: read.dropped, available: true } : { profile: emptyProfile, problems: read.problems, dropped: [], available: true };
}

const atStart = readStored();
let state: ProfileState = { version: 0, site: null, siteProblems: [], browser: atStart.profile, browserProblems: atStart.problems, browserDropped: atStart.dropped, combined: combine(null, atStart.profile), stored: true };
const listeners = new Set<() => void>();
/** What the page hands the profile (see connect). */
export interface ProfileDeps {
  readonly dispatch: Dispatch<WorkspaceAction>;
  /** Called when there is a profile to show. */
  readonly shown: () => void;
  // The page's own file-io, handed over rather than imported: this chunk importing it made the bundler split the
  // modules the page shares with it out of the initial chunk (some 2 KB more to load at the start).
  readonly download: typeof download;
  readonly readFile: typeof readFile;
}

let deps: ProfileDeps | null = null;

/** The names the profiles put in use: those taught, then the write names that are no taught name (see Combined). */
export const namesInUse = (s: ProfileState): readonly Taught[] => (s.combined.writeOnly.length === 0 ? s.combined.taught : [...s.combined.taught, ...s.combined.writeOnly]);

/** Whether there is anything to say: names in use (a write name alone too), a name or write name refused, or a profile refused. */
export const inUse = (s: ProfileState): boolean => namesInUse(s).length > 0 || s.combined.refused.length > 0 || s.combined.refusedWrites.length > 0 || s.siteProblems.length > 0 || s.browserProblems.length > 0 || s.browserDropped.length > 0;

function set(next: Omit<ProfileState, 'version' | 'combined'>): void {
  state = { ...next, version: state.version + 1, combined: combine(next.site, next.browser) };
  teachNames(state.combined.names, state.combined.write);
  deps?.dispatch({ type: 'reread', reread: rereadFile });
  for (const l of listeners) l();
  if (inUse(state)) deps?.shown();
}

/**
 * Ties the profiles to the page's open files (each change reads them again) and tells the page when there is a
 * profile to show; the names kept in this browser are put in use at once.
 */
export function connect(page: ProfileDeps): void {
  const first = deps === null;
  deps = page;
  if (first) set(state);
}

/** The page's file-io (see connect). */
export const fileIo = (): Pick<ProfileDeps, 'download' | 'readFile'> | null => deps;

/** The site's profile file's text, as the page found it at its start (null: none there). */
export function setSiteText(text: string | null): void {
  if (text === null) return;
  const read = readProfile(text);
  set(read.ok ? { ...state, site: read.profile, siteProblems: [] } : { ...state, site: null, siteProblems: read.problems });
}

function keep(browser: Profile): boolean {
  try {
    if (isEmptyProfile(browser)) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, profileText(browser));
    return true;
  } catch {
    return false;
  }
}

/**
 * A change to this browser's profile, made on the profile as it is stored now: other tabs of this page change it too,
 * and a change made on this tab's own copy wrote over theirs (the later write won). `replaces`: an import or a
 * removal of all, which does not depend on what was there (so also replaces a stored profile that cannot be read).
 */
interface Change {
  readonly apply: (profile: Profile) => Profile;
  readonly replaces: boolean;
}

/** This tab's changes its storage could not keep (it was full): made again on what is stored, until kept. */
let unkept: readonly Change[] = [];

/** This browser's profile now: the one stored (another tab may have changed it), with this tab's changes not kept. */
function current(): Stored {
  const read = readStored();
  // Storage off: this tab's copy is all there is (it holds its own changes already).
  if (!read.available) return { profile: state.browser, problems: state.browserProblems, dropped: state.browserDropped, available: false };
  let from = unkept.length - 1;
  while (from >= 0 && !unkept[from]?.replaces) from--;
  if (from < 0) return read.problems.length > 0 ? read : { ...read, profile: unkept.reduce((p, c) => c.apply(p), read.profile) };
  return { profile: unkept.slice(from).reduce((p, c) => c.apply(p), emptyProfile), problems: [], dropped: [], available: true };
}

const sameStored = (now: Stored): boolean =>
  profileText(now.profile) === profileText(state.browser) && JSON.stringify([now.problems, now.dropped]) === JSON.stringify([state.browserProblems, state.browserDropped]);

/** This tab follows the profile as stored (the files are read again only when it differs from this tab's copy). */
function follow(now: Stored): void {
  if (!sameStored(now)) set({ ...state, browser: now.profile, browserProblems: now.problems, browserDropped: now.dropped });
}

/** Makes `change` on the profile as stored now, and keeps the result. */
function change(now: Stored, c: Change): void {
  const browser = c.apply(now.profile);
  const ok = now.available && keep(browser);
  unkept = ok || !now.available ? [] : [...unkept, c];
  set({ ...state, browser, browserProblems: [], browserDropped: [], stored: ok });
}

/** Another tab changed this browser's profile (or cleared the storage): this one follows. */
function otherTab(e: StorageEvent): void {
  if (e.key === STORAGE_KEY || e.key === null) follow(current());
}
if (typeof window !== 'undefined') window.addEventListener('storage', otherTab);

/**
 * Why `name` cannot be taught as `setting` now, or null. Not while the profile kept in this browser cannot be read:
 * teaching writes this browser's profile, and would write over that one, names and all, unsaid.
 */
export const teachProblem = (name: string, setting: SettingDef): Msg | null =>
  state.browserProblems.length > 0 ? msg('profile.problem.storedUnread') : aliasProblem(name, setting, state.combined.byName);

/**
 * Teaches `name` as `setting` in this browser's profile, as stored now (another tab may have taught a name since, or
 * the same name as another setting); why not, when it is refused (nothing then changes).
 */
export function teachName(name: string, setting: SettingDef, write: boolean): Msg | null {
  const now = current();
  const problem = now.problems.length > 0 ? msg('profile.problem.storedUnread') : aliasProblem(name, setting, combine(state.site, now.profile).byName);
  if (problem) {
    follow(now);
    return problem;
  }
  // Made again on what is stored while storage cannot keep it: skipped if another tab has taught the name otherwise.
  change(now, { replaces: false, apply: (p) => (aliasProblem(name, setting, combine(state.site, p).byName) ? p : teach(p, setting, name, write)) });
  return null;
}

/** Forgets `name`; not while the profile stored cannot be read (another tab may have written it so): it is kept. */
export function forgetName(name: string, setting: SettingDef): void {
  const now = current();
  if (now.problems.length > 0) follow(now);
  else change(now, { replaces: false, apply: (p) => forget(p, setting, name) });
}

export const clearBrowser = (): void => change(current(), { replaces: true, apply: () => emptyProfile });

/** Replaces this browser's profile with a profile file's text; every reason it is refused (nothing then changes). */
export function importText(text: string): readonly Msg[] {
  const read = readProfile(text);
  if (!read.ok) return read.problems;
  const refused = combine(state.site, read.profile).refused;
  if (refused.length > 0) return refused.map((r) => r.reason);
  change(current(), { replaces: true, apply: () => read.profile });
  return [];
}

export const exportText = (): string => profileText(state.browser);

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const snapshot = () => state;

export function useProfile(): ProfileState {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
