import { AGENCY_LINE, PRINTED_LINE } from '../grammar/patterns.ts';
import type { PhrasingContent, Root, RootContent, Table as MdTable, TableRow } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { AttachmentRef, Block, Inline, Notice, Table, TableCell } from '../model.ts';
import { tableWidth } from './table-width.ts';

/**
 * Notice model → mdast (with MDX JSX nodes). Nothing here writes MDX text: the serializer
 * (serialize.ts) does, so that every `<`, `{` or `*` of the gazette is escaped correctly.
 */

function attrs(props: Record<string, string | number | undefined>): MdxJsxAttribute[] {
  return Object.entries(props)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value: String(value) }));
}

export function jsxFlow(
  name: string,
  props: Record<string, string | number | undefined>,
  children: RootContent[],
): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: attrs(props),
    children: children as MdxJsxFlowElement['children'],
  };
}

export function jsxText(
  name: string,
  props: Record<string, string | number | undefined>,
  children: PhrasingContent[],
): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attrs(props), children };
}

export function phrasing(inlines: readonly Inline[]): PhrasingContent[] {
  return inlines.map((i): PhrasingContent => {
    switch (i.type) {
      case 'text':
        return { type: 'text', value: i.value };
      case 'strong':
        return { type: 'strong', children: [{ type: 'text', value: i.value }] };
      case 'sub':
      case 'sup':
        return jsxText(i.type, {}, [{ type: 'text', value: i.value }]);
      case 'ref':
        return i.href
          ? { type: 'link', url: i.href, children: [{ type: 'text', value: i.value }] }
          : jsxText('cite', {}, [{ type: 'text', value: i.value }]);
    }
  });
}

const text = (value: string): PhrasingContent[] => [{ type: 'text', value }];

/** A paragraph holding only one JSX element is unwrapped by MDX: `<h2 id>…</h2>` on one line. */
function lineElement(
  name: string,
  props: Record<string, string | undefined>,
  children: PhrasingContent[],
): RootContent {
  return { type: 'paragraph', children: [jsxText(name, props, children)] };
}

function classedParagraph(className: string, children: PhrasingContent[]): RootContent {
  return lineElement('p', { class: className }, children);
}

/** Tables whose cells span rows or columns need HTML table markup; simple grids are GFM. */
function isSimple(table: Table): boolean {
  const all = [...table.head, ...table.body];
  const width = all[0]?.length ?? 0;
  return (
    table.head.length === 1 &&
    all.every((row) => row.length === width && row.every((c) => !c.colspan && !c.rowspan && !c.text.includes('\n')))
  );
}

function gfmTable(table: Table): MdTable {
  const row = (cells: TableCell[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((c) => ({ type: 'tableCell', children: text(c.text) })),
  });
  return { type: 'table', align: [], children: [...table.head, ...table.body].map(row) };
}

/** Several names stacked in one printed cell stay on their own lines. */
function cellPhrasing(value: string): PhrasingContent[] {
  return value
    .split('\n')
    .flatMap((part, i): PhrasingContent[] => (i === 0 ? text(part) : [{ type: 'break' }, ...text(part)]));
}

function htmlTable(table: Table, phrases: readonly (number | undefined)[]): MdxJsxFlowElement {
  const cell = (tag: 'th' | 'td', c: TableCell) =>
    jsxFlow(
      tag,
      { colSpan: c.colspan, rowSpan: c.rowspan },
      c.text === '' ? [] : [{ type: 'paragraph', children: cellPhrasing(c.text) }],
    );
  const rows = (tag: 'th' | 'td', list: TableCell[][]) =>
    list.map((r) =>
      jsxFlow(
        'tr',
        {},
        r.map((c) => cell(tag, c)),
      ),
    );
  const children: RootContent[] = [];
  if (table.caption) children.push(jsxFlow('caption', {}, [{ type: 'paragraph', children: text(table.caption) }]));
  // A column of phrases is given the width of its longest phrase (data-phrase, in characters).
  if (phrases.some((w) => w !== undefined))
    children.push(
      jsxFlow(
        'colgroup',
        {},
        phrases.map((w) => jsxFlow('col', { 'data-phrase': w }, [])),
      ),
    );
  if (table.head.length) children.push(jsxFlow('thead', {}, rows('th', table.head)));
  children.push(jsxFlow('tbody', {}, rows('td', table.body)));
  return jsxFlow('table', {}, children);
}

