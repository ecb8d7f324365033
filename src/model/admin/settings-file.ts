import { SECOND_OPTIONS_SCREEN, SETTINGS, type ModelId } from '../../catalog/catalog.ts';
import type { BackupDocument } from '../../format/document.ts';
import { msg, type Msg, type MsgValue } from '../../catalog/msg.ts';
import { listMsg } from '../../catalog/msg-list.ts';
import { settingName } from './words.ts';
import { speedDialInFile, valuesOf } from '../values.ts';

/**
 * Reading OPSTAT, APPSTAT, RESTORESTAT and FTPUSERSTAT from a 46xxsettings.txt script, and what they mean for a
 * backup (spec §1). Later 4600 releases back up over HTTP as well as FTP, with the same file names: these
 * parameters govern both.
 *
 * The script's lines: `SET NAME value` (value optionally in double quotes), `## comment`, `# LABEL`,
 * `IF $VAR SEQ text GOTO LABEL`, `GOTO LABEL`, `GET file`. The last SET the telephone runs wins. The editor
 * cannot know the telephone's $MODEL, $GROUP … so it follows every branch: a SET that every path from the top of
 * the script runs is certain; one that only some paths run is reported as depending on an IF/GOTO.
 */

export type Param = 'OPSTAT' | 'APPSTAT' | 'RESTORESTAT' | 'FTPUSERSTAT';
/**
 * The telephone's values when the script sets none (4600 LAN Administrator Guide [doc]): RESTORESTAT 1 turns
 * automatic backup and restore on, FTPUSERSTAT 1 lets the user change the backup server and path.
 */
