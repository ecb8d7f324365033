import { useAppForm } from './form-kit.tsx';
import type { FormValues } from '../../model/values.ts';

export function useEditorForm(values: FormValues) {
  return useAppForm({ defaultValues: values });
}

export type EditorForm = ReturnType<typeof useEditorForm>;
