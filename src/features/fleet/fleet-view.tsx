import { useCallback, useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { MODEL_IDS, PROTOCOL_IDS, PROTOCOL_LABELS, type ModelId, type Protocol } from '../../catalog/catalog.ts';
import { useT } from '../../i18n/i18n.ts';
import type { Target } from '../../model/problems.ts';
import { filterRows, fleetRows, noFilter, PROBLEM_KINDS, type FleetFilter, type ProblemKind } from '../../session/fleet.ts';
import type { OpenFile } from '../../session/open-file.ts';
import { findProblemsAhead, type WhenIdle } from '../../session/problems-ahead.ts';
import { useRelease } from '../../shared/use-release.ts';
import { FindPanel } from './find-panel.tsx';
import { FleetTable } from './fleet-table.tsx';
import './fleet.css';

import { loadFleetWords } from './fleet-words.ts';

export interface FleetViewProps {
  readonly files: readonly OpenFile[];
  readonly activeUid: number | null;
  /** Shows the file in the editor. */
  readonly onSelect: (uid: number) => void;
  /** Close (asks first when the file has unsaved changes). */
  readonly onClose: (file: OpenFile) => void;
  /** Selects the file and puts the keyboard on a field (the page's goTo). */
  readonly onGoTo: (uid: number, target: Target) => void;
  /**
   * Changes to many files (the page composes it with its dialog): the selected rows' files the filter shows, or,
   * with none of those, every file the filter shows. Without it, no Change button.
   */
  readonly onChangeMany?: (uids: readonly number[], scope: 'selected' | 'shown') => void;
}

/**
 * The fleet view, shown once more than one file is open: a table of the open files (a bounded box, so the editor
 * of the selected file stays in view below it), its filter, a selection for changes to many files, and Find
 * across files.
 */
/** The browser's idle periods, or (Safari has none) a moment of 8 ms every 50 ms. */
const idle: WhenIdle = (run) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run);
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => {
    const end = performance.now() + 8;
    run({ timeRemaining: () => end - performance.now() });
  }, 50);
  return () => clearTimeout(id);
};