export const DEFAULTS: Record<Param, string> = { OPSTAT: '111', APPSTAT: '1', RESTORESTAT: '1', FTPUSERSTAT: '1' };

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
  /** 0: no automatic backup or restore at all (FTP or HTTP), whatever OPSTAT says. */
  readonly restorestat: ParamReading;
  /** 0: the user cannot change the backup server or path. */
  readonly ftpuserstat: ParamReading;
  /** Lines the editor could not follow (GET of another file, GOTO to a missing label), in plain words. */
  readonly notes: readonly Msg[];
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
  const notes: Msg[] = [];
  const target = (label: string, line: number): number => {
    const at = labels.get(label);
    if (at !== undefined) return at;
    notes.push(msg('admin.restore.missingLabel', { line, label }));
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
        notes.push(msg('admin.restore.getFile', { line: st.line, file: st.file }));
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
  return { opstat: read('OPSTAT'), appstat: read('APPSTAT'), restorestat: read('RESTORESTAT'), ftpuserstat: read('FTPUSERSTAT'), notes };
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

/** RESTORESTAT 0: the telephone neither backs up nor restores on its own (spec §1). */
export const restorestatOff = (value: string): boolean => value.trim() === '0';

/** FTPUSERSTAT 0: the user cannot change the backup server or path (spec §1). */
export const ftpuserstatLocked = (value: string): boolean => value.trim() === '0';

/** The backup settings FTPUSERSTAT 0 takes from the user: the server and the path. */
export const FTP_USER_SETTINGS: readonly string[] = ['ftpServer', 'ftpDirectory'];

/** APPSTAT 0, 2 and 3 do not allow speed dial changes (spec §1). */
export const appstatLocksSpeedDials = (value: string): boolean => ['0', '2', '3'].includes(value.trim());

export interface RestoreReport {
  readonly verdict: Verdict;
  /** Plain sentences: what the telephone does with this backup, then what may change that, then what to do. */
  readonly messages: readonly Msg[];
}

/** Where a value comes from, inside a sentence (“line 4 sets OPSTAT 000”) or at its start (“Line 4 sets …”). */
const where = (r: ParamReading, name: Param, start = false): Msg =>
  r.from
    ? msg(start ? 'admin.restore.whereLineStart' : 'admin.restore.whereLine', { line: r.from.line, name, value: r.value })
    : msg(start ? 'admin.restore.whereDefaultStart' : 'admin.restore.whereDefault', { name, value: DEFAULTS[name] });

/** What the telephone will do with this backup under these settings, in plain words. */
export function restoreReport(reading: SettingsReading, doc: BackupDocument, model: ModelId = '4620SW'): RestoreReport {
  const values = valuesOf(doc, model);
  const speedDials = values.speedDials.filter(speedDialInFile).length;
  const featureLabels = values.featureLabels.filter((l) => l.label !== undefined).length;
  const messages: Msg[] = [];
  const op = opstatMeaning(reading.opstat.value);
  let verdict: Verdict = 'full';
  if (restorestatOff(reading.restorestat.value)) {
    verdict = 'none';
    messages.push(msg('admin.restore.restorestatOff', { where: where(reading.restorestat, 'RESTORESTAT') }));
  } else if (!op.restores) {
    verdict = 'none';
    messages.push(msg('admin.restore.noEffect', { where: where(reading.opstat, 'OPSTAT') }));
  } else {
    if (op.unknown) messages.push(msg('admin.restore.unknownOpstat', { value: reading.opstat.value, where: where(reading.opstat, 'OPSTAT') }));
    if (!op.secondScreen) {
      const locked: MsgValue[] = SETTINGS.filter((d) => SECOND_OPTIONS_SCREEN.settings.includes(d.id) && values.settings[d.id] !== undefined).map(settingName);
      if (featureLabels > 0 && SECOND_OPTIONS_SCREEN.lists.includes('featureLabel')) locked.push(msg('admin.restore.featureLabels', { count: featureLabels }));
      if (locked.length > 0) {
        verdict = 'partial';
        messages.push(msg('admin.restore.secondScreenLocked', { what: listMsg(locked, 'and'), where: where(reading.opstat, 'OPSTAT') }));
      } else {
        messages.push(msg('admin.restore.secondScreenUnused', { where: where(reading.opstat, 'OPSTAT', true) }));
      }
    }
    if (appstatLocksSpeedDials(reading.appstat.value)) {
      if (speedDials > 0) {
        verdict = 'partial';
        messages.push(msg('admin.restore.speedDialsLocked', { count: speedDials, where: where(reading.appstat, 'APPSTAT') }));
      } else {
        messages.push(msg('admin.restore.speedDialsUnused', { where: where(reading.appstat, 'APPSTAT', true) }));
      }
    }
    if (ftpuserstatLocked(reading.ftpuserstat.value)) {
      const set = SETTINGS.filter((d) => FTP_USER_SETTINGS.includes(d.id) && values.settings[d.id] !== undefined).map(settingName);
      if (set.length > 0) {
        verdict = 'partial';
        messages.push(msg('admin.restore.ftpUserLocked', { what: listMsg(set, 'and'), count: set.length, where: where(reading.ftpuserstat, 'FTPUSERSTAT') }));
      }
    }
    if (messages.length === 0) messages.push(msg('admin.restore.everything', { opstat: where(reading.opstat, 'OPSTAT'), appstat: where(reading.appstat, 'APPSTAT') }));
  }
  const params = [
    ['RESTORESTAT', reading.restorestat],
    ['OPSTAT', reading.opstat],
    ['APPSTAT', reading.appstat],
    ['FTPUSERSTAT', reading.ftpuserstat],
  ] as const;
  for (const [name, r] of params) {
    for (const s of r.conditional) {
      messages.push(msg('admin.restore.conditional', { line: s.line, name, value: s.value, consequence: consequence(name, s.value) }));
    }
  }
  messages.push(...reading.notes);
  return { verdict, messages };
}

function consequence(name: Param, value: string): Msg {
  if (name === 'RESTORESTAT') return msg(restorestatOff(value) ? 'admin.restore.thenNoBackupRestore' : 'admin.restore.thenBackupRestore');
  if (name === 'FTPUSERSTAT') return msg(ftpuserstatLocked(value) ? 'admin.restore.thenFtpLocked' : 'admin.restore.thenFtpFree');
  if (name === 'APPSTAT') return msg(appstatLocksSpeedDials(value) ? 'admin.restore.thenSpeedDialsNot' : 'admin.restore.thenSpeedDials');
  const m = opstatMeaning(value);
  if (!m.restores) return msg('admin.restore.thenNoEffect');
  if (!m.secondScreen) return msg('admin.restore.thenSecondScreenNot');
  return msg('admin.restore.thenOptions');
}
