/**
 * The generator core: pure TypeScript, no React, no DOM. Widgets and tests
 * import from here.
 */
export type {
  AppSecretsInput,
  Diagnostic,
  DiagnosticCode,
  GeneratedFile,
  IdentityMode,
  LineRange,
  ObjectType,
  ResolvedInput,
  ResolvedSecret,
  SecretInput,
  Severity,
  Shell,
  WorkloadInput,
  WorkloadKind,
} from './model/types';
export { OBJECT_TYPES } from './model/types';
export type { Defaults } from './model/defaults';
export { DEFAULT_IMAGE, DEFAULT_CONTAINER_NAME } from './model/defaults';
export { resolveInput, resolveSecret, defaultSpcName, defaultWorkloadName, hasErrors, type ResolveResult } from './model/resolveInput';
export { toEnvVarName } from './names/rules';
export { generateAll, SPC_FILE_NAME, type FileId, type GenerateResult, type GeneratorConfig } from './generate/generateAll';
export { buildSecretProviderClass } from './secretProviderClass/buildSecretProviderClass';
export { buildObjectsParameter, parseObjectsParameter, type KeyVaultObject } from './secretProviderClass/objectsParameter';
export { buildWorkload } from './workload/buildWorkload';
export { buildAzScript, buildKubectlScript, renderScript } from './commands/buildCommands';
export { quoteBash, quotePowerShell, checkAzCmdArgument } from './shell/quote';
export { mergeSecretProviderClass, type MergeRequest, type MergeResult } from './merge/mergeSecretProviderClass';
export { lintManifests, type LintResult } from './lint/lintManifests';
export { secretProviderClassSchema } from './schema/secretProviderClassSchema';
export { addedLineRanges } from './yamlIO/diffLines';
