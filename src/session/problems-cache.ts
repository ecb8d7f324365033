import type { Release } from '../catalog/catalog.ts';
import { findProblems, type Problem } from '../model/problems.ts';
import { nameProblems } from './file-problems.ts';
import { firmwareRelease } from './firmware-release.ts';
import type { OpenFile } from './open-file.ts';

/**
 * The problems of many files, as the fleet's table and Save all of 5,000 ask for them: the same as fileProblems
 * (src/session/file-problems.ts), with the content's found once per document. Apart from file-problems.ts, which
 * the page loads at its start, so that this goes only with the fleet and the administrator tools.
 */

/** The content's problems last found for a document, with what they were found for. */
interface Found {
  readonly model: OpenFile['model'];
  readonly protocol: OpenFile['protocol'];
  readonly decoded: OpenFile['decoded'];
  readonly release: Release;
  readonly problems: readonly Problem[];
}
const found = new WeakMap<OpenFile['doc'], Found>();

/**
 * The problems of a file's content (findProblems), found once per document, model, protocol, decoding and firmware
 * release: a document is never changed in place (every edit makes a new one), so the fleet table's rows, Save all's
 * check of errors and the rows again after a save (which keeps the document) share one search instead of three over
 * 5,000 files. The release is the one the user picked (as the editor's Problems go by), so that the fleet counts the
 * warnings of a label the phones' firmware cannot show as the editor lists them.
 */
export function contentProblems(file: Pick<OpenFile, 'doc' | 'model' | 'protocol' | 'decoded'>, release: Release = firmwareRelease()): readonly Problem[] {
  const hit = found.get(file.doc);
  if (hit && hit.model === file.model && hit.protocol === file.protocol && hit.decoded === file.decoded && hit.release === release) return hit.problems;
  const problems = findProblems(file.doc, { model: file.model, protocol: file.protocol, release, decoded: file.decoded ?? undefined });
  found.set(file.doc, { model: file.model, protocol: file.protocol, decoded: file.decoded, release, problems });
  return problems;
}

/** Every problem of the open file (as fileProblems), its content's from contentProblems. */
export function manyFileProblems(file: OpenFile, release: Release = firmwareRelease()): Problem[] {
  return [...nameProblems(file), ...contentProblems(file, release)];
}