function tableBlock(table: Table): RootContent {
  const width = tableWidth(table);
  const inner: RootContent[] = [];
  if (isSimple(table)) {
    if (table.caption) inner.push(classedParagraph('gw-caption', text(table.caption)));
    inner.push(gfmTable(table));
  } else {
    inner.push(htmlTable(table, width.phrases));
  }
  // Notes about the table as rebuilt are the site's words, not the gazette's: shown with the
  // table as an aside (not a block of the notice), kept out of the search index and out of
  // print (the print is the 公文 as printed).
  for (const note of table.notes ?? []) {
    const props = { class: 'gw-table-note', role: 'note', 'data-pagefind-ignore': 'all' };
    inner.push(lineElement('aside', props, text(note)));
  }
  // The wrapper is the scroll box of a wide table; keyboard users must be able to reach it.
  // data-wide: the portrait type area cannot hold the table's columns (table-width.ts), so it
  // prints on landscape pages and may use the page's width on screen; its value is the width in
  // characters the table needs to keep its columns readable.
  return jsxFlow(
    'div',
    {
      class: 'gw-table',
      role: 'region',
      tabindex: '0',
      'aria-label': table.caption ?? '表格',
      'data-shape': table.shape,
      'data-degraded': table.degraded ? 'true' : undefined,
      'data-wide': width.wide ? Math.ceil(width.readable) : undefined,
    },
    inner,
  );
}

export function blockNodes(blocks: readonly Block[]): RootContent[] {
  return blocks.map((b): RootContent => {
    if (b.type === 'heading')
      return lineElement(`h${b.depth}`, { id: b.id, 'data-level-kind': b.levelKind }, phrasing(b.inlines));
    if (b.type === 'table') return tableBlock(b);
    if (b.unplaced !== undefined) {
      return {
        type: 'paragraph',
        children: [jsxText('mark', { class: 'gw-unplaced', title: b.unplaced }, phrasing(b.inlines))],
      };
    }
    return { type: 'paragraph', children: phrasing(b.inlines) };
  });
}

/** A 附件说明 line as printed, with each attachment title in it linked to its section. */
function linkTitles(line: string, refs: readonly AttachmentRef[]): PhrasingContent[] {
  for (const ref of refs) {
    const at = ref.target ? line.indexOf(ref.title) : -1;
    if (at < 0) continue;
    return [
      ...(at > 0 ? text(line.slice(0, at)) : []),
      { type: 'link', url: `#${ref.target}`, children: text(ref.title) },
      ...linkTitles(
        line.slice(at + ref.title.length),
        refs.filter((r) => r !== ref),
      ),
    ];
  }
  return line === '' ? [] : text(line);
}

/**
 * A joint 署名 printed on one line (`中共上海市黄浦区委办公室   上海市黄浦区人民政府办公室`) is set
 * one agency a line, as GB/T 9704 7.3.5.2 sets several 署名; a name letter-spaced to fill the
 * line (`财  政  部`) and an office with a person (`市长  陈吉宁`) stay whole.
 */
function signatureLines(line: string): string[] {
  const parts = line.split(/[\s\u3000]+/u).filter(Boolean);
  return parts.length > 1 && parts.every((p) => AGENCY_LINE.test(p)) ? parts : [line];
}

const noSpace = (s: string) => s.replace(/\s+/g, '').replace(/:/g, '：');

