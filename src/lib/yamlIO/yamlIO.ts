/**
 * The one place that talks to the `yaml` package: how we print, how we parse
 * untrusted text safely, and how we find the lines a node spans.
 */
import { Document, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Node, type ToStringOptions } from 'yaml';
import { mergeRanges } from '../model/lineRanges';
import type { Diagnostic, LineRange } from '../model/types';

/** Printing options shared by every generator: 2-space indent, no line folding. */
export const PRINT_OPTIONS: ToStringOptions = { indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0 };

/** A document for generated data: shared objects are printed again, never as &anchor/*alias. */
export function toDocument(value: unknown): Document {
  return new Document(value, { aliasDuplicateObjects: false });
}

/** Pasted text larger than this is refused before parsing. */
export const MAX_INPUT_BYTES = 1_500_000;
/** Alias expansion budget: a few aliases are fine, a "billion laughs" is not. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedDocuments {
  documents: Document.Parsed[];
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
}

/** Parses possibly hostile text into documents; problems become diagnostics, never exceptions. */
export function parseDocumentsSafely(text: string, maxBytes = MAX_INPUT_BYTES): ParsedDocuments {
  const lineCounter = new LineCounter();
  const empty = (d: Diagnostic): ParsedDocuments => ({ documents: [], lineCounter, diagnostics: [d] });
  if (typeof text !== 'string') {
    return empty({ code: 'NO_DOCUMENTS', path: '', severity: 'error', message: 'Paste the YAML text of a SecretProviderClass' });
  }
  if (text.length > maxBytes) {
    return empty({
      code: 'YAML_TOO_LARGE',
      path: '',
      severity: 'error',
      message: `The text is ${(text.length / 1e6).toFixed(1)} MB; paste one SecretProviderClass (at most ${(maxBytes / 1e6).toFixed(1)} MB)`,
    });
  }
  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true }) as Document.Parsed[];
    if (!Array.isArray(documents)) documents = [documents];
  } catch (error) {
    return empty({ code: 'YAML_SYNTAX', path: '', severity: 'error', message: `The text is not valid YAML: ${String(error)}` });
  }
  const diagnostics: Diagnostic[] = [];
  documents.forEach((doc, index) => {
    const first = doc.errors[0];
    if (!first) return;
    const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
    const tabs = first.code === 'TAB_AS_INDENT' || /tab/i.test(first.message);
    diagnostics.push({
      code: tabs ? 'YAML_TABS' : 'YAML_SYNTAX',
      path: '',
      severity: 'error',
      line,
      document: index,
      message: tabs
        ? `Line ${line} is indented with a tab; YAML allows only spaces for indentation`
        : `The text is not valid YAML at line ${line}: ${first.message.split('\n')[0]}`,
    });
  });
  if (diagnostics.length === 0) {
    // Expanding aliases is where a "billion laughs" bites: try it once, with a budget.
    documents.forEach((doc, index) => {
      if (!hasAlias(doc)) return;
      const { diagnostic } = toPlainData(doc, index);
      if (diagnostic) diagnostics.push(diagnostic);
    });
  }
  return { documents: diagnostics.length > 0 ? [] : documents, lineCounter, diagnostics };
}

/** Whether a document uses any `*alias` (most manifests do not, and then need no expansion check). */
export function hasAlias(doc: Document): boolean {
  let found = false;
  visit(doc, {
    Alias() {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

/** kubectl prints lists at their key's indentation (`key:\n- a`); keep whichever style the text uses. */
export function detectIndentSeq(text: string): boolean {
  // Block scalars may hold either style, so the style most lists use wins.
  const flush = text.match(/^( *)[^\s#-][^\n]*:[ \t]*\n\1- /gm)?.length ?? 0;
  const indented = text.match(/^( *)[^\s#-][^\n]*:[ \t]*\n\1 +- /gm)?.length ?? 0;
  return indented >= flush;
}

/**
 * Converts a parsed document to plain data, refusing alias bombs with a
 * diagnostic instead of an exception.
 */
export function toPlainData(doc: Document, index = 0): { data: unknown; diagnostic?: Diagnostic } {
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    const aliases = /alias/i.test(String(error));
    return {
      data: undefined,
      diagnostic: {
        code: aliases ? 'YAML_ALIASES' : 'YAML_SYNTAX',
        path: '',
        severity: 'error',
        document: index,
        message: aliases
          ? 'The text expands too many YAML aliases (&anchor / *alias); paste the plain manifest, as kubectl get … -o yaml prints it'
          : `The text cannot be read as data: ${String(error)}`,
      },
    };
  }
}

/** Follows a path of map keys and sequence indexes through a document's nodes. */
export function nodeAt(root: unknown, path: ReadonlyArray<string | number>): Node | undefined {
  let node: unknown = root;
  for (const step of path) {
    if (isMap(node) && typeof step === 'string') node = node.get(step, true);
    else if (isSeq(node) && typeof step === 'number') node = node.get(step, true);
    else return undefined;
  }
  return node as Node | undefined;
}

/** The pair (key and value) for a key path, or undefined. */
export function pairAt(root: unknown, path: ReadonlyArray<string | number>) {
  const parent = nodeAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (!isMap(parent)) return undefined;
  return parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
}

/** 1-based line numbers from character offsets. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Lines (1-based, inclusive) spanned by the pairs at the given key paths of `text`. */
export function lineRangesOfPairs(text: string, paths: ReadonlyArray<ReadonlyArray<string | number>>): LineRange[] {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter });
  const doc = Array.isArray(docs) ? docs[0] : docs;
  if (!doc) return [];
  const ranges: LineRange[] = [];
  for (const path of paths) {
    const last = path[path.length - 1];
    let start: number | undefined;
    let end: number | undefined;
    if (typeof last === 'number') {
      const item = nodeAt(doc.contents, path);
      start = item?.range?.[0];
      end = item?.range?.[1];
    } else {
      const pair = pairAt(doc.contents, path);
      const key = pair?.key as Node | undefined;
      const value = pair?.value as Node | undefined;
      if (key?.range && value?.range) {
        start = key.range[0];
        end = value.range[1];
      }
    }
    if (start === undefined || end === undefined) continue;
    // A block ends with its last newline: count the line that the last character sits on.
    const endLine = lineCounter.linePos(Math.max(start, end - 1)).line;
    ranges.push({ start: lineCounter.linePos(start).line, end: endLine });
  }
  return mergeRanges(ranges);
}
