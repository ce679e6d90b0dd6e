import { describe, expect, it } from 'vitest';
import { config } from '../../../tests/helpers/arbitraries';
import { resolveInput } from '../../lib';
import { fillPlaceholders, placeholderValues } from './placeholders';

const values = (namespace: string, names: string[]) => {
  const { resolved, diagnostics } = resolveInput({ namespace, secrets: names.map((keyVaultName) => ({ keyVaultName })) }, config);
  return placeholderValues(resolved, diagnostics, namespace !== '');
};

describe('placeholderValues()', () => {
  it('maps the guide placeholders to the reader values', () => {
    expect(values('my-app', ['db-password', 'api-key'])).toEqual({
      '<namespace>': 'my-app',
      '<name>': 'my-app-spc',
      '<namespace>-spc': 'my-app-spc',
      '<secret-1-key>': 'db-password',
      '<secret-key>': 'db-password',
      '<secret-name>': 'db-password',
      '<secret-2-key>': 'api-key',
    });
  });

  it('fills nothing that is invalid', () => {
    expect(values('My App', ['db_password'])).toEqual({});
    expect(values('', [''])).toEqual({});
  });
});

describe('fillPlaceholders()', () => {
  it('fills every placeholder and records where', () => {
    const code = "metadata:\n  name: <name>\n  namespace: <namespace>\nsecretProviderClass: '<namespace>-spc'";
    const { code: filled, filledByLine } = fillPlaceholders(code, { '<namespace>': 'app', '<name>': 'app-spc', '<namespace>-spc': 'app-spc' });
    expect(filled).toBe("metadata:\n  name: app-spc\n  namespace: app\nsecretProviderClass: 'app-spc'");
    expect(filledByLine.get('  namespace: app')).toEqual([[13, 16]]);
    expect(filledByLine.get("secretProviderClass: 'app-spc'")).toEqual([[22, 29]]);
    expect(filledByLine.has('metadata:')).toBe(false);
  });

  it('leaves code alone when nothing is typed', () => {
    const code = 'kubectl get secretproviderclass --namespace <namespace>';
    expect(fillPlaceholders(code, {}).code).toBe(code);
  });
});
