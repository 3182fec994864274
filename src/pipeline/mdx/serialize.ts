import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as toYaml } from 'yaml';

const processor = unified()
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    fences: true,
    rule: '-',
    // MDX reads a line starting with `import ` or `export ` as JavaScript; the
    // serializer does not guard that, so the first letter becomes a character reference.
    unsafe: [
      { character: 'i', atBreak: true, after: 'mport\\b' },
      { character: 'e', atBreak: true, after: 'xport\\b' },
    ],
  })
  .freeze();

/** mdast + frontmatter → MDX text. The only place MDX text is produced. */
export function serializeMdx(tree: Root, frontmatter: object): string {
  // YAML 1.1 rules quote strings such as 2017-01-11 that Astro's YAML 1.1 reader would
  // otherwise turn into Dates.
  const yaml = toYaml(frontmatter, { lineWidth: 0, version: '1.1' }).trimEnd();
  const withMatter: Root = { type: 'root', children: [{ type: 'yaml', value: yaml }, ...tree.children] };
  return processor.stringify(withMatter);
}
