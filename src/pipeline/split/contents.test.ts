import { describe, expect, it } from 'vitest';
import { fixture, source } from '../fixtures/load.ts';
import { normalizeLines } from '../normalize/lines.ts';
import { issueName, parseContents } from './contents.ts';
import { splitIssue } from './split-issue.ts';

/** Printed lines of a hand-made cover, as the normalizer gives them. */
const front = (raw: readonly string[]) => normalizeLines(source(raw)).lines;

describe('parseContents, the 目录 of the 002 seed', () => {
  const cover = splitIssue(normalizeLines(fixture('paragraph-issue.txt')).lines).front;

  it('should read every entry: title, 发文字号 and page after a tab', () => {
    expect(parseContents(cover)).toEqual([
      {
        title: '北京市西城区人民政府关于在市场体系建设中建立公平竞争审查制度的实施意见',
        number: '西政发〔2017〕22号',
        page: 1,
      },
      {
        title: '北京市西城区人民政府办公室关于印发北京市西城区人民政府区长副区长工作分工的通知',
        number: '西政办发〔2017〕21号',
        page: 13,
      },
      {
        title:
          '北京市西城区人民政府办公室关于印发北京市西城区2017-2018年秋冬季大气污染综合治理攻坚行动细化实施方案的通知',
        number: '西政办发〔2017〕22号',
        page: 19,
      },
      {
        title:
          '北京市西城区人民政府办公室关于印发北京市西城区危险化学品安全综合治理三年行动计划（2017年9月-2020年5月）的通知',
        number: '西政办发〔2017〕23号',
        page: 42,
      },
      {
        title: '北京市西城区人民政府办公室关于印发北京市西城区安全生产工作考核办法的通知',
        number: '西政办发〔2017〕24号',
        page: 55,
      },
      {
        title: '北京市西城区人民政府办公室印发《北京市西城区关于财政支持疏解非首都功能构建高精尖经济结构的意见》的通知',
        number: '西政办发〔2017〕25号',
        page: 61,
      },
      {
        title: '北京市西城区人民政府办公室关于印发北京市西城区促进全民阅读建设“书香西城”若干意见的通知',
        number: '西政办发〔2017〕26号',
        page: 67,
      },
      { title: '2017年区政府大事记', page: 76 },
    ]);
  });
});

describe('parseContents, hand-made entries', () => {
  it('should return no entry without a 目录 heading', () => {
    expect(parseContents(front(['北京市西城区人民政府关于某事的通知西政发〔2017〕22号\t1']))).toEqual([]);
  });

  it('should return no entry for a 目录 heading alone, or for no lines', () => {
    expect(parseContents(front(['目 录']))).toEqual([]);
    expect(parseContents([])).toEqual([]);
  });

  it('should accept 目录 printed with or without spaces between its characters', () => {
    for (const heading of ['目录', '目 录', '目  录', '目\u3000录']) {
      expect(parseContents(front([heading, '2017年区政府大事记\t76']))).toEqual([
        { title: '2017年区政府大事记', page: 76 },
      ]);
    }
  });

  it('should ignore lines before the 目录 heading, even with a page number', () => {
    expect(
      parseContents(front(['2017年第1期\t1', '目 录', '北京市西城区人民政府关于某事的通知西政发〔2017〕2号\t5'])),
    ).toEqual([{ title: '北京市西城区人民政府关于某事的通知', number: '西政发〔2017〕2号', page: 5 }]);
  });

  it('should skip lines after the heading that end without a page number', () => {
    expect(
      parseContents(front(['目 录', '政府文件', '北京市西城区人民政府关于某事的通知西政发〔2017〕2号\t5', '正文。'])),
    ).toEqual([{ title: '北京市西城区人民政府关于某事的通知', number: '西政发〔2017〕2号', page: 5 }]);
  });

  it('should separate a number printed after the title with a space, and normalize it', () => {
    expect(parseContents(front(['目 录', '北京市西城区人民政府关于某事的通知 西政发〔 2017 〕 3 号\t9']))).toEqual([
      { title: '北京市西城区人民政府关于某事的通知', number: '西政发〔2017〕3号', page: 9 },
    ]);
  });

  it('should keep the year of a title apart from the year of its number', () => {
    expect(
      parseContents(front(['目 录', '北京市西城区人民政府关于印发2017年重点工作的通知西政发〔2017〕1号\t3'])),
    ).toEqual([{ title: '北京市西城区人民政府关于印发2017年重点工作的通知', number: '西政发〔2017〕1号', page: 3 }]);
  });

  it('should give an entry without 发文字号 its title and page only', () => {
    const [entry] = parseContents(front(['目 录', '北京市西城区“十三五”时期消防事业发展建设规划\t101']));
    expect(entry).toEqual({ title: '北京市西城区“十三五”时期消防事业发展建设规划', page: 101 });
    expect(Object.keys(entry!)).toEqual(['title', 'page']);
  });

  it('should read a page number of up to four digits', () => {
    expect(parseContents(front(['目 录', '2017年区政府大事记\t1024']))).toEqual([
      { title: '2017年区政府大事记', page: 1024 },
    ]);
  });

  it('should read the page after spaces instead of a tab', () => {
    expect(
      parseContents(front(['目 录', '关于表彰先进单位的决定 西政发〔2017〕5号    12', '2017年区政府大事记  76'])),
    ).toEqual([
      { title: '关于表彰先进单位的决定', number: '西政发〔2017〕5号', page: 12 },
      { title: '2017年区政府大事记', page: 76 },
    ]);
  });

  it('should join a title wrapped over two lines of the 目录', () => {
    expect(
      parseContents(
        front([
          '目 录',
          '北京市西城区人民政府办公室关于印发北京市西城区安全生产',
          '工作考核办法的通知西政办发〔2017〕24号\t55',
        ]),
      ),
    ).toEqual([
      {
        title: '北京市西城区人民政府办公室关于印发北京市西城区安全生产工作考核办法的通知',
        number: '西政办发〔2017〕24号',
        page: 55,
      },
    ]);
  });

  it('should take the number at the end of the entry, not one named in its title', () => {
    expect(parseContents(front(['目 录', '关于转发京政发〔2016〕48号文件的通知西政发〔2017〕3号\t9']))).toEqual([
      { title: '关于转发京政发〔2016〕48号文件的通知', number: '西政发〔2017〕3号', page: 9 },
    ]);
  });
});

describe('issueName', () => {
  it('should find the gazette’s name on the 002 seed’s cover', () => {
    const cover = splitIssue(normalizeLines(fixture('paragraph-issue.txt')).lines).front;
    expect(issueName(cover)).toBe('北京市西城区人民政府公报');
  });

  it('should take the first line ending in 公报', () => {
    expect(issueName(front(['2017年第1期', '北京市西城区人民政府公报', '北京市人民政府公报']))).toBe(
      '北京市西城区人民政府公报',
    );
  });

  it('should not take a line that only contains 公报', () => {
    expect(issueName(front(['北京市西城区人民政府公报编辑部主办', '目 录']))).toBeUndefined();
  });

  it('should give undefined for a cover without the name, or no lines', () => {
    expect(issueName(front(['BEIJINGSHI XICHENGQU RENMIN ZHENGFU GONGBAO', '目 录']))).toBeUndefined();
    expect(issueName([])).toBeUndefined();
  });
});
