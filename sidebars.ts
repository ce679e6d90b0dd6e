import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars = {
  guide: [
    {
      type: 'category',
      label: 'Secrets',
      collapsible: false,
      items: ['secrets/add-a-new-secret', 'secrets/how-it-works'],
    },
  ],
} satisfies SidebarsConfig;

export default sidebars;
