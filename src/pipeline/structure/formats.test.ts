/**
 * Every format of GB/T 9704-2012 (chapter 10: 文件, 信函, 命令, 纪要) and the reprinted form a
 * gazette or web page gives a document, each with the parts the standard defines. The texts
 * are modelled on published documents of other issuers (see tests/corpus/ for whole real ones);
 * the parser must read each in one paragraph per line and as wrapped printed lines.
 */
import { describe, expect, it } from 'vitest';
import { source } from '../fixtures/load.ts';
import { parseIssue } from '../parse-issue.ts';
import { layOut } from '../../../tests/support/layouts.ts';
import { noTables } from './context.ts';

/** Every input of this file, to be read again as printed lines (see the last test). */
const inputs: string[][] = [];
const parse = (lines: string[]) => {
  inputs.push(lines);
  return parseIssue(source(lines), noTables);
};
const only = (lines: string[]) => {
  const { notices, warnings } = parse(lines);
  expect(notices).toHaveLength(1);
  return { n: notices[0]!, warnings };
};

describe('文件格式', () => {
  it('should read a 版头 of three characters (国务院文件), the 发文字号, title, 主送, 署名, date and 附注', () => {
    const { n, warnings } = only([
      '国务院文件',
      '国发〔2018〕5号',
      '国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见',
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '农业机械化和农机装备是转变农业发展方式、提高农村生产力的重要基础。现提出如下意见。',
      '国务院',
      '2018年12月12日',
      '（此件公开发布）',
    ]);
    expect(n.meta).toMatchObject({
      masthead: '国务院文件',
      format: 'file',
      docNumber: { text: '国发〔2018〕5号', agency: '国发', year: 2018, serial: 5 },
      title: '国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见',
      genre: '指导意见',
      recipients: '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      issuer: '国务院',
      signedDate: '2018-12-12',
      remark: '（此件公开发布）',
    });
    expect(warnings).toEqual([]);
  });

  it('should read a joint 版头 of two agencies and both 署名', () => {
    const { n } = only([
      '中共北京市委办公厅',
      '北京市人民政府办公厅',
      '文件',
      '京办发〔2018〕12号',
      '中共北京市委办公厅 北京市人民政府办公厅关于印发某某方案的通知',
      '各区委、区政府，市委各部委办，市各国家机关：',
      '现将《某某方案》印发给你们，请结合实际认真贯彻落实。',
      '中共北京市委办公厅',
      '北京市人民政府办公厅',
      '2018年5月2日',
    ]);
    expect(n.meta).toMatchObject({
      masthead: '中共北京市委办公厅 北京市人民政府办公厅文件',
      format: 'file',
      docNumber: { text: '京办发〔2018〕12号' },
      signedDate: '2018-05-02',
    });
    expect(n.signature).toEqual(['中共北京市委办公厅', '北京市人民政府办公厅', '2018年5月2日']);
  });

  it('should read the 签发人 beside the 发文字号 of a report', () => {
    const { n } = only([
      '北京市西城区人民政府文件',
      '西政文〔2018〕3号            签发人：王少峰',
      '北京市西城区人民政府关于某某工作情况的报告',
      '北京市人民政府：',
      '现将有关情况报告如下。',
      '北京市西城区人民政府',
      '2018年3月5日',
    ]);
    expect(n.meta).toMatchObject({ docNumber: { text: '西政文〔2018〕3号' }, signer: '王少峰', genre: '报告' });
  });
});

describe('信函格式', () => {
  it('should read the agency name without 文件 and the 发文字号 under it', () => {
    const { n } = only([
      '北京市人民政府办公厅',
      '京政办函〔2018〕25号',
      '北京市人民政府办公厅关于同意某某事项的函',
      '北京市西城区人民政府：',
      '你区《关于某某事项的请示》收悉。经市政府同意，现函复如下。',
      '北京市人民政府办公厅',
      '2018年4月9日',
    ]);
    expect(n.meta).toMatchObject({
      masthead: '北京市人民政府办公厅',
      format: 'letter',
      docNumber: { text: '京政办函〔2018〕25号' },
      genre: '函',
      issuer: '北京市人民政府办公厅',
    });
  });
});

describe('命令格式', () => {
  const order = [
    '北京市人民政府令',
    '第285号',
    '《北京市生活垃圾管理若干规定》已经2019年5月20日市人民政府第41次常务会议审议通过，现予公布，自2019年7月1日起施行。',
    '市长  陈吉宁',
    '2019年6月1日',
    '北京市生活垃圾管理若干规定',
    '第一条 为了加强生活垃圾管理，制定本规定。',
    '第二条 本市行政区域内生活垃圾的管理，适用本规定。',
  ];

  it('should read the order, its number, the 署名 of the office and person, and the regulation it publishes', () => {
    const { n } = only(order);
    expect(n.meta).toMatchObject({
      masthead: '北京市人民政府令',
      format: 'order',
      docNumber: { text: '北京市人民政府令第285号', serial: 285 },
      issuer: '北京市人民政府',
      title: '北京市生活垃圾管理若干规定',
      titleSource: 'text',
      signedDate: '2019-06-01',
    });
    expect(n.meta.docNumber?.year).toBeUndefined();
    expect(n.signature).toEqual(['市长 陈吉宁', '2019年6月1日']);
    expect(n.issued.map((d) => d.title)).toEqual(['北京市生活垃圾管理若干规定']);
  });
});

