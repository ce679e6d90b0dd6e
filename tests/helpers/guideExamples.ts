/**
 * The guide's own "Examples" code blocks, with organisation facts filled in:
 * the golden files the generators must reproduce.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { organization } from '../../src/config/organization';
import { fillOrganizationFacts } from '../../src/remark/organizationFacts';

const GUIDE = join(__dirname, '..', '..', 'docs', 'secrets', 'add-a-new-secret.mdx');

/** The body of the fenced block whose title is `title`, facts filled, with a final newline. */
export function guideExample(title: string): string {
  const source = readFileSync(GUIDE, 'utf8');
  const start = source.indexOf(`title="${title}"`);
  if (start < 0) throw new Error(`no code block titled ${title} in the guide`);
  const bodyStart = source.indexOf('\n', start) + 1;
  const bodyEnd = source.indexOf('\n```', bodyStart);
  return `${fillOrganizationFacts(source.slice(bodyStart, bodyEnd), organization)}\n`;
}
