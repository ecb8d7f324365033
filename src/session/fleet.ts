import { listCapacity, MODELS, PROTOCOL_LABELS, SPEED_DIAL, type ModelId, type Protocol, type Release } from '../catalog/catalog.ts';
import { parseKey } from '../format/keys.ts';
import { firmwareRelease } from './firmware-release.ts';
import { fold } from './fold.ts';
import { manyFileProblems } from './problems-cache.ts';
import { isDirty, shownName, type OpenFile } from './open-file.ts';

/**
 * The fleet view's rows (src/features/fleet): one summary line per open file, and the filter and sort over them.
 * A row is worked out once per state of its file and firmware release: every edit makes a new OpenFile, an untouched
 * file keeps its object, so a WeakMap keyed by the file keeps 4,999 rows when one of 5,000 files changes.
 */
export interface FleetRow {
  readonly uid: number;
  /** The name the page shows for the file (shownName). */
  readonly name: string;
  readonly extension: string;
  readonly model: ModelId;
  readonly protocol: Protocol;
  /** Speed dials in the file within the model's capacity (an entry with a label or a number line). */
  readonly speedDials: number;
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  readonly unsaved: boolean;
  /** The file's folder inside an opened folder; '' at its root or when not opened from one. */
  readonly folder: string;
  /** What the text filter looks in: name, extension, model, protocol and folder, folded (fold) once, here. */
  readonly haystack: string;
}

// With the release its problems were counted for: another release (picked under Telephone) makes the row again.
const rows = new WeakMap<OpenFile, { readonly release: Release; readonly row: FleetRow }>();

function speedDialCount(file: OpenFile): number {
  const cap = listCapacity(SPEED_DIAL, file.model);
  const seen = new Set<number>();
  for (const line of file.doc.lines) {
    if (line.kind !== 'setting' || line.key === null) continue;
    const k = parseKey(line.key);
    if (k.kind === 'list' && k.list === 'speedDial' && k.index <= cap) seen.add(k.index);
  }
  return seen.size;
}

/** How many problems of each severity the file has. */
function problemCounts(file: OpenFile, release: Release): { readonly errors: number; readonly warnings: number; readonly notes: number } {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const p of manyFileProblems(file, release)) {
    if (p.severity === 'error') errors++;
    else if (p.severity === 'warning') warnings++;
    else notes++;
  }
  return { errors, warnings, notes };
}

/**
 * The row of one file (see FleetRow), from the cache when the file has not changed since. What takes a walk over
 * the file's lines (its problems, its speed dials, whether it differs from what was saved) is worked out when it
 * is first read, then kept: the table reads it for the rows it draws (a few dozen), the filter and the sort for
 * every row only when they go by it. A change to all 5,000 files (Change many files) so redraws the table at once,
 * not after 5,000 files' problems (about half a millisecond each for a full 4620 file).
 */
export function fleetRow(file: OpenFile, release: Release = firmwareRelease()): FleetRow {
  const cached = rows.get(file);
  if (cached && cached.release === release) return cached.row;
  let counts: ReturnType<typeof problemCounts> | null = null;
  let speedDials: number | null = null;
  let unsaved: boolean | null = null;
  const name = shownName(file);
  const folder = file.folder ?? '';
  const row: FleetRow = {
    uid: file.uid,
    name,
    extension: file.extension,
    model: file.model,
    protocol: file.protocol,
    get speedDials() {
      return (speedDials ??= speedDialCount(file));
    },
    get errors() {
      return (counts ??= problemCounts(file, release)).errors;
    },
    get warnings() {
      return (counts ??= problemCounts(file, release)).warnings;
    },
    get notes() {
      return (counts ??= problemCounts(file, release)).notes;
    },
    get unsaved() {
      return (unsaved ??= isDirty(file));
    },
    folder,
    haystack: fold(`${name}\n${file.extension}\n${file.model}\n${PROTOCOL_LABELS[file.protocol]}\n${MODELS[file.model].family}\n${folder}`),
  };
  rows.set(file, { release, row });
  return row;
}

/** The rows of `files`, their problems counted for `release` (the one the user picked, as the editor's Problems). */
export const fleetRows = (files: readonly OpenFile[], release: Release = firmwareRelease()): FleetRow[] => files.map((f) => fleetRow(f, release));

/** Which files the problems filter keeps. */
export const PROBLEM_KINDS = ['any', 'errors', 'warnings', 'notes', 'none', 'unsaved'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export interface FleetFilter {
  /** Words to find in the name, extension, model, protocol or folder; each word must be there (any letter case, as fold compares). */
  readonly text: string;
  readonly model: ModelId | '';
  readonly protocol: Protocol | '';
  readonly problem: ProblemKind;
}

export const noFilter: FleetFilter = { text: '', model: '', protocol: '', problem: 'any' };

const problemTest: Record<ProblemKind, (r: FleetRow) => boolean> = {
  any: () => true,
  errors: (r) => r.errors > 0,
  warnings: (r) => r.warnings > 0,
  notes: (r) => r.notes > 0,
  none: (r) => r.errors + r.warnings + r.notes === 0,
  unsaved: (r) => r.unsaved,
};

export function filterRows(all: readonly FleetRow[], filter: FleetFilter): readonly FleetRow[] {
  const words = fold(filter.text).split(/\s+/).filter((w) => w !== '');
  const problem = problemTest[filter.problem];
  if (words.length === 0 && filter.model === '' && filter.protocol === '' && filter.problem === 'any') return all;
  return all.filter(
    (r) => (filter.model === '' || r.model === filter.model) && (filter.protocol === '' || r.protocol === filter.protocol) && problem(r) && words.every((w) => r.haystack.includes(w)),
  );
}

export const SORT_KEYS = ['name', 'extension', 'model', 'protocol', 'speedDials', 'errors', 'warnings', 'notes', 'unsaved', 'folder'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface FleetSort {
  readonly key: SortKey;
  readonly dir: 'asc' | 'desc';
}

// Numbers inside names compare as numbers: 4711 after 900, "site-10" after "site-9".
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

const compareBy: Record<SortKey, (a: FleetRow, b: FleetRow) => number> = {
  name: (a, b) => collator.compare(a.name, b.name),
  extension: (a, b) => collator.compare(a.extension, b.extension),
  model: (a, b) => collator.compare(a.model, b.model),
  protocol: (a, b) => collator.compare(a.protocol, b.protocol),
  speedDials: (a, b) => a.speedDials - b.speedDials,
  errors: (a, b) => a.errors - b.errors,
  warnings: (a, b) => a.warnings - b.warnings,
  notes: (a, b) => a.notes - b.notes,
  unsaved: (a, b) => Number(a.unsaved) - Number(b.unsaved),
  folder: (a, b) => collator.compare(a.folder, b.folder),
};

/** The rows in the order asked for; rows that compare equal keep the order the files were opened in. */
export function sortRows(shown: readonly FleetRow[], sort: FleetSort | null): readonly FleetRow[] {
  if (!sort) return shown;
  const by = compareBy[sort.key];
  const sign = sort.dir === 'asc' ? 1 : -1;
  const sorted = [...shown];
  sorted.sort((a, b) => sign * by(a, b) || a.uid - b.uid);
  return sorted;
}
