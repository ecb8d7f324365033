import { msg, type MsgValue } from './msg.ts';

/**
 * Lists inside pure code's messages, joined by words the UI translates (`list.*` in the problems catalogs):
 * “a, b and c” (`and`), “a, b, c” (`comma`), “a; b” (`semicolon`). `names` is an “and” list of codes such as
 * model names, which some languages join differently from words (Hebrew writes ו- before a Latin name).
 */
export type ListStyle = 'and' | 'names' | 'comma' | 'semicolon';

const LAST = { and: 'list.and', names: 'list.andNames', comma: 'list.comma', semicolon: 'list.semicolon' } as const;

export function listMsg(items: readonly MsgValue[], style: ListStyle): MsgValue {
  if (items.length === 0) return '';
  const sep = style === 'semicolon' ? 'list.semicolon' : 'list.comma';
  let head: MsgValue = items[0] as MsgValue;
  for (let i = 1; i < items.length; i++) head = msg(i === items.length - 1 ? LAST[style] : sep, { head, next: items[i] as MsgValue });
  return head;
}
