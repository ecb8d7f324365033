import { FormApi, useStore } from '@tanstack/react-form';
import { useLayoutEffect, useState, type ReactNode } from 'react';
import type { FormValues } from '../../model/values.ts';

/**
 * The editor's form: TanStack Form's FormApi, used as a typed store of the values. The inputs read it with
 * `useStore(form.store, selector)`, a section at a time, and write with `form.setFieldValue`; the
 * checks are our own (src/model). `useForm` would add Field, FormGroup and Subscribe components, none of which the
 * editor uses, and bring FieldApi and FormGroupApi (about 7 KB gzip) into the initial JavaScript with them.
 */
const createEditorForm = (values: FormValues) => new FormApi({ defaultValues: values });

export type EditorForm = ReturnType<typeof createEditorForm>;

/** The form over `values`, made once per mounted editor; later outside changes go through `form.reset`. */
export function useEditorForm(values: FormValues): EditorForm {
  const [form] = useState(() => createEditorForm(values));
  useLayoutEffect(() => form.mount(), [form]);
  return form;
}

/** Renders `children` with the part of the form's state that `selector` picks, again whenever that part changes. */
export function FormSubscribe<T>({ form, selector, children }: { form: EditorForm; selector: (state: EditorForm['state']) => T; children: (value: T) => ReactNode }) {
  return children(useStore(form.store, selector));
}
