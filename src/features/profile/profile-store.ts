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

function readStored(): { profile: Profile; problems: readonly Msg[]; dropped: readonly Msg[] } {
  let text: string | null = null;
  try {
    text = localStorage.getItem(STORAGE_KEY);
  } catch {
    return { profile: emptyProfile, problems: [], dropped: [] };
  }
  if (text === null) return { profile: emptyProfile, problems: [], dropped: [] };
  // The names the catalog has learnt since are dropped, not the whole profile refused: the others are still the user's.
  // (The record is not written again here: it changes with the user's next change, and the page says so meanwhile.)
  const read = readStoredProfile(text);
  return read.ok ? { profile: read.profile, problems: [], dropped: read.dropped } : { profile: emptyProfile, problems: read.problems, dropped: [] };
}

const stored = readStored();
let state: ProfileState = { version: 0, site: null, siteProblems: [], browser: stored.profile, browserProblems: stored.problems, browserDropped: stored.dropped, combined: combine(null, stored.profile), stored: true };
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

function setBrowser(browser: Profile): void {
  const ok = keep(browser);
  set({ ...state, browser, browserProblems: [], browserDropped: [], stored: ok });
}

/**
 * Why `name` cannot be taught as `setting` now, or null. Not while the profile kept in this browser cannot be read:
 * teaching writes this browser's profile, and would write over that one, names and all, unsaid.
 */
export const teachProblem = (name: string, setting: SettingDef): Msg | null =>
  state.browserProblems.length > 0 ? msg('profile.problem.storedUnread') : aliasProblem(name, setting, state.combined.byName);

/** Teaches `name` as `setting` in this browser's profile; why not, when it is refused (nothing then changes). */
export function teachName(name: string, setting: SettingDef, write: boolean): Msg | null {
  const problem = teachProblem(name, setting);
  if (problem) return problem;
  setBrowser(teach(state.browser, setting, name, write));
  return null;
}

export const forgetName = (name: string, setting: SettingDef): void => setBrowser(forget(state.browser, setting, name));

export const clearBrowser = (): void => setBrowser(emptyProfile);

/** Replaces this browser's profile with a profile file's text; every reason it is refused (nothing then changes). */
export function importText(text: string): readonly Msg[] {
  const read = readProfile(text);
  if (!read.ok) return read.problems;
  const refused = combine(state.site, read.profile).refused;
  if (refused.length > 0) return refused.map((r) => r.reason);
  setBrowser(read.profile);
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
