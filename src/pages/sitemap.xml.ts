/**
 * /sitemap.xml: every page of the site (src/utils/routes.ts), absolute URLs from `site` and
 * `base` in astro.config.mjs. Built here rather than with @astrojs/sitemap so that it needs no dependency
 * and lists exactly the pages the link test checks.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sitePaths, xmlEscape } from '../utils/routes.ts';
import { siteUrl } from '../utils/url.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml needs `site` in astro.config.mjs');
  const entries = await getCollection('notices');
  const urls = sitePaths(entries).map((path) => `  <url><loc>${xmlEscape(siteUrl(path, site))}</loc></url>`);
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
