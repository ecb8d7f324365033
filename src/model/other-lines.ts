import { FEATURE_LABEL, SETTINGS, SPEED_DIAL, listCapacity, modelHasSetting, settingLabel, type ModelId, type Protocol } from '../catalog/catalog.ts';
import type { BackupDocument, Line } from '../format/document.ts';
import { parseKey } from '../format/keys.ts';
import { msg, type Msg } from '../catalog/msg.ts';

export interface OtherLine {
  readonly line: Line;
  readonly reason: Msg;
}

/**
 * The lines no typed field shows: text that is not NAME=value, names the catalog does not know, earlier copies
 * of a name given twice, and settings the chosen model or protocol does not have. They are kept and shown raw.
 */
export function otherLines(doc: BackupDocument, model: ModelId, protocol: Protocol): OtherLine[] {
  const last = new Map<string, number>();
  for (const line of doc.lines) if (line.kind === 'setting' && line.key !== null) last.set(line.key, line.id);
  const out: OtherLine[] = [];
  doc.lines.forEach((line, i) => {
    if (line.kind === 'blank') return;
    if (line.kind === 'other') {
      out.push({ line, reason: msg(i === 0 ? 'otherLine.notNameValueFirst' : 'otherLine.notNameValue') });
      return;
    }
    if (line.key === null) {
      out.push({ line, reason: msg('otherLine.unknownName') });
      return;
    }
    if (last.get(line.key) !== line.id) {
      out.push({ line, reason: msg('otherLine.overridden') });
      return;
    }
    const k = parseKey(line.key);
    if (k.kind === 'setting') {
      const def = SETTINGS.find((s) => s.id === k.id);
      if (def && !modelHasSetting(def, model, protocol)) out.push({ line, reason: msg('otherLine.notOnModel', { setting: settingLabel(def), model, protocol: protocol === 'sip' ? 'SIP' : 'H.323' }) });
    } else {
      const list = k.list === 'speedDial' ? SPEED_DIAL : FEATURE_LABEL;
      const cap = listCapacity(list, model);
      if (k.index > cap) out.push({ line, reason: msg(k.list === 'speedDial' ? 'problem.speedDialPastCapacity' : 'problem.featureButtonPastCapacity', { index: k.index, model, capacity: cap }) });
    }
  });
  return out;
}
