import type { Messages } from '@lingui/core';
import { useId, useState, type Dispatch, type Ref } from 'react';
import { MAX_FILE_BYTES } from '../catalog/catalog.ts';
import { FOLDER_LIMITS, ZIP_LIMITS } from '../file-io/zip-limits.ts';
import type { DecodeError, FileFormat } from '../format/decode.ts';
import { currentLocale, loadAreaFrom, t, useT, type Later, type MessageId } from '../i18n/i18n.ts';
import { resolveCollisions, type CollisionAnswer } from '../session/duplicates.ts';
import type { WorkspaceAction } from '../session/workspace.ts';
import { isDirty, ruleFileName } from '../session/open-file.ts';
import { Dialog } from '../shared/dialog.tsx';
import { visibleName } from '../display/visible-name.ts';
import { groupRefusals, spanOf, type NameSpan, type Refusal, type RefusalReason, type Renamed } from '../session/refusals.ts';
import type { DuplicateQuestionData } from './use-open.ts';

// Found here, with the question, so the check costs the page nothing until some file is open.
export { findCollisions } from '../session/duplicates.ts';

// Its words (the `report` catalogs) come with it, each language in its own chunk: most opens refuse nothing.
const catalogs = import.meta.glob<{ messages: Messages }>('../i18n/catalogs/report/*.ts');

export const loadReportWords = (): Promise<void> => loadAreaFrom('report', catalogs);

const FORMATS: Record<FileFormat, MessageId> = {
  'a ZIP archive (or an Office document)': 'openError.format.zip',
  'a PDF document': 'openError.format.pdf',
  'a PNG image': 'openError.format.png',
  'a JPEG image': 'openError.format.jpeg',
  'a GIF image': 'openError.format.gif',
  'a program (ELF)': 'openError.format.elf',
  'a Windows program': 'openError.format.exe',
  'an old Office document': 'openError.format.oldOffice',
  'a gzip archive': 'openError.format.gzip',
  'an RTF document (save it as plain text)': 'openError.format.rtf',
};

/** Every way a file can fail to open, in plain words with what to do next, in the language in use now. */
export function decodeErrorMessage(fileName: string, e: DecodeError): string {
  // A name with hidden or direction-changing characters is said with their codes (see visibleName).
  const name = visibleName(fileName);
  switch (e.kind) {
    case 'empty':
      return t('openError.empty', { name });
    case 'too-large':
      return t('openError.tooLarge', { name, size: sizeWords(e.size), limit: sizeWords(e.limit) });
    case 'binary':
      return e.reason === 'nul' ? t('openError.zeroBytes', { name, offset: e.offset }) : t('openError.controlCharacters', { name });
    case 'signature':
      return t('openError.otherFormat', { name, format: t(FORMATS[e.format]) });
  }
}

/** What one open could not open (and what it opened under another name). */
export interface OpenReportData {
  readonly refusals: readonly Refusal[];
  readonly renamed: readonly Renamed[];
  /** The 46xxsettings.txt of a zip or folder: the first handed to the restore check, none opened. */
  readonly settings: readonly { readonly zip: string; readonly name: string }[];
}

const SUMMARY: Record<RefusalReason, MessageId> = {
  'too-large': 'openReport.tooLarge',
  empty: 'openReport.empty',
  binary: 'openReport.binary',
  'other-format': 'openReport.otherFormat',
  'not-a-zip': 'openReport.notZip',
  'nested-zip': 'openReport.nestedZip',
  'not-wanted': 'openReport.notBackup',
  'over-total': 'openReport.overTotal',
  damaged: 'openReport.damaged',
  unsupported: 'openReport.unsupported',
  'too-many': 'openReport.tooMany',
  'folder-not-backup': 'openReport.folderNotBackup',
  'folder-over-total': 'openReport.folderOverTotal',
  'folder-too-many': 'openReport.folderTooMany',
  'left-over-total': 'openReport.leftOverTotal',
  // (Only ever one refusal of this reason in an open, told in its own sentence: refusalWords.)
  'left-too-many': 'openReport.leftTooMany',
  'read-failed': 'openReport.readFailed',
  'left-folder': 'openReport.leftFolder',
};

/** A size in the units a person would say: KB below a megabyte, MB (to a tenth) above. */
export function sizeWords(bytes: number): string {
  const locale = currentLocale();
  if (bytes < 1024 * 1024) return t('openError.kilobytes', { size: Math.round(bytes / 1024).toLocaleString(locale) });
  return t('openError.megabytes', { size: (Math.round((bytes / 1024 / 1024) * 10) / 10).toLocaleString(locale) });
}

const namesWords = (span: NameSpan): string => (span.kind === 'all' ? span.names.map(visibleName).join(', ') : `${visibleName(span.first)} … ${visibleName(span.last)}`);

/** Where a settings file was: its zip or folder (and the folder in it), then its name. */
const settingsPath = (f: { readonly zip: string; readonly name: string }): string => `${f.zip}/${f.name}`;

