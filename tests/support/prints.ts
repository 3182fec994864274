/**
 * The ways the round-trip tests print a notice page: the site's own (A4, 28 characters a line,
 * as GB/T 9704 sets it), the same print scaled down and up, and US Letter. Each gives other
 * measures, page breaks and reading orders of pdftotext's default mode, which the parser must
 * not depend on.
 */
export const PRINTS = [
  { id: 'a4', options: { format: 'A4', preferCSSPageSize: true } },
  { id: 'a4-85', options: { format: 'A4', preferCSSPageSize: true, scale: 0.85 } },
  { id: 'a4-115', options: { format: 'A4', preferCSSPageSize: true, scale: 1.15 } },
  { id: 'letter', options: { format: 'Letter', preferCSSPageSize: false } },
] as const;

export type PrintId = (typeof PRINTS)[number]['id'];
