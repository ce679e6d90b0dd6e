import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeForm, emptyForm, encodeForm, isPristine, newRow, type FormState } from './formState';

const strip = (form: FormState) => ({ ...form, secrets: form.secrets.map(({ id: _id, ...rest }) => rest) });

describe('encodeForm() / decodeForm()', () => {
  it('writes nothing for a pristine form and keeps other query keys', () => {
    expect(encodeForm(emptyForm())).toBe('');
    expect(encodeForm(emptyForm(), '?docusaurus-data-tab=x&ns=old')).toBe('?docusaurus-data-tab=x');
  });

  it('round-trips any form through the URL', () => {
    const text = fc.string({ maxLength: 20 });
    const row = fc.record({ keyVaultName: text, exposeAsEnv: fc.boolean(), envVarName: fc.option(text, { nil: undefined }), secretKey: fc.option(text, { nil: undefined }) });
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), fc.option(text, { nil: undefined }), fc.constantFrom('Pod' as const, 'Deployment' as const), fc.array(row, { minLength: 1, maxLength: 5 }), fc.option(text, { nil: undefined }), fc.option(text, { nil: undefined }), (namespace, spcName, keyVaultName, kind, rows, image, syncedSecretName) => {
        const form: FormState = { namespace, spcName, keyVaultName, kind, secrets: rows.map((r) => ({ ...newRow(), ...r })) };
        if (image !== undefined) form.image = image;
        if (syncedSecretName !== undefined) form.syncedSecretName = syncedSecretName;
        for (const row of form.secrets) {
          if (row.envVarName === undefined) delete row.envVarName;
          if (row.secretKey === undefined) delete row.secretKey;
        }
        if (isPristine(form)) return;
        const back = decodeForm(encodeForm(form));
        expect(strip(back)).toEqual(strip({ ...form, spcName: form.spcName, keyVaultName: form.keyVaultName }));
      }),
    );
  });

  it('keeps the options under "More options" in the URL', () => {
    const form = { ...emptyForm(), namespace: 'a', workloadName: 'api', image: 'ghcr.io/team/api:1.2', mountPath: '/secrets', containerName: 'api', syncedSecretName: 'api-env' };
    const search = encodeForm(form);
    expect(search).toContain('img=ghcr.io%2Fteam%2Fapi%3A1.2');
    expect(strip(decodeForm(search))).toEqual(strip(form));
  });

  it('reads a hand-written link', () => {
    const form = decodeForm('?ns=my-app&s0=db-password&env0=1&s1=api-key&kind=Deployment');
    expect(strip(form)).toEqual({
      namespace: 'my-app',
      spcName: undefined,
      keyVaultName: undefined,
      kind: 'Deployment',
      secrets: [
        { keyVaultName: 'db-password', exposeAsEnv: true },
        { keyVaultName: 'api-key', exposeAsEnv: false },
      ],
    });
  });

  it('ignores odd values instead of failing', () => {
    expect(decodeForm('?kind=Job&s0=x&env0=yes').kind).toBe('Pod');
    expect(decodeForm('?kind=Job&s0=x&env0=yes').secrets[0]!.exposeAsEnv).toBe(false);
    expect(decodeForm('%%%').namespace).toBe('');
  });
});
