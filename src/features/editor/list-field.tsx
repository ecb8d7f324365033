import { useStore } from '@tanstack/react-form';
import { useMemo, type ReactNode } from 'react';
import type { FormValues } from '../../model/values.ts';
import type { EditorForm } from './editor-form.ts';
import { TextInput } from './form-kit.tsx';

type ListPath = `speedDials[${number}].label` | `speedDials[${number}].number` | `featureLabels[${number}].label`;

/** A reader for one entry's field; made once per field, as it runs on every change of the form. */
function reader(path: ListPath): (values: FormValues) => string | undefined {
  const m = /^(speedDials|featureLabels)\[(\d+)\]\.(label|number)$/.exec(path);
  const list = m?.[1] as 'speedDials' | 'featureLabels';
  const index = Number(m?.[2]);
  const field = m?.[3] as 'label' | 'number';
  return (values) => (values[list][index] as Record<string, string | undefined> | undefined)?.[field];
}

/**
 * A list entry's text field. It reads its value straight from the form's store and writes it with
 * setFieldValue: a full TanStack field per input (an API object, seven subscriptions, an update on every
 * render) made opening a 108-entry file several times slower, for validation these fields compute themselves.
 */
export function ListField({
  form,
  path,
  problem,
  render,
  renderAfter,
  ...props
}: {
  readonly form: EditorForm;
  readonly path: ListPath;
  readonly problem: (value: string | undefined) => string | null;
  readonly render?: (value: string | undefined, input: ReactNode) => ReactNode;
  readonly id: string;
  readonly label: string;
  readonly hideLabel?: boolean;
  readonly keepEmpty: boolean;
  readonly inputMode?: 'tel';
  readonly renderAfter?: (value: string | undefined) => ReactNode;
}) {
  const read = useMemo(() => reader(path), [path]);
  const value = useStore(form.store, (s) => read(s.values));
  const input = (
    <TextInput
      {...props}
      name={path}
      value={value}
      problem={problem(value)}
      after={renderAfter?.(value)}
      onValue={(v) => form.setFieldValue(path, v as never)}
    />
  );
  return <>{render ? render(value, input) : input}</>;
}
