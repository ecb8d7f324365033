import { MODELS, type Release } from '../catalog/catalog.ts';
import { msg } from '../catalog/msg.ts';
import { hasHiddenCharacters, visibleName } from '../display/visible-name.ts';
import { parseFileName } from '../format/file-name.ts';
import { findProblems, type Problem } from '../model/problems.ts';
import { firmwareRelease } from './firmware-release.ts';
import { badExtension, ruleFileName, saveName, type NameParts, type OpenFile } from './open-file.ts';

/**
 * Why a label cannot be shown as typed on a model's display (which characters, and which models could show them),
 * or null: the check behind the Problems' warning of such a label, for code that would write one into a file
 * (Change many files skips the file instead). Before firmware R2.7 the 4610SW draws fewer scripts (its `release`).
 * Taken from here, not from src/display/coverage.ts itself: imported straight from a lazy chunk (Change many
 * files'), that module made rolldown split three shared modules out of the page's first chunk (+1 KB at start;
 * rolldown/rolldown#10731).
 */
export { glyphWarning as labelCannotShow } from '../display/coverage.ts';

/** The extension field, where a problem of the name takes the user. */
export const EXTENSION_FIELD = { kind: 'field', id: 'extension' } as const;
const EXTENSION_BAD = 'extension-bad';

/**
 * What is wrong with the name Save writes: the file's own problems, beside those of its content (findProblems).
 * The extension and the names are the file's, not its document's, so they are checked here.
 */
export function nameProblems(file: NameParts): Problem[] {
  const out: Problem[] = [];
  const name = saveName(file);
  const rule = ruleFileName(file);
  if (file.sourceName !== null && hasHiddenCharacters(file.sourceName)) {
    out.push({ id: 'name-hidden', severity: 'warning', target: { kind: 'file' }, message: msg('problem.hiddenInName', { opened: visibleName(file.sourceName), name: visibleName(name) }) });
  }
  if (name !== rule) {
    // Chosen with Save as: the phone does not look for it, and the user is reminded what it looks for.
    out.push({ id: 'name-chosen', severity: 'warning', target: EXTENSION_FIELD, message: msg('problem.chosenName', { name: visibleName(name), rule }) });
    return out;
  }
  const bad = badExtension(file);
  const family = MODELS[file.model].family;
  if (bad !== null) {
    out.push({ id: EXTENSION_BAD, severity: 'error', target: EXTENSION_FIELD, message: msg('problem.extensionNotDigits', { ext: visibleName(bad) }) });
  } else if (file.extension.trim() === '') {
    // The Release 2.0 name is the one file every telephone without a file of its own restores from: a name the
    // file already had is kept knowingly; an extension left empty (or a name the rule could not read) is a mistake.
    const wasShared = file.sourceName !== null && parseFileName(file.sourceName)?.extension === null;
    out.push(
      wasShared
        ? { id: 'extension-shared', severity: 'info', target: EXTENSION_FIELD, message: msg('problem.sharedName', { name: rule, family }) }
        : { id: 'extension-empty', severity: 'error', target: EXTENSION_FIELD, message: msg('problem.extensionEmpty', { name: rule, family }) },
    );
  }
  return out;
}

/** Every problem of the open file: its name's, then its content's, for the firmware release the user picked (as the editor's). */
export function fileProblems(file: OpenFile, release: Release = firmwareRelease()): Problem[] {
  return [...nameProblems(file), ...findProblems(file.doc, { model: file.model, protocol: file.protocol, release, decoded: file.decoded ?? undefined })];
}

/**
 * The errors Save asks about before it writes ("Save anyway" or "Go to the first error"). Password-like lines are
 * errors too, but they have their own question (keep or remove), so they are not asked about twice.
 */
export function errorsBeforeSave(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error' && !p.id.startsWith('pw-'));
}

/** Whether Save cannot name the file by the rule among `errors` (an extension not digits): no "Save anyway" then. */
export const cannotBeNamed = (errors: readonly Problem[]): boolean => errors.some((p) => p.id === EXTENSION_BAD);
