import {
  FEATURE_LABEL,
  LANGUAGE_SCRIPT,
  PASSWORD_LIKE,
  PROTOCOL_LABELS,
  SETTINGS,
  SPEED_DIAL,
  listCapacity,
  modelHasSetting,
  modelScripts,
  settingLabel,
  type ModelId,
  type Protocol,
  type Release,
} from '../catalog/catalog.ts';
import type { Decoded } from '../format/decode.ts';
import type { BackupDocument, Line, SettingLine } from '../format/document.ts';
import { catalogName, listKey, parseKey } from '../format/keys.ts';
import { visibleName } from '../display/visible-name.ts';
import { glyphWarning } from '../display/coverage.ts';
import { msg, type Msg } from '../catalog/msg.ts';
import { listMsg } from '../catalog/msg-list.ts';
import { labelProblem, numberProblem, settingProblem, trimmedFix, trimmedNumberFix, type ValueSource } from './schemas.ts';
import { pastCapacityProblem } from './capacity.ts';

export type Severity = 'error' | 'warning' | 'info';

/** Where a problem takes the user: a typed field, a raw line, or the file as a whole. */
export type Target =
  | { readonly kind: 'setting'; readonly id: string }
  | { readonly kind: 'list'; readonly list: 'speedDial' | 'featureLabel'; readonly index: number; readonly field: 'label' | 'number' }
  | { readonly kind: 'line'; readonly lineId: number }
  /** A control of the form that is not a value of the document (the extension): its element id. */
  | { readonly kind: 'field'; readonly id: string }
  | { readonly kind: 'file' };

export interface Problem {
  readonly id: string;
  readonly severity: Severity;
  readonly message: Msg;
  readonly target: Target;
  /** 1-based line number in the file as it will be saved, when the problem belongs to a line. */
  readonly lineNo?: number;
  /** A line the user can remove from the problem itself (password-like lines, overridden duplicates). */
  readonly removableLineId?: number;
  /** Lines the user can remove all at once from the problem, as one step (entries past the model's capacity). */
  readonly removableLineIds?: readonly number[];
  /**
   * The value without the spaces around it, when trimming is all it takes (" 7 " → "7"), and the key of the line
   * to trim: offered as one click.
   */
  readonly trim?: { readonly key: string; readonly to: string };
}

export interface ProblemContext {
  readonly model: ModelId;
  readonly protocol: Protocol;
  /** The firmware release the phones run, for which characters they can show; R2.7 or later when not given. */
  readonly release?: Release;
  readonly decoded?: Omit<Decoded, 'text'>;
  /**
   * The document as last loaded or saved: a value its line still has there is quoted as what the file says, one
   * changed since as what the user entered. Without it, every value is the file's.
   */
  readonly saved?: BackupDocument;
}

/** Lines whose names look like passwords: the editor does not write them without asking. */
export function passwordLikeLineIds(doc: BackupDocument): number[] {
  return doc.lines.flatMap((l) => (l.kind === 'setting' && PASSWORD_LIKE.test(l.name) ? [l.id] : []));
}

