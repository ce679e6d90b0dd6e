/** Finds the SecretProviderClass in pasted text: a single object, an item of a `List`, or one document of many. */
import { isMap, isSeq, type Document, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../model/types';

export interface FoundSpc {
  /** The document that holds it. */
  document: Document.Parsed;
  documentIndex: number;
  /** The SecretProviderClass map node itself. */
  node: YAMLMap;
  /** True when it was an item of a `kind: List`. */
  inList: boolean;
}

export function kindOf(node: unknown): string | undefined {
  if (!isMap(node)) return undefined;
  const kind = node.get('kind');
  return typeof kind === 'string' ? kind : undefined;
}

export function findSecretProviderClasses(documents: Document.Parsed[]): FoundSpc[] {
  const found: FoundSpc[] = [];
  documents.forEach((document, documentIndex) => {
    const root = document.contents;
    if (kindOf(root) === 'SecretProviderClass') found.push({ document, documentIndex, node: root as YAMLMap, inList: false });
    else if (isMap(root) && /List$/.test(kindOf(root) ?? '')) {
      const items = root.get('items', true);
      if (isSeq(items)) {
        for (const item of items.items) {
          if (kindOf(item) === 'SecretProviderClass') found.push({ document, documentIndex, node: item as YAMLMap, inList: true });
        }
      }
    }
  });
  return found;
}

export function notFound(documents: Document.Parsed[]): Diagnostic {
  const kinds = documents.map((d) => kindOf(d.contents)).filter(Boolean);
  return {
    code: documents.length === 0 ? 'NO_DOCUMENTS' : 'NOT_A_SECRET_PROVIDER_CLASS',
    path: 'kind',
    severity: 'error',
    message:
      documents.length === 0
        ? 'Paste the output of kubectl get secretproviderclass <name> --namespace <namespace> -o yaml'
        : `No SecretProviderClass found${kinds.length ? ` (found ${kinds.join(', ')})` : ''}: paste the output of kubectl get secretproviderclass <name> -n <namespace> -o yaml`,
  };
}