/** One file's refusal, in a whole sentence with what to do next. */
export function refusalWords(r: Refusal): string {
  switch (r.kind) {
    case 'decode':
      return decodeErrorMessage(r.name, r.error);
    case 'unread':
      return r.limit > MAX_FILE_BYTES
        ? t('openReport.unreadZip', { name: visibleName(r.name), size: sizeWords(r.size), limit: sizeWords(r.limit) })
        : t('openError.tooLarge', { name: visibleName(r.name), size: sizeWords(r.size), limit: sizeWords(r.limit) });
    case 'zip-unreadable':
      return t('open.zipUnreadable', { name: visibleName(r.name) });
    case 'zip-too-many':
      return t('openReport.entryTooMany', { zip: visibleName(r.zip), total: r.total.toLocaleString(currentLocale()), read: r.read.toLocaleString(currentLocale()) });
    case 'zip-entry': {
      const s = r.skip;
      const at = { name: visibleName(s.name), zip: visibleName(r.zip) };
      switch (s.kind) {
        case 'too-large':
          return t('openReport.entryTooLarge', { ...at, size: sizeWords(s.size), limit: sizeWords(ZIP_LIMITS.maxEntryBytes) });
        case 'nested-zip':
          return t('openReport.entryNestedZip', at);
        case 'not-wanted':
          return t('openReport.entryNotBackup', at);
        case 'over-total':
          return t('openReport.entryOverTotal', { ...at, limit: sizeWords(ZIP_LIMITS.maxTotalBytes) });
        case 'damaged':
          return t('openReport.entryDamaged', at);
        case 'unsupported':
          return t('openReport.entryUnsupported', at);
      }
      break;
    }
    case 'folder-entry': {
      const s = r.skip;
      const at = { name: visibleName(s.name), folder: visibleName(r.folder) };
      switch (s.kind) {
        case 'not-wanted':
          return t('openReport.entryFolderNotBackup', at);
        case 'over-total':
          return t('openReport.entryFolderOverTotal', { ...at, limit: sizeWords(FOLDER_LIMITS.maxTotalBytes) });
        case 'too-large':
          return t('openError.tooLarge', { name: at.name, size: sizeWords(s.size), limit: sizeWords(FOLDER_LIMITS.maxEntryBytes) });
      }
      break;
    }
    case 'folder-too-many':
      return t('openReport.entryFolderTooMany', { folder: visibleName(r.folder), read: r.read.toLocaleString(currentLocale()) });
    case 'read-failed':
      return t('openReport.entryReadFailed', { name: visibleName(r.name), detail: r.detail });
    case 'left-over-total':
      return t('openReport.entryLeftOverTotal', { name: visibleName(r.name), limit: sizeWords(ZIP_LIMITS.maxTotalBytes) });
    case 'left-too-many': {
      const names = r.count === 1 ? [r.first] : r.count === 2 ? [r.first, r.last] : null;
      return t('openReport.leftTooMany', {
        count: r.count,
        names: namesWords(names ? { kind: 'all', names } : { kind: 'range', first: r.first, last: r.last }),
        max: ZIP_LIMITS.maxEntries.toLocaleString(currentLocale()),
      });
    }
    case 'left-folder':
      return t('openReport.entryLeftFolder', { folder: visibleName(r.folder), max: ZIP_LIMITS.maxEntries.toLocaleString(currentLocale()), limit: sizeWords(ZIP_LIMITS.maxTotalBytes) });
  }
}

/** The smallest limit a group of too-large files passed: every one of them is over it. */
function limitOf(refusals: readonly Refusal[]): number {
  const limits = refusals.map((r) => (r.kind === 'unread' ? r.limit : r.kind === 'decode' && r.error.kind === 'too-large' ? r.error.limit : ZIP_LIMITS.maxEntryBytes));
  return Math.min(...limits);
}

