/**
 * Monaco, bundled with the site (no CDN): loaded only through React.lazy when
 * the merge section opens. @monaco-editor/react is pointed at this bundled
 * copy with loader.config({ monaco }), so it never fetches Monaco itself.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useColorMode } from '@docusaurus/theme-common';
import { DiffEditor, Editor, loader, type OnMount } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution';

window.MonacoEnvironment = {
  getWorker: () => new Worker(new URL('monaco-editor/esm/vs/editor/editor.worker.js', import.meta.url)),
};
loader.config({ monaco });

export interface EditorMarker {
  line: number;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

const SEVERITY = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info };

const OPTIONS = {
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  tabSize: 2,
  insertSpaces: true,
  wordWrap: 'off',
  fontSize: 14,
  automaticLayout: true,
} as const;

interface Props {
  value: string;
  onChange: (value: string) => void;
  ariaLabel: string;
  markers: EditorMarker[];
  /** Shown while Monaco starts (if its chunk fails to load, the caller's error boundary shows it instead). */
  fallback: ReactNode;
}

export default function MonacoYamlEditor({ value, onChange, ariaLabel, markers, fallback }: Props): ReactNode {
  const { colorMode } = useColorMode();
  const editorRef = useRef<Parameters<OnMount>[0] | undefined>(undefined);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'kv-secrets-lint',
      markers.map((m) => ({
        startLineNumber: m.line,
        endLineNumber: m.line,
        startColumn: 1,
        endColumn: model.getLineMaxColumn(Math.min(m.line, model.getLineCount())),
        message: m.message,
        severity: SEVERITY[m.severity],
      })),
    );
  }, [markers]);

  return (
    <div data-testid="monaco-editor" style={{ border: '1px solid var(--ifm-color-emphasis-400)', borderRadius: 4 }}>
      <Editor
        height="20rem"
        language="yaml"
        theme={colorMode === 'dark' ? 'vs-dark' : 'vs'}
        value={value}
        loading={fallback}
        options={{ ...OPTIONS, ariaLabel }}
        onChange={(v) => onChange(v ?? '')}
        onMount={(editor) => {
          editorRef.current = editor;
        }}
      />
    </div>
  );
}

export function MonacoYamlDiff({ original, modified }: { original: string; modified: string }): ReactNode {
  const { colorMode } = useColorMode();
  return (
    <div data-testid="monaco-diff">
      <DiffEditor
        height="20rem"
        language="yaml"
        theme={colorMode === 'dark' ? 'vs-dark' : 'vs'}
        original={original}
        modified={modified}
        options={{ ...OPTIONS, readOnly: true, renderSideBySide: false, originalAriaLabel: 'SecretProviderClass as pasted', modifiedAriaLabel: 'SecretProviderClass with your secrets added' }}
      />
    </div>
  );
}
