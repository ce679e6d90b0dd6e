import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { organization } from './src/config/organization';
import { darkCodeTheme, lightCodeTheme } from './src/config/prismThemes';
import remarkOrganizationFacts from './src/remark/organizationFacts';
import lazyChunksPlugin from './src/plugins/lazyChunks';

/** Magic comments: the theme's defaults, plus "added" and "error" lines. */
const magicComments = [
  {
    className: 'theme-code-block-highlighted-line',
    line: 'highlight-next-line',
    block: { start: 'highlight-start', end: 'highlight-end' },
  },
  {
    className: 'code-block-add-line',
    line: 'add-highlight-next-line',
    block: { start: 'add-highlight-start', end: 'add-highlight-end' },
  },
  {
    className: 'code-block-error-line',
    line: 'error-highlight-next-line',
    block: { start: 'error-highlight-start', end: 'error-highlight-end' },
  },
];

const config = {
  title: 'kv-secrets docs',
  tagline: `Hand ${organization.name}'s Azure Key Vault secrets to Kubernetes pods, with YAML written for you`,
  favicon: 'img/favicon.svg',

  future: {
    v4: true,
    faster: true,
  },

  // Where the site is deployed: set SITE_URL and BASE_URL when you build for a host.
  url: process.env.SITE_URL ?? 'http://localhost:3000',
  baseUrl: process.env.BASE_URL ?? '/',
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: { defaultLocale: 'en', locales: ['en'] },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          routeBasePath: 'docs',
          remarkPlugins: [[remarkOrganizationFacts, { organization }]],
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [lazyChunksPlugin],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        indexPages: true,
        docsRouteBasePath: '/docs',
        highlightSearchTermsOnTargetPage: true,
      },
    ],
  ],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'kv-secrets docs',
      logo: { alt: 'kv-secrets docs', src: 'img/logo.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Guide' },
      ],
    },
    footer: {
      style: 'dark',
      copyright: `${organization.name} · Everything you type on this site stays in your browser.`,
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      additionalLanguages: ['bash', 'powershell'],
      magicComments,
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
