import type { GazetteIssue, Notice, SourceFile, Warning } from './model.ts';
import { InputError } from './errors.ts';
import { learnGeometry } from './layout/geometry.ts';
import { normalizeLines } from './normalize/lines.ts';
import { issueName, parseContents } from './split/contents.ts';
import { splitIssue } from './split/split-issue.ts';
import { buildChronicle } from './structure/chronicle.ts';
import type { ParseContext, TableScanner } from './structure/context.ts';
import { buildNotice } from './structure/notice.ts';
import { CC_LINE, PRINTED_LINE } from './grammar/patterns.ts';

export interface ParsedIssue {
  issue: GazetteIssue;
  notices: Notice[];
  warnings: Warning[];
}

const GAZETTE = '北京市西城区人民政府公报';

/** Issue id and name from the period its notices cover (never from the file name). */
function describeIssue(notices: readonly Notice[], cover: string | undefined): { id: string; title: string } {
  const dates = notices
    .flatMap((n) => [n.meta.signedDate, n.meta.printedDate])
    .filter((d): d is string => d !== undefined)
    .sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return { id: 'undated', title: cover ?? GAZETTE };
  const [fy, fm] = first.split('-');
  const [ly, lm] = last.split('-');
  const id = `${fy}-${fm}--${ly}-${lm}`;
  const period = fy === ly ? `${fy}年${Number(fm)}月—${Number(lm)}月` : `${fy}年${Number(fm)}月—${ly}年${Number(lm)}月`;
  return { id, title: `${cover ?? GAZETTE}（${period}）` };
}

/** One gazette file → its issue and notices. Throws InputError when it holds no notice. */
export function parseIssue(file: SourceFile, scanTables: TableScanner): ParsedIssue {
  const { lines } = normalizeLines(file);
  const ctx: ParseContext = { file: file.name, geometry: learnGeometry(lines), scanTables, warnings: [] };
  const { front, drafts } = splitIssue(lines);
  // Text before any 版头 is a notice only if it ends like one, with a 版记.
  const isNotice = (d: (typeof drafts)[number]) =>
    d.kind === 'notice' && (d.hasHeader || d.lines.some((l) => CC_LINE.test(l.text) || PRINTED_LINE.test(l.text)));
  if (!drafts.some(isNotice)) {
    const first = lines.find((l) => l.text !== '');
    throw new InputError(
      file.name,
      first?.no ?? 1,
      'no notice found (no 版头 followed by a 发文字号, and no text ending with a 版记)',
    );
  }
  const provisional = { id: '', file: file.name };
  const notices = drafts.map((d, i) =>
    d.kind === 'chronicle' ? buildChronicle(d, ctx, provisional, i) : buildNotice(d, ctx, provisional, i),
  );
  const { id, title } = describeIssue(notices, issueName(front));
  const issue: GazetteIssue = { id, file: file.name, title, contents: parseContents(front) };
  for (const n of notices) n.issue = { id, file: file.name };
  for (const w of ctx.warnings) {
    const owner = notices.find((n) => w.line >= n.source.line && w.line <= (n.source.endLine ?? n.source.line));
    if (owner) {
      w.notice ??= owner.meta.title;
      owner.warnings.push(w);
    }
  }
  return { issue, notices, warnings: ctx.warnings };
}
