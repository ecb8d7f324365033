import { createElement, lazy, memo, startTransition, Suspense, type ComponentType, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import { flushSync } from 'react-dom';
import { findProblems, targetDomId, type Target } from '../../model/problems.ts';
import { otherLines } from '../../model/other-lines.ts';
import type { BackupDocument, Line, SettingLine } from '../../format/document.ts';
import { lineNumbers, valuesOf } from '../../model/values.ts';
import { FeatureLabelsSection } from './feature-labels/feature-labels-section.tsx';
import { OtherLinesSection } from './other-lines/other-lines-section.tsx';
import { ProblemsPanel } from './problems/problems-panel.tsx';
import { PhonePreview } from './preview/phone-preview.tsx';
import { SpeedDialSection } from './speed-dial/speed-dial-section.tsx';
import { FormSubscribe, useEditorForm } from './editor-form.ts';
import { valuesAction, type EditorAction, type OpenFile } from '../../session/open-file.ts';
import { EXTENSION_FIELD, nameProblems } from '../../session/file-problems.ts';
import { DroppedNote } from './dropped-note.tsx';
import { IdentifySection } from './identify-section.tsx';
import { useModelChange } from './model-change/use-model-change.tsx';
import type { ModelChangeQuestionProps } from '../../shared/model-change.ts';
import type { TeachNameProps } from '../../shared/teach-name.ts';
import { DrawWholeForm } from './whole-form.ts';
import { RestoreNote } from './restore-note.tsx';
import { loadGuideWords } from './guide-words.ts';
import type { SettingsSection as SettingsSectionComponent } from './settings/settings-section.tsx';
import { useT } from '../../i18n/i18n.ts';
import { useRelease } from '../../shared/use-release.ts';

// App asks for the guide words while the page is idle, before a file is open (src/app/app.tsx).
export { loadGuideWords };

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
// What each source of the editor's knowledge means: a disclosure few open, so not in the page's first JavaScript.
const MarksLegend = lazy(() => import('./settings/marks-legend.tsx'));

/*
 * The settings are drawn after the first frame of a file (see `whole` below), so their code comes in a chunk of its
 * own, off the page's initial JavaScript, asked for as this module loads: long before a file can be open. Not with
 * React.lazy, which would hold back the first draw after it even when the chunk is in, where a Problems item that
 * goes to a setting draws the whole form at once and must find the field. (Rolldown then puts the catalog in an
 * initial chunk of its own: `npm run build` counts it in the initial JavaScript, which is still less than before.)
 */
type SettingsSectionType = typeof SettingsSectionComponent;
let settingsSection: SettingsSectionType | null = null;
const settingsChunk = import('./settings/settings-section.tsx').then((m) => (settingsSection = m.SettingsSection));

/** The settings section, once its chunk is in (null before). */
function useSettingsSection(): SettingsSectionType | null {
  const [section, setSection] = useState(() => settingsSection);
  useEffect(() => {
    if (section) return;
    let live = true;
    settingsChunk.then(
      (s) => live && setSection(() => s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [section]);
  return section;
}

/**
 * Whether two documents have the same lines under the same names in the same places (values aside): their line
 * numbers are the same then. Lines an edit did not touch are the same objects, so this is a walk of comparisons.
 */
function sameShape(a: BackupDocument, b: BackupDocument): boolean {
  if (a === b) return true;
  if (a.lines.length !== b.lines.length) return false;
  return a.lines.every((x, i) => {
    const y = b.lines[i] as Line;
    return x === y || (x.id === y.id && x.kind === y.kind && (x.kind !== 'setting' || x.key === (y as SettingLine).key));
  });
}

/** `doc`'s line numbers, kept from the last render while its shape is the same (see sameShape). */
function useLineNumbers(doc: BackupDocument): ReturnType<typeof lineNumbers> {
  const [kept, setKept] = useState(() => ({ doc, numbers: lineNumbers(doc) }));
  if (kept.doc === doc || sameShape(kept.doc, doc)) return kept.numbers;
  // React's pattern for state that follows a prop (as in useUnchanged).
  const next = { doc, numbers: lineNumbers(doc) };
  setKept(next);
  return next.numbers;
}

/** `next`, or the list kept from before when it holds the same items: memoised children then skip the render. */
function useUnchanged<T>(next: readonly T[], same: (a: T, b: T) => boolean): readonly T[] {
  const [kept, setKept] = useState(next);
  if (kept === next || (kept.length === next.length && kept.every((k, i) => same(k, next[i] as T)))) return kept;
  // React's pattern for state that follows a prop: this render restarts at once with the new list kept.
  setKept(next);
  return next;
}

type LineTarget = Extract<Target, { readonly kind: 'line' }>;

/** A request to put the keyboard on a problem's field (the save question's "Go to the first error"): a new object each time. */
export interface GoTo {
  readonly uid: number;
  readonly target: Target;
  /** Called once the keyboard is there, so that coming back to the file later does not go there again. */
  readonly done: () => void;
}

/**
 * The typed form over one document. The document is the source of truth: the form edits a typed view of it,
 * and every change is written back through `applyValues`, which touches only the lines that changed.
 */
export const Editor = memo(function Editor({
  file,
  dispatch,
  goTo = null,
  modelChangeQuestion,
  teachName,
}: {
  file: OpenFile;
  dispatch: Dispatch<EditorAction>;
  goTo?: GoTo | null;
  /** What a change of model that leaves entries without a place asks first (see use-model-change.tsx). */
  modelChangeQuestion?: ComponentType<ModelChangeQuestionProps>;
  /** The form that teaches an unknown name of Other lines as a setting (see shared/teach-name.ts). */
  teachName?: ComponentType<TeachNameProps>;
}) {
  const t = useT();
  // The document is the one source of truth; the form is its typed view, for the fields. `own` is the document
  // (and model) the form's values stand for: each change of values is applied to it and sent as the file's new
  // document. When the file's document is anything else (an undo, a raw line, an administrator tool), the change
  // came from outside and the form is loaded from it. Identity says which; no counters keep the two in step.
  const own = useRef({ doc: file.doc, model: file.model });
  const [initialValues] = useState(() => valuesOf(file.doc, file.model));
  const form = useEditorForm(initialValues);
  // The words that explain (each setting's help, where the knowledge comes from): asked for once the form is drawn.
  useEffect(() => void loadGuideWords().catch(() => undefined), []);
  const model = file.model;
  useEffect(() => {
    let last = form.state.values;
    const sub = form.store.subscribe(() => {
      // The store also changes for focus, touched and validation state; only new values need document work.
      const values = form.state.values;
      if (values === last) return;
      const before = last;
      last = values;
      const action = valuesAction(own.current.doc, own.current.model, before, values, Date.now());
      if (!action) return;
      own.current = { ...own.current, doc: action.doc };
      dispatch(action);
    });
    return () => sub.unsubscribe();
  }, [form, dispatch]);

  // A document (or model) the form did not make: load the view from it, before the browser paints.
  useLayoutEffect(() => {
    if (own.current.doc === file.doc && own.current.model === model) return;
    own.current = { doc: file.doc, model };
    form.reset(valuesOf(file.doc, model));
  }, [file.doc, model, form]);

  const { doc, savedDoc, protocol, decoded } = file;
  const release = useRelease();
  // The problems follow a key press in a render of their own, after the frame that shows the key: checking every
  // line need not hold it up. (Only they wait: fields fed from the document, such as the extension and the raw
  // other lines, must show each key at once, or React would put their old value back.)
  const problemDoc = useDeferredValue(doc);
  // Most key presses change no problem and no other line: the same lists then, so their sections need not render.
  // The name's problems (the extension, a name chosen with Save as) come first: they are what Save writes under.
  const { extension, sourceName, chosen } = file;
  const named = useMemo(() => nameProblems({ extension, sourceName, chosen, model, protocol }), [extension, sourceName, chosen, model, protocol]);
  const extensionProblem = named.find((p) => p.target.kind === 'field' && p.target.id === EXTENSION_FIELD.id);
  // (Each line's problems and other-line entry stay the same objects while the line does: see findProblems. Only
  // the few that are new are compared by content.)
  const problems = useUnchanged(
    useMemo(() => [...named, ...findProblems(problemDoc, { model, protocol, release, decoded: decoded ?? undefined, saved: savedDoc })], [named, problemDoc, model, protocol, release, decoded, savedDoc]),
    (a, b) => a === b || sameJson(a, b),
  );
  const others = useUnchanged(
    useMemo(() => otherLines(doc, model, protocol), [doc, model, protocol]),
    (a, b) => a === b || (a.line === b.line && sameJson(a.reason, b.reason)),
  );
  // Line numbers change only when lines are added, removed or re-keyed, not as a value is typed: keep the
  // same maps then, so the sections that show them need not render again.
  const numbers = useLineNumbers(doc);
  const savedKeys = useMemo(() => new Set(lineNumbers(savedDoc).byKey.keys()), [savedDoc]);
  // The settings as last loaded or saved: a value still the same is quoted as what the file says, else as entered.
  const savedSettings = useMemo(() => valuesOf(savedDoc, model).settings, [savedDoc, model]);
  // Opening a file draws what a screen shows first (the side panel, the telephone, the first speed dials) and
  // the rest of the form in a render of its own just after, which a key press or a click interrupts. A full
  // file's form is some 2,600 elements: built in one go, the form showed a good 50 ms later. Not when the page is
  // scrolled down (switching files in the list, say): a short page would lose the place the user is looking at.
  const [whole, setWhole] = useState(() => window.scrollY > 0);
  useEffect(() => {
    if (whole) return;
    startTransition(() => setWhole(true));
    // Each key press restarts that render: on a slow computer, someone typing at once would keep the rest of the
    // form away for seconds. After a moment it is drawn in one go.
    const late = setTimeout(() => setWhole(true), 300);
    return () => clearTimeout(late);
  }, [whole]);
  // The other line a problem's link is about to go to: Other lines draws rows down to it (it draws a hundred at first).
  const [reveal, setReveal] = useState<LineTarget | null>(null);
  const drawWhole = useCallback(
    (target?: Target) =>
      flushSync(() => {
        setWhole(true);
        if (target?.kind === 'line') setReveal(target);
      }),
    [],
  );
  // Asked to go to a problem's field: the whole form is drawn first, and the keyboard goes there once a dialog
  // that asked has closed (closing gives the keyboard back to the button that opened it). A problem of the file
  // as a whole has no field: the keyboard goes to the Problems list.
  // (Drawn whole from the render that has `goTo`, and kept whole from its frame on.)
  const shown = whole || goTo !== null;
  useEffect(() => {
    if (!goTo) return;
    const frame = requestAnimationFrame(() => {
      setWhole(true);
      const el = document.getElementById(targetDomId(goTo.target)) ?? document.getElementById('problems-title');
      el?.focus({ preventScroll: true });
      el?.scrollIntoView?.({ block: 'center' });
      goTo.done();
    });
    return () => cancelAnimationFrame(frame);
  }, [goTo]);
  const modelChange = useModelChange(file, dispatch, modelChangeQuestion);
  const SettingsSection = useSettingsSection();

  return (
    <DrawWholeForm value={drawWhole}>
      <form className="editor" onSubmit={(e) => e.preventDefault()} aria-label={t('editor.formName')}>
        {/* First in the page's order, as it is first on a narrow screen: the keyboard meets the problems before the form. */}
        <aside className="editor__side">
          <DroppedNote dropped={file.dropped} />
          <ProblemsPanel problems={problems} dispatch={dispatch} />
          <FormSubscribe form={form} selector={(st) => st.values}>{(values) => <PhonePreview values={values} model={model} />}</FormSubscribe>
        </aside>
        <div className="editor__main">
          <RestoreNote />
          <IdentifySection file={file} dispatch={dispatch} onModel={modelChange.onModel} extensionProblem={extensionProblem} />
          <Suspense fallback={null}>
            <MarksLegend />
          </Suspense>
          <SpeedDialSection form={form} model={model} firstRowsOnly={!shown} />
          {shown ? (
            <>
              <FeatureLabelsSection form={form} model={model} savedKeys={savedKeys} />
              {/* The section's component is the chunk's export, one for the page's life, not one made in this render. */}
              {SettingsSection ? createElement(SettingsSection, { form, model, protocol, lineNoByKey: numbers.byKey, savedKeys, savedSettings, dispatch }) : null}
              <OtherLinesSection lines={others} lineNoById={numbers.byId} dispatch={dispatch} teach={teachName} reveal={goTo?.target.kind === 'line' ? goTo.target : reveal} />
            </>
          ) : null}
        </div>
      </form>
      {modelChange.question}
    </DrawWholeForm>
  );
});
