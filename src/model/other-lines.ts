import { FEATURE_LABEL, SETTINGS, SPEED_DIAL, listCapacity, modelHasSetting, settingLabel, type ModelId, type Protocol } from '../catalog/catalog.ts';
import type { BackupDocument, Line } from '../format/document.ts';
import { catalogName, parseKey } from '../format/keys.ts';
import { msg, type Msg } from '../catalog/msg.ts';

export interface OtherLine {
  readonly line: Line;
  readonly reason: Msg;
}

/**
 * The last list worked out, by position: typing in one field makes a new document that shares every other line,
 * and the entries of lines that are the same objects in the same places (and as overridden as before, for the same
 * model) are the same objects too. The list of a file with thousands of other lines is then built with a walk of
 * comparisons, and compared (its section skipped) by identity, not by content.
 */
let last: { readonly lines: readonly Line[]; readonly model: ModelId; readonly protocol: Protocol; readonly overridden: readonly boolean[]; readonly entries: readonly (OtherLine | null)[] } | null = null;

/**
 * The lines no typed field shows: text that is not NAME=value, names the catalog does not know, earlier copies
 * of a name given twice, and settings the chosen model or protocol does not have. They are kept and shown raw.
 */
export function otherLines(doc: BackupDocument, model: ModelId, protocol: Protocol): OtherLine[] {
  const lastId = new Map<string, number>();
  for (const line of doc.lines) if (line.kind === 'setting' && line.key !== null) lastId.set(line.key, line.id);
  const before = last !== null && last.model === model && last.protocol === protocol ? last : null;
  const overridden: boolean[] = [];
  const entries: (OtherLine | null)[] = [];
  const out: OtherLine[] = [];
  doc.lines.forEach((line, i) => {
    const over = line.kind === 'setting' && line.key !== null && lastId.get(line.key) !== line.id;
    const entry = before && before.lines[i] === line && before.overridden[i] === over ? (before.entries[i] ?? null) : otherEntry(line, i === 0, over, model, protocol);
    overridden.push(over);
    entries.push(entry);
    if (entry) out.push(entry);
  });
  last = { lines: doc.lines, model, protocol, overridden, entries };
  return out;
}

function otherEntry(line: Line, first: boolean, overridden: boolean, model: ModelId, protocol: Protocol): OtherLine | null {
  if (line.kind === 'blank') return null;
  if (line.kind === 'other') return { line, reason: msg(first ? 'otherLine.notNameValueFirst' : 'otherLine.notNameValue') };
  if (line.key === null) return { line, reason: line.looksLike !== null ? msg('otherLine.spacedName', { like: catalogName(line.looksLike) }) : msg('otherLine.unknownName') };
  if (overridden) return { line, reason: msg('otherLine.overridden') };
  const k = parseKey(line.key);
  if (k.kind === 'setting') {
    const def = SETTINGS.find((s) => s.id === k.id);
    return def && !modelHasSetting(def, model, protocol) ? { line, reason: msg('otherLine.notOnModel', { setting: settingLabel(def), model, protocol: protocol === 'sip' ? 'SIP' : 'H.323' }) } : null;
  }
  const list = k.list === 'speedDial' ? SPEED_DIAL : FEATURE_LABEL;
  const cap = listCapacity(list, model);
  return k.index > cap ? { line, reason: msg(k.list === 'speedDial' ? 'problem.speedDialPastCapacity' : 'problem.featureButtonPastCapacity', { index: k.index, model, capacity: cap }) } : null;
}
