import { describe, expect, it } from 'vitest';
import {
  checkAlias,
  checkDnsLabel,
  checkDnsSubdomain,
  checkEnvVarName,
  checkGuid,
  checkImage,
  checkKeyVaultName,
  checkKeyVaultObjectName,
  checkMountPath,
  checkSecretDataKey,
  toEnvVarName,
} from './rules';

type Check = (value: string) => string | undefined;

const cases: Array<[string, Check, string[], string[]]> = [
  ['checkKeyVaultObjectName', checkKeyVaultObjectName, ['db-password', 'A1', '-x', 'a'.repeat(127)], ['', 'db_password', 'a.b', 'a b', 'a'.repeat(128), 'é']],
  ['checkKeyVaultName', checkKeyVaultName, ['kv-polinetwork', 'abc', 'a'.repeat(24), 'Kv1'], ['', 'ab', 'a'.repeat(25), '1kv', 'kv-', 'kv--a', 'kv_a']],
  ['checkDnsLabel', (v) => checkDnsLabel(v, 'x'), ['a', 'my-app', 'a'.repeat(63), '0a'], ['', 'A', 'my_app', '-a', 'a-', 'a.b', 'a'.repeat(64)]],
  ['checkDnsSubdomain', (v) => checkDnsSubdomain(v, 'x'), ['a', 'my-app-spc', 'a.b.c', 'a'.repeat(253)], ['', 'A', 'a..b', '.a', 'a.', 'a_b', 'a'.repeat(254)]],
  ['checkSecretDataKey', checkSecretDataKey, ['db-password', 'tls.crt', '_a', 'A.b-c_d'], ['', '.', '..', 'a b', 'a/b', 'a'.repeat(254)]],
  ['checkEnvVarName', checkEnvVarName, ['DB_PASSWORD', '_x', 'a1'], ['', '1A', 'DB-PASSWORD', 'a b', 'é']],
  ['checkGuid', (v) => checkGuid(v, 'x'), ['0a1b2c3d-0000-1111-2222-333344445555'], ['', 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', '0a1b2c3d00001111222233334444555']],
  ['checkAlias', checkAlias, ['', 'db.txt', 'dir/file', 'a-b'], ['/abs', '../up', 'a/../b', 'a//b', 'a\\b', 'a\nb']],
  ['checkMountPath', checkMountPath, ['/mnt/secrets-store', '/a'], ['mnt', '/a/../b', '/a:b', '']],
  ['checkImage', checkImage, ['busybox', 'registry.k8s.io/e2e-test-images/busybox:1.29-4', 'ghcr.io/org/app@sha256:abc'], ['', 'Busy Box', 'UPPER/case']],
];

describe.each(cases)('%s()', (_name, check, valid, invalid) => {
  it.each(valid)('accepts %j', (value) => {
    expect(check(value)).toBeUndefined();
  });
  it.each(invalid)('rejects %j with a message', (value) => {
    expect(check(value)).toMatch(/\w{3,}/);
  });
});

describe('suggestions', () => {
  it.each([
    [checkKeyVaultObjectName('db_password'), "try 'db-password'"],
    [checkDnsLabel('My_App', 'The namespace'), "try 'my-app'"],
    [checkEnvVarName('db-password'), "try 'DB_PASSWORD'"],
    [checkKeyVaultName('kv--team'), "try 'kv-team'"],
  ])('%s', (message, hint) => {
    expect(message).toContain(hint);
  });
});

describe('toEnvVarName()', () => {
  it.each([
    ['db-password', 'DB_PASSWORD'],
    ['apiKey', 'APIKEY'],
    ['1st-key', '_1ST_KEY'],
    ['a.b/c', 'A_B_C'],
  ])('%s → %s', (input, output) => {
    expect(toEnvVarName(input)).toBe(output);
    expect(checkEnvVarName(output)).toBeUndefined();
  });
});
