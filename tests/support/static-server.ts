/**
 * A tiny static HTTP server for the built site (dist/), used by the browser tests.
 *
 * Serves files, a directory's index.html (redirecting `/dir` to `/dir/`), the site's own
 * 404.html with status 404, and the content types Pagefind needs. Listens on 127.0.0.1 only,
 * on a free port unless one is given. No dependencies beyond node:.
 *
 * Two options model a real host (tests/e2e/publish.test.ts, docs/publishing.md):
 *  - `base`: the site lives under that path (`/gazette/`), as on a host that publishes dist/ at
 *    `location /gazette/`; anything outside it is a 404, so a link that forgot the base breaks.
 *  - `cspHeader`: each HTML page's Content-Security-Policy <meta> is also sent as a header, so the
 *    policy governs the whole page from its first byte (a <meta> policy only governs what
 *    follows it in <head>).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  // Pagefind's index chunks: gzip-compressed binary, fetched and decoded by pagefind.js.
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  // Pagefind's WebAssembly (`wasm.<lang>.pagefind`), gzip-compressed; pagefind.js decompresses it.
  '.pagefind': 'application/octet-stream',
};

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  port: number;
  /** Every request path served, in order, with its status (for debugging). */
  log: { path: string; status: number }[];
  close(): Promise<void>;
}

/** An attribute value as written in HTML, unescaped (the entities Astro writes). */
export function attributeText(value: string): string {
  return value
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, unescaped; undefined without one. */
export function metaCsp(html: string): string | undefined {
  const tag = /<meta\b[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = tag && /\bcontent="([^"]*)"/.exec(tag)?.[1];
  return content === undefined ? undefined : attributeText(content);
}

async function fileAt(path: string) {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

export async function startStaticServer(
  root: string,
  options: { port?: number; host?: string; base?: string; cspHeader?: boolean } = {},
): Promise<StaticServer> {
  const base = resolve(root);
  const mount = options.base ?? '/';
  if (!mount.startsWith('/') || !mount.endsWith('/')) throw new Error(`base must start and end with /: ${mount}`);
  const host = options.host ?? '127.0.0.1';
  const log: StaticServer['log'] = [];

  const server: Server = createServer(async (req, res) => {
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
      log.push({ path: req.url ?? '', status });
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('allow', 'GET, HEAD');
        return send(405, 'Method Not Allowed');
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return send(400, 'Bad Request');
      }
      if (pathname.includes('\0')) return send(400, 'Bad Request');
      // `/gazette` (the base without its slash) is the site's home, like any folder.
      const inside = pathname.startsWith(mount) || pathname === mount.slice(0, -1);
      let path = resolve(join(base, inside ? pathname.slice(mount.length - 1) : '/'));
      if (path !== base && !path.startsWith(base + sep)) return send(403, 'Forbidden');

      let info = inside ? await fileAt(path) : undefined;
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          log.push({ path: req.url ?? '', status: 301 });
          res.writeHead(301, { location: url.pathname + '/' + url.search });
          return res.end();
        }
        path = join(path, 'index.html');
        info = await fileAt(path);
      }
      let status = 200;
      if (!info?.isFile()) {
        status = 404;
        path = join(base, '404.html');
        info = await fileAt(path);
        if (!info?.isFile()) return send(404, `404 Not Found: ${url.pathname}`);
      }
      log.push({ path: req.url ?? '', status });
      const headers: Record<string, string | number> = {
        'content-type': contentType(path),
        'content-length': info.size,
        'cache-control': 'no-store',
      };
      if (options.cspHeader && extname(path) === '.html') {
        const policy = metaCsp(await readFile(path, 'utf8'));
        if (policy) headers['content-security-policy'] = policy;
      }
      res.writeHead(status, headers);
      if (req.method === 'HEAD') return res.end();
      createReadStream(path)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch (error) {
      if (!res.headersSent) send(500, `500 Internal Server Error: ${String(error)}`);
      else res.destroy();
    }
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    log,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : ok()));
      }),
  };
}
