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
  // characters; the page must say exactly what was printed. A 公文 has no code to highlight,
  // and Shiki's inline styles would need the CSP opened to them.
  markdown: { syntaxHighlight: false, processor: satteri({ features: { smartPunctuation: false } }) },
  integrations: [mdx()],
  security: {
    // Astro hashes the scripts and styles it bundles or inlines into a CSP <meta> on every page
    // (script-src / style-src 'self' + hashes); the two inline snippets that are not Astro's —
    // the 字号 script in <head> and the masthead's style attribute — register their own hashes
    // (src/utils/csp.ts). Everything else is shut: no third-party origin anywhere, no plugins,
    // no <base> rewriting, forms post only here. The search page fetches its index from this
    // origin (connect-src); nothing loads WebAssembly (the search page reads its own index,
    // not Pagefind's), so there is no 'wasm-unsafe-eval'. frame-ancestors does nothing in a
    // <meta> policy: the host sends it (docs/publishing.md, docs/nginx/).
    csp: {
      directives: [
        "default-src 'none'",
        "connect-src 'self'",
        "img-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
      ],
    },
  },
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
