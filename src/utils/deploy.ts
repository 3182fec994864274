/**
 * Where the built site is published, from the environment of the build (README, Publishing):
 *
 *   SITE_URL      origin the site is served from, e.g. https://www.example.gov.cn
 *                 (default https://gazette.example.invalid: an address that can never resolve, so
 *                 a build nobody configured cannot pass for the real site)
 *   BASE_PATH     path the site lives under on that origin, e.g. /gazette/ (default /)
 *   SITE_NAME     网站名称 for the 网页元数据 SiteName (default: the gazette's name, src/gazette.ts)
 *   SITE_ID_CODE  网站标识码 for the 网页元数据 SiteIDCode, as the 全国政府网站信息报送系统 issued it
 *                 (10 letters or digits). There is no default: a code is never made up, and
 *                 without one the page carries no SiteIDCode tag.
 *
 * Read by astro.config.mjs (`site`, `base`) and by the pages (src/utils/page-meta.ts). Plain
 * functions of an env object, so that the rules are unit-tested and a misspelt value stops the
 * build with a sentence instead of publishing links to the wrong place.
 */

export const DEFAULT_SITE_URL = 'https://gazette.example.invalid';

export interface DeployTarget {
  /** Origin without a trailing slash: `https://www.example.gov.cn`. */
  site: string;
  /** Base path with a slash at both ends: `/` or `/gazette/`. */
  base: string;
  /** Host of `site`, as the 网页元数据 SiteDomain gives it: `www.example.gov.cn`. */
  domain: string;
  /** SiteName; undefined means the gazette's own name. */
  siteName?: string;
  /** SiteIDCode; undefined when none was configured. */
  siteIdCode?: string;
}

type Env = Record<string, string | undefined>;

export class DeployConfigError extends Error {}

/** An env value, or undefined when unset or blank (an empty `SITE_URL=` means "the default"). */
function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

/** SITE_URL → origin. The path belongs in BASE_PATH: two places for one thing would disagree. */
export function siteOrigin(raw: string | undefined): string {
  const text = raw ?? DEFAULT_SITE_URL;
  const url = URL.parse(text);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new DeployConfigError(`SITE_URL=${text} is not an http(s) address, e.g. https://www.example.gov.cn`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new DeployConfigError(`SITE_URL=${text} must be an origin only, e.g. https://www.example.gov.cn`);
  }
  if (url.pathname !== '/') {
    throw new DeployConfigError(
      `SITE_URL=${text} has a path; give the origin in SITE_URL (${url.origin}) and the path in BASE_PATH (${url.pathname})`,
    );
  }
  return url.origin;
}

/**
 * BASE_PATH → `/` or `/a/b/`. Segments are limited to URL-safe ASCII (letters, digits, `-._~`):
 * the path is written unescaped into links, the sitemap, nginx's `location` and the CSP-checked
 * pages, and one spelling everywhere is what keeps them the same.
 */
export function basePath(raw: string | undefined): string {
  if (raw === undefined) return '/';
  const segments = raw.split('/').filter((s) => s !== '');
  for (const segment of segments) {
    if (!/^[A-Za-z0-9._~-]+$/.test(segment) || segment === '.' || segment === '..') {
      throw new DeployConfigError(
        `BASE_PATH=${raw}: "${segment}" is not a plain path segment (letters, digits, - . _ ~), e.g. /gazette/`,
      );
    }
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** 网站标识码: 10 letters or digits (1101020001, bm14000002). Checked so that a typo fails the build. */
export function siteIdCode(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!/^[A-Za-z0-9]{10}$/.test(raw)) {
    throw new DeployConfigError(`SITE_ID_CODE=${raw} is not a 网站标识码 (10 letters or digits, e.g. 1101020001)`);
  }
  return raw;
}

export function deployTarget(env: Env = process.env): DeployTarget {
  const site = siteOrigin(value(env, 'SITE_URL'));
  const idCode = siteIdCode(value(env, 'SITE_ID_CODE'));
  const name = value(env, 'SITE_NAME');
  return {
    site,
    base: basePath(value(env, 'BASE_PATH')),
    domain: new URL(site).host,
    ...(name ? { siteName: name } : {}),
    ...(idCode ? { siteIdCode: idCode } : {}),
  };
}
