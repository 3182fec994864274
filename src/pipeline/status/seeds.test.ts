/**
 * The legal status of the seeds' notices, through the whole pipeline (parse, slugs, references),
 * on days given here rather than today: the answers must not change with the clock.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../build.ts';
import { scanTables } from '../tables/index.ts';
import { legalStatuses } from './resolve.ts';

const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const { notices } = parseSeeds(seeds, scanTables);
const slugOf = (number: string) => notices.find((n) => n.meta.docNumber?.text === number)!.slug;

describe('西政发〔2017〕12号 (财政科技专项项目管理办法: 自发布之日起施行，有效期 5 年)', () => {
  const slug = slugOf('西政发〔2017〕12号');

  it('should be valid five years from its 印发日期, 2017-06-06 to 2022-06-05', () => {
    expect(legalStatuses(notices, '2018-05-01').get(slug)).toMatchObject({
      effective: '2017-06-06',
      effectiveText: '自发布之日起施行',
      validity: '有效期5年',
      validUntil: '2022-06-05',
    });
  });

  it('should be 有效 on a day in 2018 and 已失效 on a day in 2026', () => {
    expect(legalStatuses(notices, '2018-05-01').get(slug)).toMatchObject({ status: '有效', force: 'InForce' });
    expect(legalStatuses(notices, '2026-05-01').get(slug)).toMatchObject({ status: '已失效', force: 'NotInForce' });
  });

  it('should repeal two documents outside the gazette, known by their numbers', () => {
    expect(
      legalStatuses(notices, '2026-05-01')
        .get(slug)!
        .repeals.map((r) => [r.docNumber, r.slug, r.date]),
    ).toEqual([
      ['西政发〔2010〕4号', undefined, '2017-06-06'],
      ['西科文〔2012〕9号', undefined, '2017-06-06'],
    ]);
  });
});

describe('西政办发〔2017〕21号 (区长副区长工作分工)', () => {
  it('should repeal 西政办发〔2016〕28号, outside the gazette, from its publication day', () => {
    const status = legalStatuses(notices, '2026-05-01').get(slugOf('西政办发〔2017〕21号'))!;
    expect(status.repeals).toEqual([
      {
        text: '《北京市西城区人民政府办公室关于印发北京市西城区人民政府区长副区长工作分工的通知》（西政办发〔2016〕28号）',
        title: '北京市西城区人民政府办公室关于印发北京市西城区人民政府区长副区长工作分工的通知',
        docNumber: '西政办发〔2016〕28号',
        verb: '同时废止',
        date: '2017-09-22',
      },
    ]);
    expect(status.status).toBe('未标注有效期');
  });
});

describe('every notice of the seeds', () => {
  const days = ['2017-01-01', '2018-05-01', '2026-05-01', '2100-01-01'];

  it('should be called 有效 on no day unless its text gives a 有效期', () => {
    const claimed = days.flatMap((day) =>
      [...legalStatuses(notices, day)].filter(([, s]) => s.status === '有效' && !s.validity).map(([slug]) => slug),
    );
    expect(claimed).toEqual([]);
  });

  it('should be counted per status on a day in 2026: one 已失效, the rest 未标注有效期', () => {
    const counts = new Map<string, number>();
    for (const s of legalStatuses(notices, '2026-05-01').values())
      counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ 未标注有效期: 33, 已失效: 1 });
  });

  it('should leave the 大事记 without a status', () => {
    const chronicle = notices.find((n) => n.kind === 'chronicle')!;
    expect(legalStatuses(notices, '2026-05-01').has(chronicle.slug)).toBe(false);
  });

  it('should read the 施行日期 the seeds state, and mark the trials', () => {
    const statuses = legalStatuses(notices, '2026-05-01');
    const read = (number: string) => {
      const s = statuses.get(slugOf(number))!;
      return [s.effective, s.effectiveText, s.trial];
    };
    expect(read('西政办发〔2017〕1号')).toEqual(['2017-05-01', '自2017年5月1日起施行', true]);
    expect(read('西政办发〔2017〕10号')).toEqual(['2017-05-10', '自2017年5月10日开始试行', true]);
    expect(read('西政发〔2017〕13号')).toEqual(['2017-06-13', '自发布之日起实施', false]);
    expect(read('西政办发〔2017〕24号')).toEqual(['2017-11-09', '自印发之日起施行', false]);
    expect(statuses.get(slugOf('西政办发〔2017〕24号'))!.prevails).toBe('此前相关规定与本办法不一致的，以本办法为准。');
  });
});
