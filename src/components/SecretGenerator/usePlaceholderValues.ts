import { organization } from '@site/src/config/organization';
import { resolveInput } from '@site/src/lib';
import { toAppSecretsInput, type FormState } from './formState';
import { placeholderValues, type PlaceholderValues } from './placeholders';
import { useFormState } from './store';

let cached: { form: FormState; values: PlaceholderValues } | undefined;

/** The reader's values for the guide's placeholders, computed once per form change for all code blocks. */
export function usePlaceholderValues(): PlaceholderValues {
  const form = useFormState();
  if (cached?.form !== form) {
    const { resolved, diagnostics } = resolveInput(toAppSecretsInput(form), organization);
    cached = { form, values: placeholderValues(resolved, diagnostics, form.namespace.trim() !== '') };
  }
  return cached.values;
}
