/**
 * Remark plugin: fills `{{org.KEY}}` tokens in code blocks and inline code with
 * the organisation's facts at build time, so the guide's YAML and commands are
 * written once and read the vault name, tenant and mount path from
 * `src/config/organization.ts`. An unknown key fails the build.
 */
import type { Organization } from '../config/organization';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

export interface OrganizationFactsOptions {
  organization: Organization;
}

const TOKEN = /\{\{\s*org\.([A-Za-z]+)\s*\}\}/g;

export function fillOrganizationFacts(text: string, organization: Organization): string {
  return text.replace(TOKEN, (_match, key: string) => {
    if (!Object.prototype.hasOwnProperty.call(organization, key)) {
      throw new Error(
        `Unknown organisation fact {{org.${key}}}: use one of ${Object.keys(organization).join(', ')}`,
      );
    }
    return String(organization[key as keyof Organization]);
  });
}

function visit(node: MdNode, organization: Organization): void {
  if ((node.type === 'code' || node.type === 'inlineCode') && typeof node.value === 'string') {
    node.value = fillOrganizationFacts(node.value, organization);
  }
  node.children?.forEach((child) => visit(child, organization));
}

export default function remarkOrganizationFacts(options: OrganizationFactsOptions) {
  return (tree: MdNode): void => visit(tree, options.organization);
}
