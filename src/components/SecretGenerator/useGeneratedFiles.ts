/**
 * Runs the generator core (`generateAll`, which brings the `yaml` package) in
 * a chunk of its own, loaded the first time the reader has something to
 * generate: a first visit to the guide does not pay for it.
 */
import { useEffect, useMemo, useState } from 'react';
import { organization } from '@site/src/config/organization';
import type { GenerateResult } from '@site/src/lib';
import { toAppSecretsInput, type FormState } from './formState';

type GeneratorModule = typeof import('@site/src/lib/generate/generateAll');

let loaded: GeneratorModule | undefined;
let loading: Promise<GeneratorModule> | undefined;

export function loadGenerator(): Promise<GeneratorModule> {
  loading ??= import('@site/src/lib/generate/generateAll').then((module) => (loaded = module));
  return loading;
}

/** undefined while the generator is not needed yet or still loading. */
export function useGeneratedFiles(form: FormState, needed: boolean): GenerateResult | undefined {
  const [module, setModule] = useState<GeneratorModule | undefined>(loaded);
  useEffect(() => {
    if (!needed || module) return;
    let live = true;
    void loadGenerator().then((m) => live && setModule(m));
    return () => {
      live = false;
    };
  }, [needed, module]);
  return useMemo(() => (module && needed ? module.generateAll(toAppSecretsInput(form), organization) : undefined), [module, needed, form]);
}
