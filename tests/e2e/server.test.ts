/**
 * The static server the browser tests rely on (tests/support/static-server.ts), and the parts
 * of the build it must serve: Pagefind's bundle and index chunks with usable content types.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../support/context.ts';
import { DIST_DIR } from '../support/paths.ts';

describe('static server for dist/', () => {
  it('serves the home page as UTF-8 HTML', async () => {
    const response = await fetch(siteUrl('/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toMatch(/<html[^>]*\blang="zh-CN"/);
  });

  it('redirects a directory without its trailing slash', async () => {
    const response = await fetch(siteUrl('/notices'), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/notices/');
  });

  it('answers 404 for a missing page and refuses paths outside dist/', async () => {
    expect((await fetch(siteUrl('/no-such-page/'))).status).toBe(404);
    // `..%2f` survives URL normalization in the client and decodes to `../` in the server.
    expect((await fetch(siteUrl('/..%2fpackage.json'))).status).toBe(403);
  });

  it('serves the Pagefind bundle and index', async () => {
    const js = await fetch(siteUrl('/pagefind/pagefind.js'));
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);

    const entry = await fetch(siteUrl('/pagefind/pagefind-entry.json'));
    expect(entry.status).toBe(200);

    const files = readdirSync(join(DIST_DIR, 'pagefind'), { recursive: true, encoding: 'utf8' });
    for (const ext of ['.pf_meta', '.pf_index', '.pf_fragment']) {
      const file = files.find((name) => name.endsWith(ext));
      expect(file, `a ${ext} file under dist/pagefind/`).toBeDefined();
      const response = await fetch(siteUrl(`/pagefind/${file!.split('\\').join('/')}`));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/octet-stream');
    }
    // Pagefind 1.x ships its WebAssembly as `wasm.<lang>.pagefind`.
    const wasm = files.find((name) => name.endsWith('.pagefind') || name.endsWith('.wasm'));
    if (wasm) {
      const response = await fetch(siteUrl(`/pagefind/${wasm}`));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/(wasm|octet-stream)$/);
    }
  });
});
