/**
 * Values the e2e global setup (tests/e2e/global-setup.ts) hands to test files via
 * vitest's provide/inject, with their types.
 */
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the static server for dist/, e.g. `http://127.0.0.1:41234` (no trailing slash). */
    baseUrl: string;
  }
}

/** The base URL of the built site; throws when the e2e global setup did not run. */
export function siteUrl(path = '/'): string {
  const base = inject('baseUrl');
  if (!base) {
    throw new Error(
      'No baseUrl was provided: run browser tests through the e2e project (`npx vitest run --project e2e`).',
    );
  }
  return new URL(path, base + '/').href;
}
