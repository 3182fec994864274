/**
 * Whole documents of other issuers (tests/corpus/), parsed and resolved as the build does: the
 * statements are found in the part of the notice they are printed in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../parse-issue.ts';
import { resolveReferences } from '../references/index.ts';
import { assignSlugs } from '../slug.ts';
import { scanTables } from '../tables/index.ts';
import { legalStatuses } from './resolve.ts';

function statusOf(id: string, day: string) {
  const text = readFileSync(new URL(`../../../tests/corpus/${id}.txt`, import.meta.url), 'utf8');
  const { notices } = parseIssue({ name: `${id}.txt`, text }, scanTables);
  assignSlugs(notices, []);
  resolveReferences(notices);
  expect(notices.length).toBe(1);
  return legalStatuses(notices, day).get(notices[0]!.slug)!;
}

describe('the corpus', () => {
  it('should read the list sh-gaj-2021-7 issues: 自2021年9月1日起施行，有效期至2026年8月31日', () => {
    expect(statusOf('sh-gaj-2021-7', '2026-05-01')).toMatchObject({
      status: '有效',
      effective: '2021-09-01',
      validUntil: '2026-08-31',
    });
    expect(statusOf('sh-gaj-2021-7', '2026-09-01').status).toBe('已失效');
  });

  it('should take the period of the regulation sh-jdwwj-2024-30 prints, extended by its own 正文', () => {
    expect(statusOf('sh-jdwwj-2024-30', '2026-11-01')).toMatchObject({
      status: '有效',
      effective: '2024-11-01',
      validity: '有效期二年',
      validUntil: '2026-11-01',
      trial: true,
    });
    expect(statusOf('sh-jdwwj-2024-30', '2026-11-02').status).toBe('已失效');
  });

  it('should read the repeal of a 规范性文件 outside this gazette (sh-xhjgw-gui-2025-1), and no force of its own', () => {
    const status = statusOf('sh-xhjgw-gui-2025-1', '2026-05-01');
    expect(status.repeals.map((r) => [r.docNumber, r.verb, r.date])).toEqual([
      ['徐建规〔2021〕1号', '予以废止', '2025-02-07'],
    ]);
    expect(status.status).toBe('未标注有效期');
  });

  it('should date the repeal of sh-szf-gui-2026-7 with its 施行日期 (同时废止)', () => {
    const status = statusOf('sh-szf-gui-2026-7', '2026-05-01');
    expect(status).toMatchObject({ status: '尚未施行', effective: '2026-08-17', validUntil: '2029-05-31' });
    expect(status.repeals.map((r) => [r.docNumber, r.date])).toEqual([['沪府规〔2024〕7号', '2026-08-17']]);
  });
});
