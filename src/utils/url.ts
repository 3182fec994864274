/**
 * The one place that puts the base path (BASE_PATH, src/utils/deploy.ts) in front of the site's
 * routes.
 *
 * Routes — `noticePath()`, `issuePath()`, `indexPath()` of browse.ts, `sitePaths()` of routes.ts,
 * the pipeline's reference hrefs (`/notices/<slug>/#wb`), the search index's page URLs — stay
 * site-relative: they name a page of the site, wherever the site is mounted. They become URLs
 * only where a page, the feed, the sitemap or the search page writes them out, through these two
 * functions. So content/ and the search index are the same for every deployment, and the mount
 * point is decided once, by the build that knows it.
 *
 * `import.meta.env.BASE_URL` is Astro's `base` (`/` or `/gazette/`), substituted at build time in
 * pages and in the browser bundle alike (vitest gives `/`). Not for plain Node scripts: the
 * pipeline and the indexer deal in routes only.
 */

function currentBase(): string {
  // Spelt out whole: Vite substitutes the literal `import.meta.env.BASE_URL` (not `env?.BASE_URL`).
  return import.meta.env.BASE_URL;
}

/**
 * A route as an href under the base: `/notices/x/#wb` → `/gazette/notices/x/#wb`. Anything
 * that is not a root-relative route (`#id`, `https://…`, `//host`, a relative path) is returned
 * unchanged.
 */
export function sitePath(route: string, base: string = currentBase()): string {
  if (!route.startsWith('/') || route.startsWith('//')) return route;
  return base.replace(/\/+$/, '') + route;
}

/** A route as an absolute URL on the site's origin (`site` of astro.config.mjs): feed, sitemap, JSON-LD. */
export function siteUrl(route: string, site: URL | string, base: string = currentBase()): string {
  return new URL(sitePath(route, base), site).href;
}
