/**
 * Global setup of the `e2e` vitest project:
 *   1. builds the whole site once with `npm run build` (content/, dist/, dist/pagefind/);
 *      skipped when E2E_SKIP_BUILD=1 and dist/ already holds a build;
 *   2. serves dist/ with a tiny static server on a free localhost port;
 *   3. provides its base URL to the tests (`inject('baseUrl')`, see tests/support/context.ts).
 * The returned teardown stops the server.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../support/static-server.ts';
import { DIST_DIR, NOTICES_DIR, ROOT } from '../support/paths.ts';
import '../support/context.ts';

function run(command: string, args: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: process.env,
      shell: process.platform === 'win32',
    });
    child.on('error', fail);
    child.on('exit', (code, signal) =>
      code === 0 ? ok() : fail(new Error(`\`${command} ${args.join(' ')}\` failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

export default async function setup(project: TestProject) {
  const haveBuild = existsSync(join(DIST_DIR, 'index.html')) && existsSync(NOTICES_DIR);
  if (process.env.E2E_SKIP_BUILD === '1' && haveBuild) {
    console.log('[e2e] E2E_SKIP_BUILD=1: using the existing dist/ and content/');
  } else {
    if (process.env.E2E_SKIP_BUILD === '1') console.log('[e2e] E2E_SKIP_BUILD=1 but there is no build yet: building');
    const started = Date.now();
    console.log('[e2e] building the site: npm run build');
    await run('npm', ['run', 'build']);
    console.log(`[e2e] build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error(`[e2e] ${DIST_DIR}index.html is missing after the build`);
  }
  const server = await startStaticServer(DIST_DIR);
  console.log(`[e2e] serving dist/ at ${server.url}`);
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}
