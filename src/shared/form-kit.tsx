import { memo, type ReactNode } from 'react';
import { choiceWords, type Choice } from '../catalog/catalog.ts';
import { useT } from '../i18n/i18n.ts';

/*
 * The editor's labelled controls. Every value is `string | undefined`: the text in the file, or not in the file
 * at all. The visible label of each control is its accessible name.
 */

interface CommonProps {
  readonly id: string;
  /** The visible label, which is also the control's accessible name. */
  readonly label: ReactNode;
  /** Why the value will not work on the phone, or null. */
  readonly problem: string | null;
  /** How bad `problem` is, as Problems says it: an error (the default) or a warning (the phone copes, differently). */
  readonly problemSeverity?: 'error' | 'warning';
  /** What clearing the field means: true = the key was in the saved file, so an empty value is written. */
  readonly keepEmpty: boolean;
  readonly description?: ReactNode;
  readonly after?: ReactNode;
  readonly className?: string;
  readonly hideLabel?: boolean;
  /** A role for the field's frame: a table row's cell is the frame itself, one element fewer per field. */
  readonly role?: 'cell';
}

/**
 * A field's frame: its visible label, which is the control's accessible name, and the control (with anything
 * else the caller puts under it). Every labelled control of the app stands in one.
 */
export function Field({ id, label, invalid, warning, hideLabel, className, role, children }: { readonly id: string; readonly label: ReactNode; readonly invalid?: boolean; readonly warning?: boolean; readonly hideLabel?: boolean; readonly className?: string; readonly role?: 'cell'; readonly children: ReactNode }) {
  return (
    <div role={role} className={`field ${invalid ? 'field--invalid' : warning ? 'field--warning' : ''} ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {children}
    </div>
  );
}

/** The id of the line under field `id`: what its control's aria-describedby names. */
export const noteId = (id: string): string => `${id}-desc`;

/** The line under a field (see noteId): a hint, or why the value is refused. */
export function FieldNote({ id, error, warning, live, children }: { readonly id: string; readonly error?: boolean; readonly warning?: boolean; readonly live?: boolean; readonly children: ReactNode }) {
  return (
    <div id={noteId(id)} className={error ? 'field__error' : warning ? 'field__warning' : 'field__desc'} aria-live={live ? 'polite' : undefined}>
      {children}
    </div>
  );
}

function FieldFrame({ id, label, problem, problemSeverity = 'error', description, after, className, hideLabel, role, children }: Omit<CommonProps, 'keepEmpty'> & { children: ReactNode }) {
  const warning = problemSeverity === 'warning';
  return (
    <Field id={id} label={label} invalid={Boolean(problem) && !warning} warning={Boolean(problem) && warning} hideLabel={hideLabel} className={className} role={role}>
      {children}
      {after}
      {description ? <FieldNote id={id}>{description}</FieldNote> : null}
      {problem ? (
        <div id={`${id}-err`} className={warning ? 'field__warning' : 'field__error'} role="status">
          {problem}
        </div>
      ) : null}
    </Field>
  );
}

const describedBy = (id: string, problem: string | null, description: ReactNode): string | undefined =>
  [description ? noteId(id) : '', problem ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;

type TextInputProps = CommonProps & {
  readonly name?: string;
  readonly inputMode?: 'numeric' | 'tel' | 'decimal' | 'text';
  readonly range?: { min: number; max: number };
  readonly placeholder?: string;
};

/**
 * Whether a range field shows `value` in a number input: when it is a whole number (in range or not, the input
 * shows either) or empty. Anything else from the file (" 7 ", "7.5", "abc") a number input cannot show as it is,
 * so the field stays a text box that shows it, with why.
 */
export const showsAsNumber = (value: string | undefined): boolean => value === undefined || value === '' || /^-?\d+$/.test(value);

/**
 * A labelled text input over `string | undefined` (undefined = not in the file). With a range it is a number
 * input with its bounds (min, max) while the value is a whole number (see showsAsNumber).
 */
export const TextInput = memo(function TextInput(props: TextInputProps & { readonly value: string | undefined; readonly onValue: (value: string | undefined) => void; readonly onBlur?: () => void }) {
  const { id, name, problem, problemSeverity, description, keepEmpty, range, inputMode, placeholder, value, onValue, onBlur } = props;
  const asNumber = range !== undefined && showsAsNumber(value);
  const step = (delta: number) => {
    if (!range) return;
    const n = Number(value);
    const next = Number.isFinite(n) && value !== undefined && value.trim() !== '' ? Math.min(range.max, Math.max(range.min, Math.round(n) + delta)) : delta > 0 ? range.min : range.max;
    onValue(String(next));
  };
  return (
    <FieldFrame {...props}>
      <input
        id={id}
        name={name}
        className="field__input"
        type={asNumber ? 'number' : 'text'}
        min={asNumber ? range.min : undefined}
        max={asNumber ? range.max : undefined}
        step={asNumber ? 1 : undefined}
        inputMode={inputMode}
        // Digits, dial strings and addresses read left to right in every language; other text follows its own.
        dir={inputMode && inputMode !== 'text' ? 'ltr' : 'auto'}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={value ?? ''}
        aria-invalid={problem && problemSeverity !== 'warning' ? true : undefined}
        aria-describedby={describedBy(id, problem, description)}
        onChange={(e) => {
          // A number input reads "1e" or "-" as no value at all: the file keeps what it had until the text is a number.
          if (e.target.validity.badInput) return;
          onValue(e.target.value === '' && !keepEmpty ? undefined : e.target.value);
        }}
        onBlur={(e) => {
          // Left half-typed ("1e"), the box shows the value the file has again.
          if (e.target.validity.badInput) e.target.value = value ?? '';
          onBlur?.();
        }}
        onKeyDown={(e) => {
          // A range behaves like a spin button: arrow keys step within it.
          if (!range || e.altKey) return;
          if (e.key === 'ArrowUp') {
            e.preventDefault();
            step(1);
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            step(-1);
          }
        }}
      />
    </FieldFrame>
  );
});

/**
 * The select's value for "not in the file". A line break can never be part of a value in the file (it would end
 * the line), so no value the file holds, the empty one included, is mistaken for it.
 */
const NOT_IN_FILE = '\n';

/** A labelled select over `string | undefined` (undefined = not in the file); a value not among the choices is kept and shown. */
export function ChoiceInput(props: CommonProps & { readonly name: string; readonly choices: readonly Choice[]; readonly notInFileLabel: string; readonly value: string | undefined; readonly onValue: (value: string | undefined) => void }) {
  const t = useT();
  const { id, name, problem, description, choices, notInFileLabel, value, onValue } = props;
  const odd = value !== undefined && !choices.some((c) => c.value === value);
  return (
    <FieldFrame {...props}>
      <select
        id={id}
        name={name}
        className="field__input"
        value={value ?? NOT_IN_FILE}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(id, problem, description)}
        onChange={(e) => onValue(e.target.value === NOT_IN_FILE ? undefined : e.target.value)}
      >
        <option value={NOT_IN_FILE}>{notInFileLabel}</option>
        {odd ? <option value={value}>{t('choice.oddValue', { value })}</option> : null}
        {choices.map((c) => {
          const words = choiceWords(c);
          return (
            // Words the file itself uses (the phone's language names) are English in every UI language.
            <option key={c.value} value={c.value} lang={typeof words === 'string' ? 'en' : undefined}>
              {words === c.value ? words : t('choice.withValue', { label: words, value: c.value })}
            </option>
          );
        })}
      </select>
    </FieldFrame>
  );
}

