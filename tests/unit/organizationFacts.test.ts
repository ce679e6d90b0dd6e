import { describe, expect, it } from 'vitest';
import { organization } from '../../src/config/organization';
import remarkOrganizationFacts, { fillOrganizationFacts } from '../../src/remark/organizationFacts';

describe('fillOrganizationFacts()', () => {
  it.each([
    ["keyvaultName: '{{org.keyVaultName}}'", `keyvaultName: '${organization.keyVaultName}'`],
    ['{{ org.csiMountPath }}/x', `${organization.csiMountPath}/x`],
    ['no tokens here: <namespace>', 'no tokens here: <namespace>'],
    ['{{org.syncedSecretName}} {{org.syncedSecretName}}', `${organization.syncedSecretName} ${organization.syncedSecretName}`],
  ])('%s', (input, output) => {
    expect(fillOrganizationFacts(input, organization)).toBe(output);
  });

  it('fails the build on an unknown fact, naming the known ones', () => {
    expect(() => fillOrganizationFacts('{{org.vault}}', organization)).toThrow(/Unknown organisation fact \{\{org\.vault\}\}.*keyVaultName/);
  });
});

describe('remarkOrganizationFacts', () => {
  it('fills code and inline code, and leaves prose alone', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'code', value: '{{org.keyVaultName}}' },
        { type: 'paragraph', children: [{ type: 'inlineCode', value: '{{org.csiMountPath}}' }, { type: 'text', value: '{{org.keyVaultName}}' }] },
      ],
    };
    remarkOrganizationFacts({ organization })(tree);
    expect(tree.children[0]).toMatchObject({ value: organization.keyVaultName });
    expect(tree.children[1]).toMatchObject({
      children: [{ value: organization.csiMountPath }, { value: '{{org.keyVaultName}}' }],
    });
  });
});
