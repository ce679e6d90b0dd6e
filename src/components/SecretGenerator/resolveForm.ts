/**
 * The form resolved against the organisation's defaults, once per form state:
 * the generator, the guide's placeholders and the merge panel all read it.
 */
import { organization } from '@site/src/config/organization';
import { resolveInput, type ResolveResult } from '@site/src/lib';
import { toAppSecretsInput, type FormState } from './formState';

const cache = new WeakMap<FormState, ResolveResult>();

export function resolveForm(form: FormState): ResolveResult {
  let result = cache.get(form);
  if (!result) {
    result = resolveInput(toAppSecretsInput(form), organization);
    cache.set(form, result);
  }
  return result;
}
