import { resolve } from 'node:path';
import { writeContent } from './build.ts';
import { InputError } from './errors.ts';
import { scanTables } from './tables/index.ts';

/** `npm run content`: seeds/ (or $SEEDS_DIR) → content/notices/*.mdx, and the build report. */
const seedsDir = resolve(process.env.SEEDS_DIR ?? 'seeds');
const outDir = resolve(process.env.CONTENT_DIR ?? 'content');
try {
  const result = writeContent(seedsDir, outDir, scanTables);
  console.log(result.report);
} catch (error) {
  if (error instanceof InputError) {
    console.error(`gazette build failed: ${error.message}`);
    process.exit(1);
  }
  // The content folder cannot be written (a file in the way, no permission, disk full): one line.
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    console.error(`gazette build failed: cannot write the content to ${outDir}: ${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