/** A sentence for many, and each one's own sentence on demand; one alone is told in its own sentence. */
function Group({ summary, items }: { readonly summary: string; readonly items: readonly string[] }) {
  useT();
  return (
    <div className="open-report__group">
      <p>{items.length === 1 ? items[0] : summary}</p>
      {items.length > 1 ? (
        <details>
          <summary>{t('openReport.list', { count: items.length })}</summary>
          <ul className="open-report__list">
            {items.map((words, i) => (
              <li key={i}>{words}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/**
 * What an open could not open, one sentence per reason ("20 files over 1 MB were not opened: 4000_4620data.txt …
 * 4019_4620data.txt"), each file's own sentence on demand; a reason with one file is told in that file's sentence.
 * Worded when drawn, so a change of language rewords it.
 */
export function OpenReport({ report, onDismiss, ref }: { readonly report: OpenReportData; readonly onDismiss: () => void; readonly ref?: Ref<HTMLDivElement> }) {
  // Drawn again in a new language: every sentence here is worded as it is drawn.
  useT();
  const { refusals, renamed, settings } = report;
  return (
    <div className={refusals.length > 0 ? 'alert open-report' : 'alert alert--info open-report'} role="alert" tabIndex={-1} ref={ref}>
      <div className="open-report__body">
        {groupRefusals(refusals).map((g) => (
          <Group
            key={g.reason}
            summary={t(SUMMARY[g.reason], {
              count: g.refusals.length,
              names: namesWords(g.names),
              limit: sizeWords(g.reason === 'too-large' ? limitOf(g.refusals) : ZIP_LIMITS.maxTotalBytes),
              max: ZIP_LIMITS.maxEntries.toLocaleString(currentLocale()),
            })}
            items={g.refusals.map(refusalWords)}
          />
        ))}
        {/* Only the first is read by the restore check (src/session/settings-order.ts); the others are said as copies. */}
        {settings.map((f, i) => (
          <p key={i}>
            {i === 0
              ? t('openReport.settings', { name: visibleName(f.name), zip: visibleName(f.zip) })
              : t('openReport.settingsUnused', { name: visibleName(f.name), zip: visibleName(f.zip), used: visibleName(settingsPath(settings[0] ?? f)) })}
          </p>
        ))}
        {renamed.length > 0 ? (
          <Group
            summary={t('openReport.renamed', { count: renamed.length, names: namesWords(spanOf(renamed.map((r) => r.name))) })}
            items={renamed.map((r) => t('openReport.entryRenamed', { path: visibleName(r.path), zip: visibleName(r.zip), name: visibleName(r.name) }))}
          />
        ) : null}
      </div>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}

/** The first focus of the dialog (the browser's dialog focusing looks for the attribute, which React does not write). */
const autofocus = (el: HTMLElement | null) => el?.setAttribute('autofocus', '');

/**
 * "This file is already open": Replace (the open one, its unsaved changes said), Keep both, or Skip, for each file
 * an open made that is already open, one after the other in one dialog; with several, "Do this for all N" answers
 * the rest at once. Closing the dialog (Escape) skips the files not yet answered. Its words are the open report's.
 */
export function DuplicateQuestion({ question, dispatch, onStatus, onClose }: { readonly question: DuplicateQuestionData; readonly dispatch: Dispatch<WorkspaceAction>; readonly onStatus: (say: Later) => void; readonly onClose: () => void }) {
  useT();
  const allId = useId();
  const [answers, setAnswers] = useState<readonly CollisionAnswer[]>([]);
  const [all, setAll] = useState(false);
  const { collisions, files } = question;
  const total = collisions.length;
  const step = answers.length;
  const c = collisions[step];
  const finish = (given: readonly CollisionAnswer[]) => {
    onClose();
    const r = resolveCollisions(files, collisions, given);
    for (const { uid, file } of r.replace) dispatch({ type: 'replace', uid, file });
    if (r.add.length > 0) dispatch({ type: 'add', files: r.add });
    const count = r.add.length + r.replace.length;
    const first = r.add[0] ?? r.replace[0]?.file;
    if (first) onStatus(() => (count === 1 ? t('status.openedOne', { name: visibleName(first.sourceName ?? '') }) : t('status.openedMany', { count })));
  };
  const answer = (a: CollisionAnswer) => {
    const given = all ? [...answers, ...Array.from({ length: total - step }, () => a)] : [...answers, a];
    if (given.length >= total) finish(given);
    else setAnswers(given);
  };
  if (!c) return null;
  const name = visibleName(c.incoming.sourceName ?? '');
  const openName = visibleName(c.existing.sourceName ?? ruleFileName(c.existing));
  const left = total - step;
  return (
    <Dialog open onClose={() => finish(answers)} title={t('duplicate.title', { count: total })}>
      <div aria-live="polite">
        {total > 1 ? <p className="hint">{t('duplicate.progress', { index: step + 1, count: total })}</p> : null}
        <p>
          {c.why === 'twice'
            ? t('duplicate.twice', { name })
            : c.why === 'name'
              ? name === openName
                ? t('duplicate.sameName', { name })
                : t('duplicate.sameNameAs', { name, open: openName })
              : t('duplicate.sameContent', { name, open: openName })}
        </p>
        {isDirty(c.existing) ? (
          <p>
            <strong>{t('duplicate.unsaved', { open: openName })}</strong>
          </p>
        ) : null}
        <p className="hint">{c.why === 'twice' ? t('duplicate.twiceChoices') : t('duplicate.choices')}</p>
      </div>
      {left > 1 ? (
        <p className="dialog__check">
          <input id={allId} type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
          <label htmlFor={allId}>{t('duplicate.forAll', { count: left })}</label>
        </p>
      ) : null}
      <div className="dialog__actions">
        <button ref={autofocus} type="button" className="button button--quiet" onClick={() => answer('skip')}>
          {t('duplicate.skip')}
        </button>
        <button type="button" className="button" onClick={() => answer('keep')}>
          {t('duplicate.keepBoth')}
        </button>
        <button type="button" className={isDirty(c.existing) ? 'button' : 'button button--primary'} onClick={() => answer('replace')}>
          {t('duplicate.replace')}
        </button>
      </div>
    </Dialog>
  );
}
