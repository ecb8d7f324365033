import { DEFAULT_4620_MODEL, LISTS, SETTINGS, settingLabel, type Family, type ModelId, type Protocol } from '../catalog/catalog.ts';
import { msg, type Msg } from '../catalog/msg.ts';
import { listMsg } from '../catalog/msg-list.ts';
import type { BackupDocument } from './document.ts';
import { parseKey } from './keys.ts';
import type { ParsedFileName } from './file-name.ts';

export interface Inference {
  readonly model: ModelId;
  readonly protocol: Protocol;
  /** Why, in plain words, one line per conclusion. */
  readonly reasons: readonly Msg[];
  /** The one of `reasons` that says why this exact model, when there is one (not for the 4610 family). */
  readonly modelReason: Msg | null;
  /** Where the name and the content disagree. */
  readonly conflicts: readonly Msg[];
}

const CYRILLIC_OR_HEBREW = /[\u0400-\u04ff\u0590-\u05ff]/;
// Hiragana or CJK ideographs: the 4620 cannot show them (spec §6).
const HAN_OR_HIRAGANA = /[\u3040-\u309f\u4e00-\u9fff]/;

/**
 * Guesses the telephone model and protocol from the file name and content (spec §2: the name tells the family
 * and protocol, never the exact model). The user can always override the result.
 */
export function inferModel(name: ParsedFileName | null, doc: BackupDocument): Inference {
  const reasons: Msg[] = [];
  const conflicts: Msg[] = [];
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
  if (name) reasons.push(msg('inference.familyFromName', { family: name.family }));
  const colours = defsIn.filter((d) => d.models?.length === 1 && d.models[0] === '4625SW');
  let contentFamily: { family: Family; why: Msg } | null = null;
  for (const list of LISTS) {
    const max = maxIndex.get(list.id) ?? 0;
    if (max > list.capacity['4610SW']) {
      const id = list.id === 'speedDial' ? 'inference.whySpeedDialsPast4610' : 'inference.whyFeatureLabelsPast4610';
      contentFamily = { family: '4620', why: msg(id, { max, capacity: list.capacity['4610SW'] }) };
      break;
    }
  }
  if (!contentFamily && colours.length > 0) contentFamily = { family: '4620', why: msg('inference.whyColours') };
  const cawidth = defsIn.find((d) => d.id === 'callAppearanceWidth');
  if (!contentFamily && cawidth) contentFamily = { family: '4620', why: msg('inference.whyNotOn4610', { setting: settingLabel(cawidth) }) };
  if (contentFamily) {
    if (family === null) {
      family = contentFamily.family;
      reasons.push(msg('inference.familyFromContent', { family, why: contentFamily.why }));
    } else if (family !== contentFamily.family) {
      conflicts.push(msg('inference.conflict', { named: family, why: contentFamily.why }));
    }
  }
  if (family === null) {
    family = '4620';
    reasons.push(msg('inference.familyAssumed'));
  }

  // Model
  let model: ModelId;
  let modelReason: Msg | null = null;
  if (family === '4610') {
    model = '4610SW';
  } else if (colours.length > 0) {
    model = '4625SW';
    modelReason = msg('inference.model4625', { model });
  } else {
    model = DEFAULT_4620_MODEL;
    modelReason = msg(nonLatin || hanOrHiragana ? 'inference.modelForScript' : 'inference.modelDefault', { model });
  }
  if (modelReason) reasons.push(modelReason);

  // Protocol
  let protocol: Protocol | null = name?.protocol ?? null;
  if (name) reasons.push(msg(name.protocol === 'sip' ? 'inference.sipFromName' : 'inference.h323FromName'));
  const sipOnly = defsIn.filter((d) => d.protocols?.length === 1 && d.protocols[0] === 'sip');
  const h323Only = defsIn.filter((d) => d.protocols?.length === 1 && d.protocols[0] === 'h323');
  const onlyFor = (defs: typeof defsIn, label: string): Msg => msg('inference.whyOnlyProtocol', { settings: listMsg(defs.map(settingLabel), 'comma'), protocol: label });
  const contentProtocol: { p: Protocol; why: Msg } | null =
    sipOnly.length > 0 && h323Only.length === 0
      ? { p: 'sip', why: onlyFor(sipOnly, 'SIP') }
      : h323Only.length > 0 && sipOnly.length === 0
        ? { p: 'h323', why: onlyFor(h323Only, 'H.323') }
        : null;
  if (contentProtocol) {
    if (protocol === null) {
      protocol = contentProtocol.p;
      reasons.push(msg('inference.protocolFromContent', { protocol: contentProtocol.p === 'sip' ? 'SIP' : 'H.323', why: contentProtocol.why }));
    } else if (protocol !== contentProtocol.p) {
      conflicts.push(msg('inference.conflict', { named: protocol === 'sip' ? 'SIP' : 'H.323', why: contentProtocol.why }));
    }
  }
  if (protocol === null) {
    protocol = 'h323';
    reasons.push(msg('inference.h323Assumed'));
  }
  return { model, protocol, reasons, modelReason, conflicts };
}
