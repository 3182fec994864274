import { readFileSync } from 'node:fs';
import { parseIssue } from '../src/pipeline/parse-issue.ts';
import { scanTables } from '../src/pipeline/tables/index.ts';
import { inlineText } from '../src/pipeline/structure/inlines.ts';
import { layOut, LAYOUTS } from './support/layouts.ts';
import type { Notice } from '../src/pipeline/model.ts';
const manifest = JSON.parse(readFileSync('/work/main/tests/corpus/manifest.json', 'utf8'));
const blocks = (n: Notice) => [
  ...n.body,
  ...n.issued.flatMap((d) => d.blocks),
  ...n.attachments.flatMap((a) => a.blocks),
];
const paras = (n: Notice) =>
  blocks(n)
    .filter((b) => b.type === 'paragraph')
    .map((b: any) => inlineText(b.inlines).replace(/\s/g, ''));
const heads = (n: Notice) =>
  blocks(n)
    .filter((b) => b.type === 'heading')
    .map((b: any) => inlineText(b.inlines).replace(/\s/g, ''));
let total = 0,
  off = 0;
for (const d of manifest) {
  const text = readFileSync(`/work/main/tests/corpus/${d.file}`, 'utf8');
  const base = parseIssue({ name: d.file, text: layOut(text, 'paragraphs') }, scanTables).notices[0]!;
  for (const layout of LAYOUTS.slice(1)) {
    const n = parseIssue({ name: d.file, text: layOut(text, layout) }, scanTables).notices[0]!;
    total++;
    const a = paras(base),
      b = paras(n),
      ha = heads(base),
      hb = heads(n);
    const diff = Math.abs(a.length - b.length) / Math.max(1, a.length);
    const missingH = ha.filter((h) => !hb.includes(h));
    if (diff > 0.05 || missingH.length || n.meta.title !== base.meta.title) {
      off++;
      console.log(
        d.id,
        layout,
        'paras',
        a.length,
        '→',
        b.length,
        'heads',
        ha.length,
        '→',
        hb.length,
        missingH.slice(0, 2),
        n.meta.title === base.meta.title ? '' : 'TITLE ' + n.meta.title,
      );
      if (process.argv[2] === d.id && process.argv[3] === layout) {
        const sb = new Set(b);
        for (const p of a) if (!sb.has(p)) console.log('  BASE', p.slice(0, 60));
        const sa = new Set(a);
        for (const p of b) if (!sa.has(p)) console.log('  GOT ', p.slice(0, 60));
      }
    }
  }
}
console.log('off', off, 'of', total);
