import { describe, expect, it } from 'vitest';
import { legalForce, legalStatuses, statusOn } from './resolve.ts';
import { gazetteOf } from './testing.ts';

describe('statusOn', () => {
  const facts = { published: '2017-06-06', effective: '2017-07-01', validUntil: '2022-06-30', repealedOn: [] };

  it('should be 尚未施行 before publication and before the 施行日期, 有效 through the last day, 已失效 after it', () => {
    expect(statusOn('2017-06-01', facts)).toBe('尚未施行');
    expect(statusOn('2017-06-30', facts)).toBe('尚未施行');
    expect(statusOn('2017-07-01', facts)).toBe('有效');
    expect(statusOn('2022-06-30', facts)).toBe('有效');
    expect(statusOn('2022-07-01', facts)).toBe('已失效');
  });

  it('should be 已废止 once a repeal takes effect, and from the start for a repeal of unknown day', () => {
    expect(statusOn('2019-12-31', { ...facts, repealedOn: ['2020-01-01'] })).toBe('有效');
    expect(statusOn('2020-01-01', { ...facts, repealedOn: ['2020-01-01'] })).toBe('已废止');
    expect(statusOn('2018-01-01', { ...facts, repealedOn: [undefined] })).toBe('已废止');
  });

  it('should be 未标注有效期, never 有效, without a last day, whatever the 施行日期', () => {
    expect(statusOn('2030-01-01', { published: '2017-06-06', effective: '2017-07-01', repealedOn: [] })).toBe(
      '未标注有效期',
    );
    expect(statusOn('2017-06-06', { repealedOn: [] })).toBe('未标注有效期');
  });
});

describe('legalForce', () => {
  it('should claim InForce only for 有效 and claim nothing for 未标注有效期', () => {
    expect(['有效', '已失效', '已废止', '尚未施行', '未标注有效期'].map((s) => legalForce(s as never))).toEqual([
      'InForce',
      'NotInForce',
      'NotInForce',
      'NotInForce',
      undefined,
    ]);
  });
});

describe('legalStatuses', () => {
  const notices = gazetteOf([
    {
      slug: 'old',
      number: '西政发〔2015〕3号',
      title: '北京市西城区人民政府关于印发西城区停车管理办法的通知',
      printed: '2015-03-02',
      issued: [{ title: '西城区停车管理办法', body: ['本办法自发布之日起施行，有效期5年。'] }],
    },
    {
      slug: 'new',
      number: '西政发〔2017〕30号',
      title: '北京市西城区人民政府关于印发西城区停车管理办法（试行）的通知',
      signed: '2017-07-28',
      printed: '2017-08-01',
      issued: [
        {
          title: '西城区停车管理办法（试行）',
          body: [
            '本办法自2017年9月1日起施行，有效期至2019年8月31日。《西城区停车管理办法》（西政发〔2015〕3号）同时废止。',
          ],
        },
      ],
    },
    {
      slug: 'extends',
      number: '西政发〔2019〕2号',
      title: '北京市西城区人民政府关于延长《西城区停车管理办法（试行）》有效期的通知',
      printed: '2019-06-03',
      body: ['经评估，《西城区停车管理办法（试行）》（西政发〔2017〕30号）需要继续实施，有效期延长至2021年8月31日。'],
    },
    {
      slug: 'silent',
      number: '西政发〔2017〕31号',
      title: '关于某事的通知',
      printed: '2017-08-02',
      body: ['特此通知。'],
    },
    { slug: 'dsj-2017', title: '2017年大事记', kind: 'chronicle', body: ['1月3日 区政府召开常务会议。'] },
  ]);

  it('should compute every notice but the 大事记 for the day asked', () => {
    expect([...legalStatuses(notices, '2018-01-01').keys()]).toEqual(['old', 'new', 'extends', 'silent']);
  });

  it('should count a period from the publication day for 自发布之日起施行 and end it', () => {
    const on = (day: string) => legalStatuses(notices, day).get('old')!;
    expect(on('2015-03-02')).toMatchObject({
      status: '有效',
      force: 'InForce',
      effective: '2015-03-02',
      validUntil: '2020-03-01',
    });
    expect(on('2017-08-31').status).toBe('有效');
  });

  it('should mark a notice the gazette repeals 已废止 from the day the repealing text takes effect (同时废止)', () => {
    const old = legalStatuses(notices, '2017-09-01').get('old')!;
    expect(old).toMatchObject({ status: '已废止', force: 'NotInForce', validUntil: '2020-03-01' });
    expect(old.repealedBy).toEqual([
      {
        slug: 'new',
        title: '北京市西城区人民政府关于印发西城区停车管理办法（试行）的通知',
        docNumber: '西政发〔2017〕30号',
        date: '2017-09-01',
      },
    ]);
  });

  it('should list what a notice repeals with its link, and the day the repeal takes effect', () => {
    const repealing = legalStatuses(notices, '2017-08-15').get('new')!;
    expect(repealing).toMatchObject({ status: '尚未施行', force: 'NotInForce', effective: '2017-09-01', trial: true });
    expect(repealing.repeals).toEqual([
      {
        text: '《西城区停车管理办法》（西政发〔2015〕3号）',
        title: '西城区停车管理办法',
        docNumber: '西政发〔2015〕3号',
        slug: 'old',
        verb: '同时废止',
        date: '2017-09-01',
      },
    ]);
  });

  it('should not count a repeal or an extension before the notice that makes it is published', () => {
    expect(legalStatuses(notices, '2017-07-31').get('old')!.repealedBy).toEqual([]);
    expect(legalStatuses(notices, '2017-07-31').get('old')!.status).toBe('有效');
    expect(legalStatuses(notices, '2019-06-02').get('new')).toMatchObject({ validUntil: '2019-08-31', extendedBy: [] });
  });

  it('should move the last day to the one a notice of the gazette extends it to', () => {
    const on = (day: string) => legalStatuses(notices, day).get('new')!;
    expect(on('2020-01-01')).toMatchObject({
      status: '有效',
      validUntil: '2021-08-31',
      validity: '有效期至2019年8月31日',
    });
    expect(on('2020-01-01').extendedBy).toEqual([
      {
        slug: 'extends',
        title: '北京市西城区人民政府关于延长《西城区停车管理办法（试行）》有效期的通知',
        docNumber: '西政发〔2019〕2号',
        until: '2021-08-31',
      },
    ]);
    expect(on('2021-09-01').status).toBe('已失效');
    expect(legalStatuses(notices, '2020-01-01').get('extends')!.extends).toEqual([
      {
        text: '《西城区停车管理办法（试行）》（西政发〔2017〕30号）',
        title: '西城区停车管理办法（试行）',
        docNumber: '西政发〔2017〕30号',
        slug: 'new',
        until: '2021-08-31',
      },
    ]);
  });

  it('should give a notice that says nothing 未标注有效期 with no force and nothing read into it', () => {
    expect(legalStatuses(notices, '2018-01-01').get('silent')).toEqual({
      status: '未标注有效期',
      asOf: '2018-01-01',
      trial: false,
      repeals: [],
      repealedBy: [],
      extends: [],
      extendedBy: [],
      sentences: [],
    });
  });

  it('should not count a period from a day the text does not give', () => {
    const [n] = gazetteOf([{ slug: 'p', title: '某某办法', body: ['本办法有效期3年。'] }]);
    expect(legalStatuses([n!], '2018-01-01').get('p')).toMatchObject({ status: '未标注有效期', validity: '有效期3年' });
    expect(legalStatuses([n!], '2018-01-01').get('p')!.validUntil).toBeUndefined();
  });
});
