/**
 * Chromium for the browser tests, driven by playwright-core (which never downloads a browser).
 *
 * - `findChromium()` picks the executable: env CHROMIUM_PATH, else /usr/bin/chromium, else
 *   /usr/bin/chromium-browser. When there is none it THROWS with install instructions, so that
 *   browser tests fail loudly instead of being skipped. It runs once when this module is imported
 *   (see CHROMIUM below).
 * - `openBrowser(baseUrl)` launches it headless and blocks every request that does not go to
 *   the local test server, recording it in `blocked`, so tests can assert the site works offline.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found for the browser tests (looked at $CHROMIUM_PATH, ' +
  CHROMIUM_CANDIDATES.join(', ') +
  '). Install one with `sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk poppler-utils` ' +
  '(Debian/Ubuntu; drop sudo when root), or set CHROMIUM_PATH=/path/to/chromium-or-chrome. ' +
  'The browser tests never skip: they fail until a browser is available.';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. ${NO_CHROMIUM_MESSAGE}`);
    }
    return fromEnv;
  }
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error(NO_CHROMIUM_MESSAGE);
  return found;
}

/**
 * Looked up while vitest collects a test file that imports this module, not in its beforeAll:
 * vitest reports the tests of a file whose beforeAll threw as "skipped" (184 of them without a
 * browser), while a file that fails to import counts as one failed file and no skipped tests.
 */
const CHROMIUM = findChromium();

export interface TestBrowser {
  browser: Browser;
  context: BrowserContext;
  /** A page to reuse across tests (navigating it is much faster than opening new pages). */
  page: Page;
  /** URLs of requests that tried to leave the local server and were aborted, in order. */
  blocked: string[];
  /** Uncaught page errors (`pageerror`) seen on any page, as "url: message". */
  pageErrors: string[];
  /** Open another page in the same (network-guarded) context. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Schemes a page can load without any network access. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export async function openBrowser(baseUrl: string, options: { locale?: string } = {}): Promise<TestBrowser> {
  const executablePath = CHROMIUM;
  const origin = new URL(baseUrl).origin;
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  try {
    const context = await browser.newContext({
      locale: options.locale ?? 'zh-CN',
      // Service workers would bypass the route handler below.
      serviceWorkers: 'block',
    });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      let allowed = false;
      try {
        const parsed = new URL(url);
        allowed = parsed.origin === origin || LOCAL_SCHEMES.has(parsed.protocol);
      } catch {
        allowed = false;
      }
      if (allowed) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    await context.routeWebSocket(/.*/, (ws) => {
      blocked.push(ws.url());
      return ws.close();
    });
    const watch = (page: Page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    context.on('page', watch);
    const page = await context.newPage();
    return {
      browser,
      context,
      page,
      blocked,
      pageErrors,
      newPage: () => context.newPage(),
      close: async () => {
        await context.close().catch(() => {});
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}
