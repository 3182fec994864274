import type { Block, Line, Notice, PartPlace } from '../model.ts';
import { inlineText } from '../structure/inlines.ts';

/**
 * Text accounting: proves that the notices hold every character of the source once, in
 * order. Both sides are reduced to a sequence of (line, text) fragments with whitespace
 * and extraction markup removed; a table's text is compared as a multiset because its
 * cells are rebuilt in reading order, not in the extractor's order.
 */
export interface Fragment {
  line: number;
  text: string;
}

/** What the accounting compares: the text without spaces and without the markup the source may carry. */
const comparable = (s: string) => s.replace(/\*\*|_\{|\^\{|[{}]|\s+/gu, '');
const sortChars = (s: string) => [...comparable(s)].sort().join('');

function blockFragments(blocks: readonly Block[]): Fragment[] {
  return blocks.map((b) =>
    b.type === 'table'
      ? {
          line: b.span.line,
          text: sortChars(
            [b.caption ?? '', ...[...b.head, ...b.body].flat().map((c) => c.text), ...(b.repeated ?? [])].join(''),
          ),
        }
      : { line: b.span.line, text: comparable(inlineText(b.inlines)) },
  );
}

/** A part printed in several places: one fragment per place, from its share of the part's lines. */
function placed(places: readonly PartPlace[] | undefined, lines: readonly string[]): Fragment[] {
  let at = 0;
  return (places ?? []).map((p) => {
    const text = comparable(lines.slice(at, at + p.count).join(''));
    at += p.count;
    return { line: p.line, text };
  });
}

/** Everything a notice's page shows of the source, as fragments in source order. */
export function noticeFragments(n: Notice): Fragment[] {
  const m = n.meta;
  const out: Fragment[] = [{ line: n.source.line, text: comparable(n.head.join('')) }];
  if (n.kind === 'chronicle') out[0] = { line: n.source.line, text: comparable(m.title) };
  out.push(...blockFragments(n.body));
  out.push(...placed(n.partLines.attachmentNote, n.attachmentNoteLines));
  if (n.partLines.signature) out.push({ line: n.partLines.signature, text: comparable(n.signature.join('')) });
  if (n.partLines.remark && m.remark) out.push({ line: n.partLines.remark, text: comparable(m.remark) });
  for (const d of n.issued) out.push({ line: d.span.line, text: comparable(d.title) }, ...blockFragments(d.blocks));
  for (const a of n.attachments) {
    const printedTitle = a.titleFromNote ? '' : (a.title ?? '');
    out.push({ line: a.span.line, text: comparable(`${a.printedLabel ?? ''}${printedTitle}`) });
    out.push(...blockFragments(a.blocks));
  }
  out.push(...placed(n.partLines.colophon, n.colophon));
  return out.filter((f) => f.text !== '').sort((a, b) => a.line - b.line);
}

/** The same for source lines: table spans become one multiset fragment each. */
export function sourceFragments(
  lines: readonly Line[],
  tableSpans: readonly { line: number; endLine: number }[],
): Fragment[] {
  const out: Fragment[] = [];
  // A table span's characters are gathered first and sorted once.
  const pending = new Map<Fragment, string[]>();
  for (const l of lines) {
    const span = tableSpans.find((s) => l.no >= s.line && l.no <= s.endLine);
    const text = comparable(l.text);
    if (text === '') continue;
    const last = out[out.length - 1];
    if (span && last && last.line === span.line && pending.has(last)) pending.get(last)!.push(text);
    else if (span) {
      const fragment = { line: span.line, text: '' };
      out.push(fragment);
      pending.set(fragment, [text]);
    } else out.push({ line: l.no, text });
  }
  for (const [fragment, texts] of pending) fragment.text = sortChars(texts.join(''));
  return out;
}

/** First difference between two texts, with context, or undefined when equal. */
export function firstDifference(expected: string, actual: string): string | undefined {
  if (expected === actual) return undefined;
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  return `at ${i}: expected …${expected.slice(Math.max(0, i - 20), i + 30)}… got …${actual.slice(Math.max(0, i - 20), i + 30)}…`;
}
