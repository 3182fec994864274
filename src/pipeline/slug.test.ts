import { describe, expect, it } from 'vitest';
import type { Notice, Warning } from './model.ts';
import { agencyCode, assignSlugs, slugForNotice } from './slug.ts';

describe('slugForNotice', () => {
  it('derives the URL from the 发文字号', () => {
    const docNumber = { agency: '西政办发', year: 2017, serial: 14, text: '西政办发〔2017〕14号' };
    expect(slugForNotice({ kind: 'notice', meta: { title: 't', docNumber } })).toBe('xzbf-2017-14');
  });

  it('gives a notice without a number a slug from its date and title, the same every time', () => {
    const meta = { title: '北京市西城区“十三五”时期消防事业发展建设规划', printedDate: '2017-01-11' };
    const a = slugForNotice({ kind: 'notice', meta });
    expect(a).toMatch(/^wh-2017-01-11-[0-9a-f]{6}$/);
    expect(slugForNotice({ kind: 'notice', meta: { ...meta } })).toBe(a);
    expect(slugForNotice({ kind: 'notice', meta: { ...meta, title: '另一个标题' } })).not.toBe(a);
  });

  it('names the chronicle by its year', () => {
    expect(slugForNotice({ kind: 'chronicle', meta: { title: '2017年区政府大事记' } })).toBe('dsj-2017');
  });

  it('turns any 机关代字 into ASCII', () => {
    expect(agencyCode('京政发')).toBe('jzf');
    expect(agencyCode('国办函')).toMatch(/^[a-z]+$/);
  });
});

describe('assignSlugs', () => {
  const notice = (title: string, serial?: number) =>
    ({
      kind: 'notice',
      slug: '',
      source: { file: 'a.txt', line: serial ?? 1 },
      meta: {
        title,
        ...(serial ? { docNumber: { agency: '西政发', year: 2017, serial, text: `西政发〔2017〕${serial}号` } } : {}),
        printedDate: '2017-01-11',
      },
    }) as unknown as Notice;

  it('should give each notice its number slug, and a second notice of one number -2 with a warning', () => {
    const notices = [notice('甲', 4), notice('乙', 5), notice('丙', 4)];
    const warnings: Warning[] = [];
    assignSlugs(notices, warnings);
    expect(notices.map((n) => n.slug)).toEqual(['xzf-2017-4', 'xzf-2017-5', 'xzf-2017-4-2']);
    expect(warnings).toEqual([
      { file: 'a.txt', line: 4, notice: '丙', message: 'duplicate URL xzf-2017-4; published as xzf-2017-4-2' },
    ]);
  });
});
