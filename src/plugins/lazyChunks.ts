/**
 * Keeps the heavy, on-demand code out of the chunks every page loads.
 *
 * Docusaurus moves any module used by two chunks into `common` (loaded on
 * every page) and every CSS file into one `styles` file. Monaco is used by the
 * editor chunk and by its web worker, and the `yaml` package by the generator
 * and the merge chunks, so both would land in `common`, and Monaco's CSS in
 * `styles`. These cache groups give each an async chunk of its own, loaded only
 * when the generator first runs or the merge section opens.
 */
import type { Plugin } from '@docusaurus/types';

export default function lazyChunksPlugin(): Plugin {
  return {
    name: 'kv-secrets-lazy-chunks',
    configureWebpack(_config, isServer) {
      // Monaco's AMD fallback (`require([...])`, unused in the ESM build) warns on every build.
      const ignoreWarnings = [{ module: /[\\/]monaco-editor[\\/]/, message: /Critical dependency/ }];
      if (isServer) return { ignoreWarnings };
      return {
        ignoreWarnings,
        optimization: {
          splitChunks: {
            cacheGroups: {
              monacoStyles: {
                name: 'monaco-styles',
                test: /[\\/]node_modules[\\/]monaco-editor[\\/].*\.css$/,
                type: 'css/mini-extract',
                chunks: 'async',
                enforce: true,
                priority: 60,
              },
              monaco: {
                name: 'monaco',
                test: /[\\/]node_modules[\\/](monaco-editor|@monaco-editor)[\\/]/,
                chunks: 'async',
                enforce: true,
                priority: 55,
              },
              yaml: {
                name: 'yaml',
                test: /[\\/]node_modules[\\/]yaml[\\/]/,
                chunks: 'async',
                enforce: true,
                priority: 55,
              },
            },
          },
        },
      };
    },
  };
}
