import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { noticeFrontmatter } from './schemas/notice.ts';

/**
 * Every notice of the gazette, as written by the pipeline into `content/notices/<slug>.mdx`.
 * The entry id comes from the frontmatter `slug`; pages still build URLs from `data.slug`.
 */
const notices = defineCollection({
  loader: glob({ base: './content/notices', pattern: '**/*.mdx' }),
  schema: noticeFrontmatter,
});

export const collections = { notices };
