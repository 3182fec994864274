import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSeeds } from './ingest/read-seeds.ts';
import { frontmatterOf } from './mdx/frontmatter.ts';
import { noticeToMdast } from './mdx/mdast.ts';
import { serializeMdx } from './mdx/serialize.ts';
import type { GazetteIssue, LegalStatus, Notice, Warning } from './model.ts';
import { parseIssue } from './parse-issue.ts';
import { assignSlugs } from './slug.ts';
import { formatReport, statsOf } from './report/report.ts';
import type { TableScanner } from './structure/context.ts';
import { resolveReferences, type References } from './references/index.ts';
import { buildDay } from './status/dates.ts';
import { legalStatuses, statusCounts } from './status/resolve.ts';

export interface BuildResult {
  issues: GazetteIssue[];
  notices: Notice[];
  references: References;
  /** 有效性 of each notice by slug, on `day`. */
  legal: Map<string, LegalStatus>;
  /** The day every 有效性 is computed for: SOURCE_DATE_EPOCH's day, else today's (status/dates.ts). */
  day: string;
  warnings: Warning[];
  report: string;
}

/** The build day from the environment; one setting, so two builds with one SOURCE_DATE_EPOCH agree. */
export function buildDayOfEnv(): string {
  return buildDay(process.env.SOURCE_DATE_EPOCH, Date.now());
}

/** Seeds → notices (pure apart from reading the folder), with their 有效性 on `day`. */
export function parseSeeds(
  seedsDir: string,
  scanTables: TableScanner,
  day: string = buildDayOfEnv(),
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
  // After references: a repealed document is in the gazette exactly when its reference is a link.
  const legal = legalStatuses(notices, day);
  return { files: files.length, issues, notices, references, legal, day, warnings };
}

/** Writes one MDX file per notice plus a JSON report into `outDir` (emptied first). */
export function writeContent(
  seedsDir: string,
  outDir: string,
  scanTables: TableScanner,
  day: string = buildDayOfEnv(),
): BuildResult {
  const parsed = parseSeeds(seedsDir, scanTables, day);
  const noticesDir = join(outDir, 'notices');
  rmSync(noticesDir, { recursive: true, force: true });
  mkdirSync(noticesDir, { recursive: true });
  const byId = new Map(parsed.issues.map((i) => [i.file, i]));
  for (const notice of parsed.notices) {
    const issue = byId.get(notice.issue.file)!;
    const frontmatter = frontmatterOf(
      notice,
      issue,
      {
        cites: parsed.references.cites.get(notice.slug) ?? [],
        citedBy: parsed.references.citedBy.get(notice.slug) ?? [],
      },
      parsed.legal.get(notice.slug),
    );
    writeFileSync(join(noticesDir, `${notice.slug}.mdx`), serializeMdx(noticeToMdast(notice), frontmatter));
  }
  const report = `${formatReport(parsed.files, parsed.notices, parsed.warnings)}\n  ${statusCounts(parsed.legal, day)}`;
  writeFileSync(
    join(outDir, 'report.json'),
    `${JSON.stringify({ issues: parsed.issues, notices: parsed.notices.map(statsOf), warnings: parsed.warnings }, null, 2)}\n`,
  );
  return {
    issues: parsed.issues,
    notices: parsed.notices,
    references: parsed.references,
    legal: parsed.legal,
    day,
    warnings: parsed.warnings,
    report,
  };
}
