import { msg, type Msg } from '../../catalog/msg.ts';
import { isValidExtension } from '../../format/file-name.ts';

/** More than this many extensions in one go is almost certainly a typo (4001-40999). */
export const MAX_EXTENSIONS = 10_000;

export interface ExtensionList {
  /** The extensions in the order given, each once. */
  readonly extensions: readonly string[];
  /** Why parts of the input were not understood, in plain words; empty when all is well. */
  readonly problems: readonly Msg[];
  /** Extensions given more than once (kept once). */
  readonly repeated: readonly string[];
}

/**
 * Reads a list of extensions and ranges such as `4001, 4005-4099`: separated by commas, semicolons, spaces or
 * new lines; a range is `first-last` (an en dash is accepted too). An extension is its digits as written, leading
 * zeros included (`0100` is not `100`), so each extension of a range has at least the start's number of digits:
 * `0100-0105` and `0100-105` give 0100 … 0105, `98-101` gives 98 … 101.
 */
export function parseExtensions(input: string): ExtensionList {
  const extensions: string[] = [];
  const seen = new Set<string>();
  const repeated: string[] = [];
  const problems: Msg[] = [];
  const add = (ext: string): boolean => {
    if (seen.has(ext)) {
      if (!repeated.includes(ext)) repeated.push(ext);
      return true;
    }
    if (extensions.length >= MAX_EXTENSIONS) return false;
    seen.add(ext);
    extensions.push(ext);
    return true;
  };
  // Spaces around a dash belong to the range: "4005 - 4099".
  const tokens = input
    .replace(/\s*[-–]\s*/g, '-')
    .split(/[\s,;]+/)
    .filter((t) => t !== '');
  let tooMany = false;
  for (const token of tokens) {
    if (tooMany) break;
    const range = /^(\d+)-(\d+)$/.exec(token);
    if (range) {
      const [, a = '', b = ''] = range;
      if (!isValidExtension(a) || !isValidExtension(b)) {
        problems.push(msg('admin.ranges.tooLong', { token }));
        continue;
      }
      const first = BigInt(a);
      const last = BigInt(b);
      if (last < first) {
        problems.push(msg('admin.ranges.backwards', { token, range: `${b}-${a}` }));
        continue;
      }
      if (last - first >= BigInt(MAX_EXTENSIONS)) {
        problems.push(msg('admin.ranges.rangeTooLarge', { token, count: Number(last - first + 1n), max: MAX_EXTENSIONS }));
        continue;
      }
      // An end with a leading zero and another width than the start's says two widths at once: asked, not guessed.
      if (b.length !== a.length && b.length > 1 && b.startsWith('0')) {
        problems.push(msg('admin.ranges.widths', { token, range: `${a}-${last.toString().padStart(a.length, '0')}` }));
        continue;
      }
      const width = a.length;
      for (let n = first; n <= last; n++) {
        if (!add(n.toString().padStart(width, '0'))) {
          tooMany = true;
          break;
        }
      }
      continue;
    }
    if (isValidExtension(token)) {
      if (!add(token)) tooMany = true;
      continue;
    }
    problems.push(/^\d+$/.test(token) ? msg('admin.ranges.tooLong', { token }) : msg('admin.ranges.notExtension', { token }));
  }
  if (tooMany) problems.push(msg('admin.ranges.tooMany', { max: MAX_EXTENSIONS }));
  return { extensions, problems, repeated };
}

/** A short description of a list of extensions for messages: `4001, 4005 … 4099 (96 extensions)`. */
export function describeExtensions(extensions: readonly string[]): Msg {
  const n = extensions.length;
  if (n === 0) return msg('admin.ranges.none');
  if (n === 1) return msg('admin.ranges.one', { extension: extensions[0] ?? '' });
  const list = n <= 4 ? extensions.join(', ') : `${extensions.slice(0, 2).join(', ')} … ${extensions[n - 1]}`;
  return msg('admin.ranges.some', { count: n, list });
}
