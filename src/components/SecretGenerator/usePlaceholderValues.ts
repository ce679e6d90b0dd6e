import { useDeferredValue } from 'react';
import type { FormState } from './formState';
import { resolveForm } from './resolveForm';
import { placeholderValues, type PlaceholderValues } from './placeholders';
import { useFormState } from './store';

let cached: { form: FormState; values: PlaceholderValues } | undefined;

/**
 * The reader's values for the guide's placeholders, computed once per form
 * change for all code blocks. Deferred: while the reader types in the
 * generator, its own output renders first and the guide's blocks (mostly
 * off screen) follow in a render React may interrupt.
 */
export function usePlaceholderValues(): PlaceholderValues {
  const form = useDeferredValue(useFormState());
  if (cached?.form !== form) {
    const { resolved, diagnostics } = resolveForm(form);
    cached = { form, values: placeholderValues(resolved, diagnostics, form.namespace.trim() !== '') };
  }
  return cached.values;
}
