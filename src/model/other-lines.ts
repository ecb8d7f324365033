import { FEATURE_LABEL, SETTINGS, SPEED_DIAL, listCapacity, modelHasSetting, type ModelId, type Protocol } from '../catalog/catalog.ts';
import type { BackupDocument, Line } from '../format/document.ts';
import { parseKey } from '../format/keys.ts';

export interface OtherLine {
  readonly line: Line;
  readonly reason: string;
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
      out.push({ line, reason: i === 0 ? 'Not a NAME=value line (and the first line, which the phone may skip).' : 'Not a NAME=value line; the phone ignores it.' });
      return;
    }
    if (line.key === null) {
      out.push({ line, reason: 'A name the editor does not know; the phone ignores names it does not know.' });
      return;
    }
    if (last.get(line.key) !== line.id) {
      out.push({ line, reason: 'Given again further down; the phone uses the last one, so this line has no effect.' });
      return;
    }
    const k = parseKey(line.key);
    if (k.kind === 'setting') {
      const def = SETTINGS.find((s) => s.id === k.id);
      if (def && !modelHasSetting(def, model, protocol)) out.push({ line, reason: `${def.name} is not a setting of the ${model} with ${protocol === 'sip' ? 'SIP' : 'H.323'}; it stays in the file.` });
    } else {
      const list = k.list === 'speedDial' ? SPEED_DIAL : FEATURE_LABEL;
      const cap = listCapacity(list, model);
      if (k.index > cap) out.push({ line, reason: `${k.list === 'speedDial' ? 'Speed dial' : 'Feature button'} ${k.index} is past the ${model}’s ${cap}; the phone ignores it. It stays in the file.` });
    }
  });
  return out;
}
