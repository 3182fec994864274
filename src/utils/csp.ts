/**
 * Hashes for the Content-Security-Policy Astro writes into every page (astro.config.mjs,
 * `security.csp`). Astro hashes what it bundles or inlines itself; inline code it passes through
 * untouched (`<script is:inline>`, a `style` attribute) must register its own hash, or the
 * browser refuses it. Each helper returns the text it hashed, so the page writes out exactly
 * what the policy allows. Build-time only (node:crypto).
 */
import { createHash } from 'node:crypto';
import type { AstroGlobal } from 'astro';

type Csp = AstroGlobal['csp'];

/** `'sha256-…'` source of a CSP hash (the value without quotes, as Astro's API takes it). */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Allows an inline <script> whose whole text is `code` on the page being rendered. */
export function allowInlineScript(csp: Csp, code: string): string {
  csp?.insertScriptHash(cspHash(code));
  return code;
}

/**
 * Allows one `style="…"` attribute value on the page being rendered: style-src-attr with
 * 'unsafe-hashes' and the value's hash, which admits that exact value and no other (a style
 * attribute can only be allowed by hash with 'unsafe-hashes'; 'unsafe-inline' would admit any).
 * Call it once per page: the resource is not deduplicated.
 */
export function allowStyleAttribute(csp: Csp, value: string): string {
  csp?.insertStyleResource({ resource: "'unsafe-hashes'", kind: 'attribute' });
  csp?.insertStyleHash({ hash: cspHash(value), kind: 'attribute' });
  return value;
}
