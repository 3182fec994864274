/**
 * Reads the generated notices (content/notices/*.mdx) and their YAML frontmatter: the expected
 * values for the browser tests. The build writes these files; tests never edit them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { NoticeFrontmatter } from '../../src/schemas/notice.ts';
import { NOTICES_DIR } from './paths.ts';

export interface GeneratedNotice {
  /** File name, e.g. `xzbf-2017-14.mdx`. */
  file: string;
  frontmatter: NoticeFrontmatter;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function readFrontmatter(text: string, file = '(text)'): NoticeFrontmatter {
  const match = FRONTMATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) throw new Error(`${file}: no YAML frontmatter between --- lines`);
  const data: unknown = parse(match[1] ?? '');
  if (typeof data !== 'object' || data === null) throw new Error(`${file}: frontmatter is not a mapping`);
  const fm = data as Partial<NoticeFrontmatter>;
  if (typeof fm.slug !== 'string' || !fm.slug) throw new Error(`${file}: frontmatter has no slug`);
  if (typeof fm.title !== 'string' || !fm.title) throw new Error(`${file}: frontmatter has no title`);
  return data as NoticeFrontmatter;
}

/** All generated notices, sorted by file name. Throws when the folder is missing or empty. */
export function readNotices(dir = NOTICES_DIR): GeneratedNotice[] {
  if (!existsSync(dir)) {
    throw new Error(`${dir} does not exist: run \`npm run build\` (the e2e global setup does this).`);
  }
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  if (files.length === 0) throw new Error(`${dir} holds no .mdx files: the build generated no notices.`);
  return files.map((file) => ({ file, frontmatter: readFrontmatter(readFileSync(join(dir, file), 'utf8'), file) }));
}
