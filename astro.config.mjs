// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { deployTarget } from './src/utils/deploy.ts';

// Origin and base path from SITE_URL and BASE_PATH (src/utils/deploy.ts; README, Publishing).
const target = deployTarget(process.env);

export default defineConfig({
  site: target.site,
  base: target.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Smart punctuation would turn the gazette's straight quotes and "--" into other
  // characters; the page must say exactly what was printed.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [mdx()],
  // Readers open the site offline and with no telemetry endpoint reachable.
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro 7.3 bundles every MDX entry with a module-level "use astro:head-inject"
        // directive and Rolldown warns about it once per notice (withastro/astro#18087).
        // Only that warning is silenced; every other one still reaches the log.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
