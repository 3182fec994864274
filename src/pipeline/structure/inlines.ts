import type { Inline } from '../model.ts';

/**
 * Inline markup the extraction left in the text: `**bold**` and TeX-style `X_{2.5}` /
 * `X^{2}`. They become strong / sub / sup nodes; all other text stays literal.
 */
const MARKUP = /\*\*([^*]+)\*\*|_\{([^{}]*)\}|\^\{([^{}]*)\}/gu;

export function parseInlines(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKUP)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ type: 'text', value: text.slice(last, at) });
    if (m[1] !== undefined) out.push({ type: 'strong', value: m[1] });
    else if (m[2] !== undefined) out.push({ type: 'sub', value: m[2] });
    else out.push({ type: 'sup', value: m[3] ?? '' });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

/** The plain text of inline nodes (markup removed), for titles, ids and checks. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((i) => i.value).join('');
}