/**
 * The 版记 as GB/T 9704 sets it (7.4): 抄送 as one text (the printed line breaks were the
 * page's, not the text's: a name cut at a line end is whole again), then 印发机关 and 印发日期
 * apart on one line. Only when those fields hold exactly the 版记's printed lines; otherwise
 * the lines as printed.
 */
function colophonNodes(notice: Notice): RootContent[] {
  const { cc, printer, printedDate } = notice.meta;
  const printedLine = notice.colophon.find((l) => PRINTED_LINE.test(l));
  const printedAt = printedLine ? PRINTED_LINE.exec(printedLine)![2]! : undefined;
  const printed = printedAt ? `${printedAt}印发` : undefined;
  const fields = `${cc !== undefined ? `抄送：${cc}` : ''}${printer ?? ''}${printed ?? ''}`;
  const exact =
    (printer !== undefined || printedDate !== undefined) && noSpace(fields) === noSpace(notice.colophon.join(''));
  if (!exact) return notice.colophon.map((s) => classedParagraph('gw-colophon-line', text(s)));
  const out: RootContent[] = [];
  if (cc !== undefined) {
    const label = /^抄\s*送\s*[：:]/u.exec(notice.colophon[0] ?? '')?.[0] ?? '抄送：';
    out.push(
      classedParagraph('gw-colophon-cc', [jsxText('span', { class: 'gw-colophon-label' }, text(label)), ...text(cc)]),
    );
  }
  const parts: PhrasingContent[] = [];
  if (printer) parts.push(jsxText('span', { class: 'gw-colophon-printer' }, text(printer)));
  if (printer && printed) parts.push(...text(' '));
  if (printed) parts.push(jsxText('span', { class: 'gw-colophon-date' }, text(printed)));
  out.push(classedParagraph('gw-colophon-printed', parts));
  return out;
}

/** The body of a notice page, in the order of GB/T 9704: 主送, 正文, 附件说明, 署名, …, 版记. */
export function noticeToMdast(notice: Notice): Root {
  const children: RootContent[] = [];
  if (notice.meta.recipients) children.push(classedParagraph('gw-recipients', text(notice.meta.recipients)));
  children.push(...blockNodes(notice.body));
  if (notice.attachmentNoteLines.length > 0) {
    const items = notice.attachmentNoteLines.map((line, i) =>
      classedParagraph(i === 0 ? 'gw-note-first' : 'gw-note-item', linkTitles(line, notice.attachmentNote)),
    );
    children.push(jsxFlow('div', { class: 'gw-attachment-note' }, items));
  }
  if (notice.signature.length > 0) {
    children.push(
      jsxFlow(
        'div',
        { class: 'gw-signature' },
        notice.signature.flatMap(signatureLines).map((s) => classedParagraph('gw-sign-line', text(s))),
      ),
    );
  }
  // 附注 (GB/T 9704 7.3.7): under the 成文日期, in parentheses, indented two characters.
  if (notice.meta.remark) children.push(classedParagraph('gw-remark', text(notice.meta.remark)));
  for (const doc of notice.issued) {
    const inner: RootContent[] = [];
    if (doc.title) inner.push(lineElement('h2', { id: `${doc.id}-title`, class: 'gw-issued-title' }, text(doc.title)));
    inner.push(...blockNodes(doc.blocks));
    children.push(jsxFlow('section', { class: 'gw-issued', id: doc.id }, inner));
  }
  for (const att of notice.attachments) {
    const inner: RootContent[] = [classedParagraph('gw-attachment-label', text(att.printedLabel ?? att.label))];
    if (att.title)
      inner.push(lineElement('h2', { id: `${att.id}-title`, class: 'gw-attachment-title' }, text(att.title)));
    inner.push(...blockNodes(att.blocks));
    children.push(jsxFlow('section', { class: 'gw-attachment', id: att.id }, inner));
  }
  if (notice.colophon.length > 0) children.push(jsxFlow('div', { class: 'gw-colophon' }, colophonNodes(notice)));
  return { type: 'root', children };
}
