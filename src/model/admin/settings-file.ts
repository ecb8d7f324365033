import { SECOND_OPTIONS_SCREEN, SETTINGS, type ModelId } from '../../catalog/catalog.ts';
import type { BackupDocument } from '../../format/document.ts';
import { valuesOf } from '../values.ts';

/**
 * Reading OPSTAT and APPSTAT from a 46xxsettings.txt script, and what they mean for a backup (spec §1).
 *
 * The script's lines: `SET NAME value` (value optionally in double quotes), `## comment`, `# LABEL`,
 * `IF $VAR SEQ text GOTO LABEL`, `GOTO LABEL`, `GET file`. The last SET the telephone runs wins. The editor
 * cannot know the telephone's $MODEL, $GROUP … so it follows every branch: a SET that every path from the top of
 * the script runs is certain; one that only some paths run is reported as depending on an IF/GOTO.
 */

export type Param = 'OPSTAT' | 'APPSTAT';
export const DEFAULTS: Record<Param, string> = { OPSTAT: '111', APPSTAT: '1' };

export interface SetStatement {
  /** 1-based line number in the settings file. */
  readonly line: number;
  readonly value: string;
  /** Run on every path through the script. */
  readonly certain: boolean;
  /** Run on at least one path (false: a GOTO jumps over it on every path). */
  readonly reachable: boolean;
}

export interface ParamReading {
  /** The value in force when only certain SETs count: the last certain one, else the telephone's default. */
  readonly value: string;
  /** The SET that gives `value`, or null when it is the default. */
  readonly from: SetStatement | null;
  /** SETs after it that run only on some paths (inside IF/GOTO blocks): they may override it. */
  readonly conditional: readonly SetStatement[];
}

export interface SettingsReading {
  readonly opstat: ParamReading;
  readonly appstat: ParamReading;
  /** Lines the editor could not follow (GET of another file, GOTO to a missing label), in plain words. */
  readonly notes: readonly string[];
}

type Stmt =
  | { readonly kind: 'set'; readonly line: number; readonly name: string; readonly value: string }
  | { readonly kind: 'if'; readonly line: number; readonly label: string }
  | { readonly kind: 'goto'; readonly line: number; readonly label: string }
  | { readonly kind: 'get'; readonly line: number; readonly file: string }
  | { readonly kind: 'label'; readonly line: number; readonly label: string };

/** A SET's value: the text in double quotes, or the first word. */
function setValue(rest: string): string {
  const r = rest.trim();
  if (r.startsWith('"')) {
    const end = r.indexOf('"', 1);
    return end === -1 ? r.slice(1) : r.slice(1, end);
  }
  return r.split(/\s+/)[0] ?? '';
}

function parseScript(text: string): Stmt[] {
  const out: Stmt[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = i + 1;
    const s = raw.replace(/^\uFEFF/, '').trim();
    if (s === '' || s.startsWith('##')) return;
    if (s.startsWith('#')) {
      const label = s.slice(1).trim().split(/\s+/)[0] ?? '';
      if (label) out.push({ kind: 'label', line, label: label.toUpperCase() });
      return;
    }
    let m = /^SET\s+([^\s=]+)\s*=?\s*(.*)$/i.exec(s);
    if (m) {
      out.push({ kind: 'set', line, name: (m[1] ?? '').toUpperCase(), value: setValue(m[2] ?? '') });
      return;
    }
    m = /^IF\s.*\sGOTO\s+(\S+)/i.exec(s);
    if (m) {
      out.push({ kind: 'if', line, label: (m[1] ?? '').toUpperCase() });
      return;
    }
    m = /^GOTO\s+(\S+)/i.exec(s);
    if (m) {
      out.push({ kind: 'goto', line, label: (m[1] ?? '').toUpperCase() });
      return;
    }
    m = /^GET\s+(\S+)/i.exec(s);
    if (m) out.push({ kind: 'get', line, file: m[1] ?? '' });
  });
  return out;
}

export function readSettingsFile(text: string): SettingsReading {
  const stmts = parseScript(text);
  const n = stmts.length;
  const END = n;
  const labels = new Map<string, number>();
  stmts.forEach((st, i) => {
    if (st.kind === 'label' && !labels.has(st.label)) labels.set(st.label, i);
  });
  const notes: string[] = [];
  const target = (label: string, line: number): number => {
    const at = labels.get(label);
    if (at !== undefined) return at;
    notes.push(`Line ${line} jumps to “${label}”, which the file does not have; the editor takes it as the end of the file.`);
    return END;
  };
  // Successors of each statement in the flow graph.
  const next: number[][] = stmts.map((st, i) => {
    switch (st.kind) {
      case 'if':
        return [i + 1, target(st.label, st.line)];
      case 'goto':
        return [target(st.label, st.line)];
      case 'get':
        notes.push(`Line ${st.line} reads another settings file (${st.file}), which the editor cannot see; it may set OPSTAT or APPSTAT too.`);
        // The telephone may go on in the other file: what follows may or may not run.
        return [i + 1, END];
      default:
        return [i + 1];
    }
  });

  /** Whether the end can be reached from the top without passing `avoid`. */
  const reaches = (from: number, to: number, avoid: number): boolean => {
    if (from === avoid) return false;
    const seen = new Uint8Array(n + 1);
    const stack = [from];
    seen[from] = 1;
    while (stack.length > 0) {
      const at = stack.pop() as number;
      if (at === to) return true;
      if (at >= n) continue;
      for (const s of next[at] ?? []) {
        if (s !== avoid && !seen[s]) {
          seen[s] = 1;
          stack.push(s);
        }
      }
    }
    return false;
  };
  const reachable = (i: number): boolean => reaches(0, i, -1);

  const read = (param: Param): ParamReading => {
    const sets: SetStatement[] = [];
    stmts.forEach((st, i) => {
      if (st.kind !== 'set' || st.name !== param) return;
      const isReachable = n > 0 && reachable(i);
      sets.push({ line: st.line, value: st.value, reachable: isReachable, certain: isReachable && !reaches(0, END, i) });
    });
    let from: SetStatement | null = null;
    for (const s of sets) if (s.certain) from = s;
    const conditional = sets.filter((s) => s.reachable && !s.certain && (from === null || s.line > from.line));
    return { value: from?.value ?? DEFAULTS[param], from, conditional };
  };
  return { opstat: read('OPSTAT'), appstat: read('APPSTAT'), notes };
}

