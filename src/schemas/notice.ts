import { z } from 'astro/zod';

/**
 * The frontmatter of every generated `content/notices/*.mdx` file: the contract between
 * the build pipeline (which writes it) and the Astro pages (which read it).
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const noticeFrontmatter = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['notice', 'chronicle']),
  title: z.string().min(1),
  docNumber: z.string().optional(),
  masthead: z.string().optional(),
  genre: z.string().optional(),
  recipients: z.string().optional(),
  issuer: z.string().optional(),
  signedDate: isoDate.optional(),
  printer: z.string().optional(),
  printedDate: isoDate.optional(),
  cc: z.string().optional(),
  issue: z.object({ id: z.string(), title: z.string(), file: z.string() }),
  order: z.number().int().nonnegative(),
  pages: z.object({ first: z.number().int(), last: z.number().int() }).optional(),
  attachments: z.array(z.object({ id: z.string(), label: z.string(), title: z.string().optional() })),
  toc: z.array(z.object({ id: z.string(), text: z.string(), depth: z.number().int().min(2).max(5) })),
  notes: z.array(z.string()),
  /** 本文引用: documents this notice cites, in first-cited order; `href` when in the gazette. */
  cites: z
    .array(
      z.object({
        text: z.string(),
        href: z.string().optional(),
        docNumber: z.string().optional(),
        title: z.string().optional(),
      }),
    )
    .default([]),
  /** 引用本文: notices of the gazette that cite this one. */
  citedBy: z.array(z.object({ slug: z.string(), title: z.string(), docNumber: z.string().optional() })).default([]),
  source: z.object({ file: z.string(), line: z.number().int(), endLine: z.number().int() }),
});

export type NoticeFrontmatter = z.infer<typeof noticeFrontmatter>;
