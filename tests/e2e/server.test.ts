/**
 * The static server the browser tests rely on (tests/support/static-server.ts), and the parts
 * of the build it must serve: Pagefind's bundle and index chunks with usable content types.
 * The server's own rules are also checked on a small folder of its own, where every case exists.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteUrl } from '../support/context.ts';
import { DIST_DIR } from '../support/paths.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

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
    // Pagefind 1.x ships its WebAssembly as `wasm.<lang>.pagefind` (gzip, decompressed by pagefind.js).
    const wasm = files.filter((name) => /^wasm\.[^/\\]+\.pagefind$/.test(name));
    expect(wasm, 'Pagefind WebAssembly under dist/pagefind/').not.toEqual([]);
    for (const file of wasm) {
      const response = await fetch(siteUrl(`/pagefind/${file}`));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/octet-stream');
    }
  });
});

describe('static server on a folder of its own', () => {
  let dir: string;
  let server: StaticServer;
  const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, { redirect: 'manual', ...init });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gazette-static-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'index.html'), '<p>docs</p>');
    writeFileSync(join(dir, '404.html'), '<p>not here</p>');
    writeFileSync(join(dir, 'a.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
    writeFileSync(join(dir, 'x.pf_meta'), 'meta');
    writeFileSync(join(dir, 'odd.unknownext'), 'odd');
    writeFileSync(join(dir, '文件.txt'), '中文');
    server = await startStaticServer(dir);
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("should serve a folder's index.html and redirect the folder without its slash", async () => {
    const page = await get('/docs/');
    expect([page.status, page.headers.get('content-type'), await page.text()]).toEqual([
      200,
      'text/html; charset=utf-8',
      '<p>docs</p>',
    ]);
    const bare = await get('/docs');
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/docs/']);
  });

  it('should answer a missing path with 404.html and status 404', async () => {
    const missing = await get('/nothing/here');
    expect([missing.status, await missing.text()]).toEqual([404, '<p>not here</p>']);
  });

  it('should give each kind of file its content type, unknown ones application/octet-stream', async () => {
    const types = await Promise.all(
      ['/a.wasm', '/x.pf_meta', '/odd.unknownext'].map(async (path) => (await get(path)).headers.get('content-type')),
    );
    expect(types).toEqual(['application/wasm', 'application/octet-stream', 'application/octet-stream']);
  });

  it('should decode percent-encoded paths, refuse `..` out of the folder and methods other than GET and HEAD', async () => {
    const named = await get(`/${encodeURIComponent('文件')}.txt`);
    expect([named.status, await named.text()]).toEqual([200, '中文']);
    expect((await get('/..%2f..%2fetc%2fpasswd')).status).toBe(403);
    expect((await get('/a.wasm', { method: 'POST' })).status).toBe(405);
    const head = await get('/docs/', { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
  });
});

describe('static server under a base path, sending the pages’ policy as a header', () => {
  let dir: string;
  let server: StaticServer;
  const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gazette-static-base-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(
      join(dir, 'docs', 'index.html'),
      `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-a&#39;b'; img-src 'self'"><p>docs</p>`,
    );
    writeFileSync(join(dir, 'index.html'), '<p>home</p>');
    writeFileSync(join(dir, '404.html'), '<p>not here</p>');
    server = await startStaticServer(dir, { base: '/gazette/', cspHeader: true });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should serve the folder under the base only, the base without its slash redirected', async () => {
    expect([(await get('/gazette/docs/')).status, (await get('/gazette/')).status]).toEqual([200, 200]);
    const bare = await get('/gazette');
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/gazette/']);
    for (const path of ['/docs/', '/', '/gazettedocs/', '/other/gazette/docs/']) {
      const outside = await get(path);
      expect([path, outside.status, await outside.text()]).toEqual([path, 404, '<p>not here</p>']);
    }
  });

  it("should send a page's <meta> policy, unescaped, as its Content-Security-Policy header", async () => {
    expect((await get('/gazette/docs/')).headers.get('content-security-policy')).toBe(
      "script-src 'self' 'sha256-a'b'; img-src 'self'",
    );
    expect((await get('/gazette/')).headers.get('content-security-policy')).toBeNull();
  });
});