export type Verdict = 'full' | 'partial' | 'none';

export interface OpstatMeaning {
  /** Restoring has any effect at all. */
  readonly restores: boolean;
  /** The second Options screen's settings are restored. */
  readonly secondScreen: boolean;
  /** Not a value the telephone documents. */
  readonly unknown: boolean;
}

export function opstatMeaning(value: string): OpstatMeaning {
  const v = value.trim();
  if (v === '0' || v === '000') return { restores: false, secondScreen: false, unknown: false };
  if (v === '1') return { restores: true, secondScreen: true, unknown: false };
  if (/^[01]{3}$/.test(v)) return { restores: true, secondScreen: v[0] === '1', unknown: false };
  return { restores: true, secondScreen: true, unknown: true };
}

/** APPSTAT 0, 2 and 3 do not allow speed dial changes (spec §1). */
export const appstatLocksSpeedDials = (value: string): boolean => ['0', '2', '3'].includes(value.trim());

export interface RestoreReport {
  readonly verdict: Verdict;
  /** Plain sentences: what the telephone does with this backup, then what may change that, then what to do. */
  readonly messages: readonly string[];
}

const listWords = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const where = (r: ParamReading, name: Param): string => (r.from ? `line ${r.from.line} sets ${name} ${r.value}` : `the file does not set ${name}, so the telephone's default ${DEFAULTS[name]} applies`);

/** What the telephone will do with this backup under these settings, in plain words. */
export function restoreReport(reading: SettingsReading, doc: BackupDocument, model: ModelId = '4620SW'): RestoreReport {
  const values = valuesOf(doc, model);
  const speedDials = values.speedDials.filter((e) => e.label !== undefined || e.number !== undefined).length;
  const featureLabels = values.featureLabels.filter((l) => l.label !== undefined).length;
  const messages: string[] = [];
  const op = opstatMeaning(reading.opstat.value);
  let verdict: Verdict = 'full';
  if (!op.restores) {
    verdict = 'none';
    messages.push(`Restoring this backup has no effect: ${where(reading.opstat, 'OPSTAT')}. The telephone ignores the whole file. To let it restore, set OPSTAT to 111 in 46xxsettings.txt (or remove the line).`);
  } else {
    if (op.unknown) messages.push(`OPSTAT is “${reading.opstat.value}” (${where(reading.opstat, 'OPSTAT')}), which is not 0, 000 or three digits 0/1; the editor cannot tell what the telephone does with it.`);
    if (!op.secondScreen) {
      const locked = SETTINGS.filter((d) => SECOND_OPTIONS_SCREEN.settings.includes(d.id) && values.settings[d.id] !== undefined).map((d) => d.name);
      if (featureLabels > 0 && SECOND_OPTIONS_SCREEN.lists.includes('featureLabel')) locked.push(`${featureLabels} feature button label(s)`);
      if (locked.length > 0) {
        verdict = 'partial';
        messages.push(`The telephone does not restore ${listWords(locked)} from this backup: ${where(reading.opstat, 'OPSTAT')}, whose first digit 0 locks the second Options screen (Personalized Ring, Contrast, Backup/Restore, Feature Button Labeling, PC Ethernet interface, Display Language).`);
      } else {
        messages.push(`${capital(where(reading.opstat, 'OPSTAT'))}: the second Options screen is locked, but this backup sets nothing on it.`);
      }
    }
    if (appstatLocksSpeedDials(reading.appstat.value)) {
      if (speedDials > 0) {
        verdict = 'partial';
        messages.push(`The telephone does not restore the ${speedDials} speed dial(s) in this backup: ${where(reading.appstat, 'APPSTAT')}, which does not allow speed dial changes. APPSTAT 1 allows them.`);
      } else {
        messages.push(`${capital(where(reading.appstat, 'APPSTAT'))}: speed dial changes are not allowed, but this backup has no speed dials.`);
      }
    }
    if (messages.length === 0) messages.push(`The telephone restores everything in this backup: ${where(reading.opstat, 'OPSTAT')} and ${where(reading.appstat, 'APPSTAT')}.`);
  }
  for (const [name, r] of [['OPSTAT', reading.opstat], ['APPSTAT', reading.appstat]] as const) {
    for (const s of r.conditional) {
      messages.push(`Line ${s.line} sets ${name} ${s.value} inside an IF/GOTO block; the editor cannot tell whether your telephone runs it. If it does, ${consequence(name, s.value)}`);
    }
  }
  messages.push(...reading.notes);
  return { verdict, messages };
}

function consequence(name: Param, value: string): string {
  if (name === 'APPSTAT') return appstatLocksSpeedDials(value) ? 'speed dials are not restored.' : 'speed dials are restored.';
  const m = opstatMeaning(value);
  if (!m.restores) return 'restoring has no effect.';
  if (!m.secondScreen) return 'the second Options screen’s settings are not restored.';
  return 'the options are restored.';
}
