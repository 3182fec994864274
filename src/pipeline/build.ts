import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSeeds } from './ingest/read-seeds.ts';
import { frontmatterOf } from './mdx/frontmatter.ts';
import { noticeToMdast } from './mdx/mdast.ts';
import { serializeMdx } from './mdx/serialize.ts';
import type { GazetteIssue, Notice, Warning } from './model.ts';
import { parseIssue } from './parse-issue.ts';
import { assignSlugs } from './slug.ts';
import { formatReport, statsOf } from './report/report.ts';
import type { TableScanner } from './structure/context.ts';
import { resolveReferences, type References } from './references/index.ts';

export interface BuildResult {
  issues: GazetteIssue[];
  notices: Notice[];
  references: References;
  warnings: Warning[];
  report: string;
}

/** Seeds → notices (pure apart from reading the folder). */
export function parseSeeds(
  seedsDir: string,
  scanTables: TableScanner,
): Omit<BuildResult, 'report'> & { files: number } {
  const files = readSeeds(seedsDir);
  const issues: GazetteIssue[] = [];
  const notices: Notice[] = [];
  const warnings: Warning[] = [];
  for (const file of files) {
    const parsed = parseIssue(file, scanTables);
    issues.push(parsed.issue);
    notices.push(...parsed.notices);
    warnings.push(...parsed.warnings);
  }
  assignSlugs(notices, warnings);
  const references = resolveReferences(notices);
  return { files: files.length, issues, notices, references, warnings };
}

/** Writes one MDX file per notice plus a JSON report into `outDir` (emptied first). */
export function writeContent(seedsDir: string, outDir: string, scanTables: TableScanner): BuildResult {
  const parsed = parseSeeds(seedsDir, scanTables);
  const noticesDir = join(outDir, 'notices');
  rmSync(noticesDir, { recursive: true, force: true });
  mkdirSync(noticesDir, { recursive: true });
  const byId = new Map(parsed.issues.map((i) => [i.file, i]));
  for (const notice of parsed.notices) {
    const issue = byId.get(notice.issue.file)!;
    const frontmatter = frontmatterOf(notice, issue, {
      cites: parsed.references.cites.get(notice.slug) ?? [],
      citedBy: parsed.references.citedBy.get(notice.slug) ?? [],
    });
    writeFileSync(join(noticesDir, `${notice.slug}.mdx`), serializeMdx(noticeToMdast(notice), frontmatter));
  }
  const report = formatReport(parsed.files, parsed.notices, parsed.warnings);
  writeFileSync(
    join(outDir, 'report.json'),
    `${JSON.stringify({ issues: parsed.issues, notices: parsed.notices.map(statsOf), warnings: parsed.warnings }, null, 2)}\n`,
  );
  return {
    issues: parsed.issues,
    notices: parsed.notices,
    references: parsed.references,
    warnings: parsed.warnings,
    report,
  };
}
