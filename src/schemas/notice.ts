import { z } from 'astro/zod';

/**
 * The frontmatter of every generated `content/notices/*.mdx` file: the contract between
 * the build pipeline (which writes it) and the Astro pages (which read it).
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** 有效性 values, in the order lists and facets show them. */
export const LEGAL_STATUSES = ['有效', '尚未施行', '已失效', '已废止', '未标注有效期'] as const;

/** A document named by a statement about force: 《title》 and/or 发文字号; `slug` when it is a notice here. */
const namedDocument = z.object({
  text: z.string(),
  title: z.string().optional(),
  docNumber: z.string().optional(),
  slug: z.string().optional(),
});
const relatedNotice = z.object({ slug: z.string(), title: z.string(), docNumber: z.string().optional() });

/**
 * 有效性 on the build date (`asOf`), read from the text by src/pipeline/status/. Absent for the
 * 大事记. `force` is absent for 未标注有效期: the text gives no 有效期, so nothing says it is in force.
 */
const legalStatus = z.object({
  status: z.enum(LEGAL_STATUSES),
  force: z.enum(['InForce', 'NotInForce']).optional(),
  asOf: isoDate,
  /** 施行日期: stated, or the 印发日期 (else 成文日期) for 自发布之日起. */
  effective: isoDate.optional(),
  effectiveText: z.string().optional(),
  /** 有效期 as printed. */
  validity: z.string().optional(),
  /** Last day in force: from the 有效期, or the day a notice of the gazette extends it to. */
  validUntil: isoDate.optional(),
  trial: z.boolean(),
  /** 本文废止. */
  repeals: z.array(namedDocument.extend({ verb: z.string(), date: isoDate.optional() })),
  /** 被…废止: notices of the gazette. */
  repealedBy: z.array(relatedNotice.extend({ date: isoDate.optional() })),
  extends: z.array(namedDocument.extend({ until: isoDate })),
  extendedBy: z.array(relatedNotice.extend({ until: isoDate })),
  /** 以本办法为准: the sentence as printed. */
  prevails: z.string().optional(),
  /** The sentences it is read from, with the part of the notice each is in. */
  sentences: z.array(z.object({ text: z.string(), part: z.string() })),
});

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
  legal: legalStatus.optional(),
});

export type NoticeFrontmatter = z.infer<typeof noticeFrontmatter>;