export function FleetView({ files, activeUid, onSelect, onClose, onGoTo, onChangeMany }: FleetViewProps) {
  const t = useT();
  const id = useId();
  // A key typed in the editor goes to the screen first; the table of 5,000 rows follows just after.
  const later = useDeferredValue(files);
  // The problem columns count what the editor's Problems list for the firmware release picked under Telephone:
  // another release makes the rows again.
  const release = useRelease();
  const all = useMemo(() => fleetRows(later, release), [later, release]);
  // The files' problems are found while the page is idle, for the problem columns and filters and Save all's check.
  // (npm run bench waits for the mark before it presses Save all, as an administrator looks at the table first.)
  useEffect(() => findProblemsAhead(later, idle, () => performance.mark('fleet:problems-found'), release), [later, release]);
  const [filter, setFilter] = useState<FleetFilter>(noFilter);
  const shown = useMemo(() => filterRows(all, filter), [all, filter]);
  const [picked, setPicked] = useState<ReadonlySet<number>>(() => new Set());
  // Closed files leave the selection.
  const selected = useMemo(() => {
    const open = new Set(all.map((r) => r.uid));
    return [...picked].some((uid) => !open.has(uid)) ? new Set([...picked].filter((uid) => open.has(uid))) : picked;
  }, [all, picked]);
  // Change… acts on the selected files the table shows: a file the filter hides is not one the user sees changed
  // (nor its preview's diff looked at), so it is left out, and the hint says how many were.
  const chosen = useMemo(() => (selected.size === 0 ? [] : shown.filter((r) => selected.has(r.uid)).map((r) => r.uid)), [shown, selected]);
  const folders = useMemo(() => all.some((r) => r.folder !== ''), [all]);
  const set = (part: Partial<FleetFilter>) => setFilter((f) => ({ ...f, ...part }));
  const onToggle = useCallback((uids: readonly number[], on: boolean) => {
    setPicked((s) => {
      const next = new Set(s);
      for (const uid of uids) {
        if (on) next.add(uid);
        else next.delete(uid);
      }
      return next;
    });
  }, []);
  const byUid = useMemo(() => new Map(files.map((f) => [f.uid, f])), [files]);
  const close = useCallback((uid: number) => {
    const file = byUid.get(uid);
    if (file) onClose(file);
  }, [byUid, onClose]);
  const allOn = shown.length > 0 && shown.every((r) => selected.has(r.uid));
  const someOn = !allOn && shown.some((r) => selected.has(r.uid));
  const problemWords: Record<ProblemKind, Parameters<typeof t>[0]> = {
    any: 'fleet.problem.any',
    errors: 'fleet.problem.errors',
    warnings: 'fleet.problem.warnings',
    notes: 'fleet.problem.notes',
    none: 'fleet.problem.none',
    unsaved: 'fleet.problem.unsaved',
  };

  return (
    <section className="card fleet" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('fileList.title', { count: files.length })}</h2>
      <div className="fleet__tools">
        <div className="field fleet__filter">
          <label className="field__label" htmlFor={`${id}-text`}>
            {t('fleet.filter')}
          </label>
          <input id={`${id}-text`} type="search" className="field__input" autoComplete="off" spellCheck={false} aria-describedby={`${id}-text-hint`} value={filter.text} onChange={(e) => set({ text: e.target.value })} />
          <span id={`${id}-text-hint`} className="hint">
            {t('fleet.filterHint')}
          </span>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-model`}>
            {t('fleet.model')}
          </label>
          <select id={`${id}-model`} className="field__input" value={filter.model} onChange={(e) => set({ model: e.target.value as ModelId | '' })}>
            <option value="">{t('fleet.anyModel')}</option>
            {MODEL_IDS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-protocol`}>
            {t('fleet.protocol')}
          </label>
          <select id={`${id}-protocol`} className="field__input" value={filter.protocol} onChange={(e) => set({ protocol: e.target.value as Protocol | '' })}>
            <option value="">{t('fleet.anyProtocol')}</option>
            {PROTOCOL_IDS.map((p) => (
              <option key={p} value={p}>
                {PROTOCOL_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-problem`}>
            {t('fleet.problems')}
          </label>
          <select id={`${id}-problem`} className="field__input" value={filter.problem} onChange={(e) => set({ problem: e.target.value as ProblemKind })}>
            {PROBLEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(problemWords[k])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="fleet__bar">
        <p role="status" className="fleet__count">
          {t('fleet.shown', { shown: shown.length, total: all.length })}
        </p>
        <label className="fleet__check">
          <input
            type="checkbox"
            checked={allOn}
            disabled={shown.length === 0}
            ref={(el) => {
              if (el) el.indeterminate = someOn;
            }}
            onChange={(e) => onToggle(shown.map((r) => r.uid), e.target.checked)}
          />
          {t('fleet.selectAll')}
        </label>
        {selected.size > 0 ? (
          <>
            <span className="fleet__count">{t('fleet.selected', { count: selected.size })}</span>
            <button type="button" className="button button--quiet" onClick={() => setPicked(new Set())}>
              {t('fleet.clearSelection')}
            </button>
          </>
        ) : null}
        {onChangeMany ? (
          <>
            <button
              type="button"
              className="button"
              aria-describedby={`${id}-scope`}
              disabled={shown.length === 0}
              onClick={() => (chosen.length > 0 ? onChangeMany(chosen, 'selected') : onChangeMany(shown.map((r) => r.uid), 'shown'))}
            >
              {t('fleet.change')}
            </button>
            <span id={`${id}-scope`} className="hint">
              {chosen.length > 0 ? t('fleet.changeSelected', { count: chosen.length }) : t('fleet.changeShown', { count: shown.length })}
              {selected.size > chosen.length ? ` ${t('fleet.changeSelectedHidden', { count: selected.size - chosen.length })}` : ''}
            </span>
          </>
        ) : null}
      </div>
      <p id={`${id}-keys`} className="hint">
        {t('fleet.keys')}
      </p>
      {shown.length === 0 ? <p className="empty">{t('fleet.noMatch')}</p> : null}
      <FleetTable
        rows={shown}
        folders={folders}
        activeUid={activeUid}
        selected={selected}
        onSelect={onSelect}
        onToggle={onToggle}
        onClose={close}
        labelledBy={`${id}-title`}
        describedBy={`${id}-keys`}
      />
      <FindPanel files={later} onGoTo={onGoTo} />
    </section>
  );
}

/** The view once its words are loaded, as the page's lazy() takes it. */
export const withWords = () => loadFleetWords().then(() => ({ default: FleetView }));
