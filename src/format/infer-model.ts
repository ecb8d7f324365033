import { DEFAULT_4620_MODEL, LISTS, SETTINGS, type Family, type ModelId, type Protocol } from '../catalog/catalog.ts';
import type { BackupDocument } from './document.ts';
import { parseKey } from './keys.ts';
import type { ParsedFileName } from './file-name.ts';

export interface Inference {
  readonly model: ModelId;
  readonly protocol: Protocol;
  /** Why, in plain words, one line per conclusion. */
  readonly reasons: readonly string[];
  /** Where the name and the content disagree. */
  readonly conflicts: readonly string[];
}

const CYRILLIC_OR_HEBREW = /[\u0400-\u04ff\u0590-\u05ff]/;
// Hiragana or CJK ideographs: the 4620 cannot show them (spec §6).
const HAN_OR_HIRAGANA = /[\u3040-\u309f\u4e00-\u9fff]/;

/**
 * Guesses the telephone model and protocol from the file name and content (spec §2: the name tells the family
 * and protocol, never the exact model). The user can always override the result.
 */
export function inferModel(name: ParsedFileName | null, doc: BackupDocument): Inference {
  const reasons: string[] = [];
  const conflicts: string[] = [];
  const ids = new Set<string>();
  const maxIndex = new Map<string, number>();
  let nonLatin = false;
  let hanOrHiragana = false;
  for (const line of doc.lines) {
    if (line.kind !== 'setting' || line.key === null) continue;
    const k = parseKey(line.key);
    if (k.kind === 'setting') ids.add(k.id);
    else {
      maxIndex.set(k.list, Math.max(maxIndex.get(k.list) ?? 0, k.index));
      if (k.field === 'label') {
        if (CYRILLIC_OR_HEBREW.test(line.value)) nonLatin = true;
        if (HAN_OR_HIRAGANA.test(line.value)) hanOrHiragana = true;
      }
    }
  }
  const defsIn = SETTINGS.filter((s) => ids.has(s.id));

  // Family
  let family: Family | null = name?.family ?? null;
  if (name) reasons.push(`The file name says the ${name.family} family.`);
  const colours = defsIn.filter((d) => d.models?.length === 1 && d.models[0] === '4625SW');
  let contentFamily: { family: Family; why: string } | null = null;
  for (const list of LISTS) {
    const max = maxIndex.get(list.id) ?? 0;
    if (max > list.capacity['4610']) {
      contentFamily = { family: '4620', why: `it has ${list.title.toLowerCase()} up to number ${max}, more than a 4610SW holds (${list.capacity['4610']})` };
      break;
    }
  }
  if (!contentFamily && colours.length > 0) contentFamily = { family: '4620', why: 'it has 4625SW background colour settings' };
  const cawidth = defsIn.find((d) => d.id === 'callAppearanceWidth');
  if (!contentFamily && cawidth) contentFamily = { family: '4620', why: `it has ${cawidth.name}, which the 4610SW lacks` };
  if (contentFamily) {
    if (family === null) {
      family = contentFamily.family;
      reasons.push(`The ${family} family: ${contentFamily.why}.`);
    } else if (family !== contentFamily.family) {
      conflicts.push(`The name says ${family}, but ${contentFamily.why}.`);
    }
  }
  if (family === null) {
    family = '4620';
    reasons.push('Nothing in the name or content tells the family; the 4620 family is assumed.');
  }

  // Model
  let model: ModelId;
  if (family === '4610') {
    model = '4610SW';
  } else if (colours.length > 0) {
    model = '4625SW';
    reasons.push('4625SW: the file has background colour settings.');
  } else {
    model = DEFAULT_4620_MODEL;
    const why = nonLatin || hanOrHiragana ? 'labels use a script the 4620 cannot show' : 'the file cannot tell which 4620-family model it is';
    reasons.push(`${model}: ${why}; change it if yours differs.`);
  }

  // Protocol
  let protocol: Protocol | null = name?.protocol ?? null;
  if (name) reasons.push(name.protocol === 'sip' ? 'SIP: the name ends in _sip.' : 'H.323: the name has no _sip.');
  const sipOnly = defsIn.filter((d) => d.protocols?.length === 1 && d.protocols[0] === 'sip');
  const h323Only = defsIn.filter((d) => d.protocols?.length === 1 && d.protocols[0] === 'h323');
  const contentProtocol: { p: Protocol; why: string } | null =
    sipOnly.length > 0 && h323Only.length === 0
      ? { p: 'sip', why: `it has ${sipOnly.map((d) => d.name).join(', ')}, which only SIP phones have` }
      : h323Only.length > 0 && sipOnly.length === 0
        ? { p: 'h323', why: `it has ${h323Only.map((d) => d.name).join(', ')}, which only H.323 phones have` }
        : null;
  if (contentProtocol) {
    if (protocol === null) {
      protocol = contentProtocol.p;
      reasons.push(`${contentProtocol.p === 'sip' ? 'SIP' : 'H.323'}: ${contentProtocol.why}.`);
    } else if (protocol !== contentProtocol.p) {
      conflicts.push(`The name says ${protocol === 'sip' ? 'SIP' : 'H.323'}, but ${contentProtocol.why}.`);
    }
  }
  if (protocol === null) {
    protocol = 'h323';
    reasons.push('H.323 is assumed: nothing in the name or content tells the protocol.');
  }
  return { model, protocol, reasons, conflicts };
}