export function targetDomId(t: Target): string {
  switch (t.kind) {
    case 'setting':
      return `setting-${t.id}`;
    case 'list':
      return `${t.list}-${t.index}-${t.field}`;
    case 'line':
      return `line-${t.lineId}`;
    case 'field':
      return t.id;
    case 'file':
      return 'file-summary';
  }
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/**
 * The last lines' problems, by position (see findProblems): a line that is the same object in the same place, won
 * over by the same line, for the same model, has the same problems, the same objects.
 */
let last: { readonly lines: readonly Line[]; readonly offset: number; readonly model: ModelId; readonly protocol: Protocol; readonly release: Release | undefined; readonly saved: BackupDocument | undefined; readonly winners: readonly number[]; readonly problems: readonly (readonly Problem[])[] } | null = null;

/** The problems of one line, numbered `lineNo`; `winnerNo` is the number of a later line of the same name, which wins. */
function lineProblems(line: Line, lineNo: number, winnerNo: number | null, targetOf: () => Target, model: ModelId, protocol: Protocol, release: Release | undefined, sourceOf: (line: SettingLine) => ValueSource): readonly Problem[] {
  const out: Problem[] = [];
  if (CONTROL.test(line.text)) {
    out.push({ id: `ctl-${line.id}`, severity: 'warning', lineNo, target: targetOf(), message: msg('problem.controlCharacter', { line: lineNo }) });
  }
  if (line.kind === 'other') {
    out.push({ id: `other-${line.id}`, severity: 'info', lineNo, target: { kind: 'line', lineId: line.id }, message: msg('problem.notNameValue', { line: lineNo }) });
    return out;
  }
  if (line.kind !== 'setting') return out;
  if (PASSWORD_LIKE.test(line.name)) {
    out.push({ id: `pw-${line.id}`, severity: 'error', lineNo, target: { kind: 'line', lineId: line.id }, removableLineId: line.id, message: msg('problem.passwordLike', { line: lineNo, name: visibleName(line.name.trim()) }) });
  }
  if (line.key === null) {
    // A known name with spaces of its own is another name to the phone: said louder than a name nobody knows.
    out.push(
      line.looksLike !== null
        ? { id: `spaced-${line.id}`, severity: 'warning', lineNo, target: { kind: 'line', lineId: line.id }, message: msg('problem.spacedName', { line: lineNo, name: visibleName(line.name), like: catalogName(line.looksLike) }) }
        : { id: `unknown-${line.id}`, severity: 'info', lineNo, target: { kind: 'line', lineId: line.id }, message: msg('problem.unknownName', { line: lineNo, name: visibleName(line.name) }) },
    );
    return out;
  }
  if (winnerNo !== null) {
    out.push({ id: `dup-${line.id}`, severity: 'warning', lineNo, target: { kind: 'line', lineId: line.id }, removableLineId: line.id, message: msg('problem.duplicate', { line: lineNo, name: visibleName(line.name.trim()), winner: winnerNo }) });
    return out;
  }
  out.push(...valueProblems(line, lineNo, model, protocol, release, sourceOf));
  return out;
}

export function findProblems(doc: BackupDocument, ctx: ProblemContext): Problem[] {
  const out: Problem[] = [];
  const { model, protocol, release, decoded, saved } = ctx;
  // Each line's value in the saved document, by line id: found only when a value has something to say.
  let savedValues: Map<number, string> | null = null;
  const sourceOf = (line: SettingLine): ValueSource => {
    if (!saved) return 'file';
    savedValues ??= new Map(saved.lines.flatMap((l) => (l.kind === 'setting' ? [[l.id, l.value] as const] : [])));
    return savedValues.get(line.id) === line.value ? 'file' : 'edited';
  };
  const first = doc.lines[0];
  // Line numbers as saved: a blank first line is added when the file lacks one.
  const offset = first && first.kind === 'blank' ? 1 : 2;

  const lastByKey = new Map<string, SettingLine>();
  /** The index of the line in effect for each name: the last. */
  const lastIndex = new Map<string, number>();
  doc.lines.forEach((line, i) => {
    if (line.kind !== 'setting' || line.key === null) return;
    lastByKey.set(line.key, line);
    lastIndex.set(line.key, i);
  });
  /** Where a problem with `line` takes the user: its field when it is the line in effect, else the raw line. */
  const targetOf = (line: Line): Target => lineTarget(line, model, protocol, line.kind === 'setting' && line.key !== null && lastByKey.get(line.key) === line);

  if (decoded?.bom) out.push({ id: 'bom', severity: 'info', target: { kind: 'file' }, message: msg('problem.bom') });
  if (decoded?.encoding === 'windows-1252') {
    out.push({ id: 'enc', severity: 'warning', target: { kind: 'file' }, message: msg('problem.windows1252') });
  } else if (decoded?.encoding === 'utf-8+windows-1252') {
    out.push({ id: 'enc', severity: 'warning', target: { kind: 'file' }, message: msg('problem.mixedEncoding', { count: decoded.legacyBytes ?? 0 }) });
  } else if (decoded?.encoding === 'utf-16le' || decoded?.encoding === 'utf-16be') {
    out.push({ id: 'enc', severity: 'warning', target: { kind: 'file' }, message: msg(decoded.guessedUtf16 ? 'problem.utf16NoBom' : 'problem.utf16') });
  }
  if (decoded && decoded.replaced > 0) out.push({ id: 'replaced', severity: 'warning', target: { kind: 'file' }, message: msg('problem.unreadable', { count: decoded.replaced }) });
  if (first && first.kind !== 'blank') {
    out.push({ id: 'first-line', severity: 'warning', target: targetOf(first), lineNo: 2, message: msg('problem.firstLine') });
  }
  // Said once, at the first: a file from an old Mac ends every line so.
  const crAt = doc.lines.findIndex((l) => l.eol === '\r');
  const crLine = doc.lines[crAt];
  if (crLine) {
    out.push({ id: 'lone-cr', severity: 'warning', target: targetOf(crLine), lineNo: crAt + offset, message: msg('problem.loneCr', { line: crAt + offset }) });
  }

  // A line's problems depend on the line, its number, the line that wins over it and the model: worked out once for
  // each, so typing in one field of a large file does not build every other line's problems again.
  const before = last !== null && last.offset === offset && last.model === model && last.protocol === protocol && last.release === release && last.saved === saved ? last : null;
  const winners: number[] = [];
  const perLine: (readonly Problem[])[] = [];
  doc.lines.forEach((line, i) => {
    const lineNo = i + offset;
    const winner = line.kind === 'setting' && line.key !== null ? (lastIndex.get(line.key) ?? i) : i;
    const problems = before && before.lines[i] === line && before.winners[i] === winner ? (before.problems[i] ?? []) : lineProblems(line, lineNo, winner === i ? null : winner + offset, () => targetOf(line), model, protocol, release, sourceOf);
    winners.push(winner);
    perLine.push(problems);
    out.push(...problems);
  });
  last = { lines: doc.lines, offset, model, protocol, release, saved, winners, problems: perLine };
  // Entries past the model's capacity: one problem for them all (see capacity.ts), not one an entry.
  const past = pastCapacityProblem(doc, model, offset);
  if (past) out.push(past);

  // A speed dial the phone shows but that dials nothing: a label with no number (none in the file, or an empty one).
  const sdCap = listCapacity(SPEED_DIAL, model);
  for (const [key, labelLine] of lastByKey) {
    const k = parseKey(key);
    if (k.kind !== 'list' || k.list !== 'speedDial' || k.field !== 'label' || k.index > sdCap || labelLine.value.trim() === '') continue;
    const numberKey = listKey('speedDial', k.index, 'number');
    const numberLine = lastByKey.get(numberKey);
    if (numberLine && numberLine.value.trim() !== '') continue;
    out.push({
      id: `no-number-${k.index}`,
      severity: 'warning',
      lineNo: (lastIndex.get(numberLine ? numberKey : key) ?? 0) + offset,
      target: { kind: 'list', list: 'speedDial', index: k.index, field: 'number' },
      message: msg('problem.speedDialNoNumber', { index: k.index, label: labelLine.value }),
    });
  }

  const lang = lastByKey.get('setting:displayLanguage')?.value;
  const displayLanguage = SETTINGS.find((d) => d.id === 'displayLanguage');
  const script = lang ? LANGUAGE_SCRIPT[lang as keyof typeof LANGUAGE_SCRIPT] : undefined;
  if (lang !== undefined && script && displayLanguage && !modelScripts(model, release).includes(script)) {
    // A script the model draws from R2.7 on: the release is why, and the message says so.
    const id = modelScripts(model).includes(script) ? 'problem.languageScriptBeforeR27' : 'problem.languageScript';
    out.push({ id: 'lang-script', severity: 'warning', target: { kind: 'setting', id: 'displayLanguage' }, message: msg(id, { setting: settingLabel(displayLanguage), language: lang, model }) });
  }
  return out;
}

/**
 * Where a line's problems take the user: its typed field when one shows it (the effective line of a setting
 * the model and protocol have, or a list entry within the model's capacity), else the raw line. Find across files
 * takes the user there too.
 */
export function lineTarget(line: Line, model: ModelId, protocol: Protocol, effective: boolean): Target {
  if (line.kind !== 'setting' || line.key === null || !effective) return { kind: 'line', lineId: line.id };
  const k = parseKey(line.key);
  if (k.kind === 'setting') {
    const def = SETTINGS.find((d) => d.id === k.id);
    return def && modelHasSetting(def, model, protocol) ? keyTarget(line.key) : { kind: 'line', lineId: line.id };
  }
  const list = k.list === 'speedDial' ? SPEED_DIAL : FEATURE_LABEL;
  return k.index <= listCapacity(list, model) ? keyTarget(line.key) : { kind: 'line', lineId: line.id };
}

function keyTarget(key: string): Target {
  const k = parseKey(key);
  return k.kind === 'setting' ? { kind: 'setting', id: k.id } : { kind: 'list', list: k.list, index: k.index, field: k.field };
}

function valueProblems(line: SettingLine, lineNo: number, model: ModelId, protocol: Protocol, release: Release | undefined, sourceOf: (line: SettingLine) => ValueSource): Problem[] {
  const key = line.key as string;
  const k = parseKey(key);
  // Found only for a line with a problem: a file's open checks every line, nearly all of them good.
  let target: Target | undefined;
  const p = (id: string, severity: Severity, message: Msg): Problem => ({ id: `${id}-${line.id}`, severity, lineNo, target: (target ??= lineTarget(line, model, protocol, true)), message });
  if (k.kind === 'setting') {
    const def = SETTINGS.find((s) => s.id === k.id);
    if (!def) return [];
    const out: Problem[] = [];
    if (!modelHasSetting(def, model, protocol)) {
      const values = { setting: settingLabel(def), model, protocol: PROTOCOL_LABELS[protocol] };
      out.push(
        p(
          'scope',
          'warning',
          def.protocols && !def.protocols.includes(protocol)
            ? msg('problem.onlyForProtocols', { ...values, protocols: listMsg(def.protocols.map((x) => PROTOCOL_LABELS[x]), 'comma') })
            : msg('problem.onlyForModels', { ...values, models: listMsg(def.models ?? [], 'comma') }),
        ),
      );
    }
    const bad = settingProblem(def, line.value, sourceOf(line));
    const to = bad ? trimmedFix(def, line.value) : null;
    if (bad) out.push({ ...p('value', 'error', msg('problem.badValue', { problem: bad })), ...(to !== null ? { trim: { key, to } } : {}) });
    return out;
  }
  const list = k.list === 'speedDial' ? SPEED_DIAL : FEATURE_LABEL;
  const out: Problem[] = [];
  // An entry past the model's capacity is ignored by the phone, its value too: pastCapacityProblem says so once.
  if (k.index > listCapacity(list, model)) return out;
  if (k.field === 'label') {
    const long = labelProblem(list, k.index, line.value);
    if (long) out.push(p('long', 'warning', long));
    const glyph = glyphWarning(line.value, model, release);
    if (glyph) out.push(p('glyph', 'warning', glyph));
  } else {
    const bad = numberProblem(list, k.index, line.value);
    const to = bad ? trimmedNumberFix(list, k.index, line.value) : null;
    if (bad) out.push({ ...p('number', 'error', bad), ...(to !== null ? { trim: { key, to } } : {}) });
  }
  return out;
}