describe('纪要格式', () => {
  it('should read …纪要 and its 第N期 as the 版头 and number', () => {
    const { n } = only([
      '北京市西城区人民政府专题会议纪要',
      '第12期',
      '关于研究某某问题的会议纪要',
      '2018年6月8日，区长主持召开专题会议，研究某某问题。纪要如下：',
      '一、会议同意某某方案。',
      '北京市西城区人民政府办公室',
      '2018年6月9日',
    ]);
    expect(n.meta).toMatchObject({
      masthead: '北京市西城区人民政府专题会议纪要',
      format: 'minutes',
      docNumber: { serial: 12 },
      title: '关于研究某某问题的会议纪要',
      genre: '纪要',
      // The 版头 names the meeting; the 发文机关 is the one that signs.
      issuer: '北京市西城区人民政府办公室',
      signedDate: '2018-06-09',
    });
  });
});

describe('a document reprinted without its 版头', () => {
  it('should read a title wrapped over lines, then the 发文字号 in parentheses', () => {
    const { n } = only([
      '国务院办公厅关于推进政务新媒体',
      '健康有序发展的意见',
      '（国办发〔2018〕123号）',
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '政务新媒体是移动互联网时代党和政府联系群众、服务群众、凝聚群众的重要渠道。',
      '国务院办公厅',
      '2018年12月7日',
      '（此件公开发布）',
    ]);
    expect(n.meta).toMatchObject({
      docNumber: { text: '国办发〔2018〕123号' },
      title: '国务院办公厅关于推进政务新媒体健康有序发展的意见',
      issuer: '国务院办公厅',
      remark: '（此件公开发布）',
    });
    expect(n.meta.masthead).toBeUndefined();
  });

  it('should split a gazette of reprinted notices, one after another, each closed by its date', () => {
    const { notices } = parse([
      '国务院关于甲事项的通知',
      '国发〔2018〕1号',
      '各省、自治区、直辖市人民政府：',
      '现就甲事项通知如下。',
      '国务院',
      '2018年1月2日',
      '国务院办公厅关于乙事项的通知',
      '国办发〔2018〕2号',
      '各省、自治区、直辖市人民政府办公厅：',
      '经国务院同意，现就乙事项通知如下。',
      '国务院办公厅',
      '2018年1月3日',
      '上海市人民政府关于丙事项的通知',
      '各区人民政府，市政府各委、办、局：',
      '现就丙事项通知如下。',
      '上海市人民政府',
      '2018年1月4日',
    ]);
    expect(notices.map((n) => [n.meta.docNumber?.text, n.meta.title, n.meta.issuer, n.meta.signedDate])).toEqual([
      ['国发〔2018〕1号', '国务院关于甲事项的通知', '国务院', '2018-01-02'],
      ['国办发〔2018〕2号', '国务院办公厅关于乙事项的通知', '国务院办公厅', '2018-01-03'],
      [undefined, '上海市人民政府关于丙事项的通知', '上海市人民政府', '2018-01-04'],
    ]);
  });

  it('should not start a notice at the plan an issuing notice prints after its date', () => {
    const { notices } = parse([
      '上海市人民政府关于印发某某办法的通知',
      '各区人民政府：',
      '现将《某某办法》印发给你们，请认真按照执行。',
      '上海市人民政府',
      '2018年1月4日',
      '某某办法',
      '第一条 为了规范某某，制定本办法。',
    ]);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.issued.map((d) => d.title)).toEqual(['某某办法']);
  });

  it('should keep an attachment printed as a whole 公文 inside its notice', () => {
    const { notices } = parse([
      '国务院办公厅关于某某问题的复函',
      '国办函〔2004〕80号',
      '湖北省人民政府：',
      '你省来文收悉。现函复如下。',
      '国务院办公厅',
      '二〇〇四年十一月四日',
      '附件1',
      '关于某某情况的报告',
      '国务院：',
      '现将有关情况报告如下。',
      '国土资源部',
      '二〇〇四年十月十日',
    ]);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.meta.signedDate).toBe('2004-11-04');
    expect(notices[0]!.attachments.map((a) => a.title)).toEqual(['关于某某情况的报告']);
  });
});

describe('署名 and 成文日期', () => {
  it('should read a date in Chinese numerals, a letter-spaced 署名, and a sealed document with the date alone', () => {
    const letterSpaced = only([
      '财政部关于某某的通知',
      '财预〔2017〕87号',
      '各省、自治区、直辖市财政厅（局）：',
      '现就有关事项通知如下。',
      '财  政  部',
      '二〇一七年五月二十八日',
    ]).n;
    expect(letterSpaced.meta).toMatchObject({ issuer: '财政部', signedDate: '2017-05-28' });
    const sealed = only(['某某委员会关于某某的通知', '各有关单位：', '现将有关事项通知如下。', '2024年2月23日']).n;
    expect(sealed.meta.signedDate).toBe('2024-02-23');
    expect(sealed.signature).toEqual(['2024年2月23日']);
  });
});

describe('the same documents as printed lines', () => {
  it.each(['pdftotext', 'pdftotext-layout', 'wrapped-blank'] as const)(
    'should read every document above the same way from %s output',
    (layout) => {
      expect(inputs.length).toBeGreaterThanOrEqual(11);
      const meta = (text: string) =>
        parseIssue(source(text.split('\n')), noTables).notices.map((n) => ({
          format: n.meta.format,
          docNumber: n.meta.docNumber?.text,
          title: n.meta.title,
          issuer: n.meta.issuer,
          signedDate: n.meta.signedDate,
          remark: n.meta.remark,
        }));
      for (const lines of inputs) expect(meta(layOut(lines.join('\n'), layout))).toEqual(meta(lines.join('\n')));
    },
  );
});
