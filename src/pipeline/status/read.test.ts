import { describe, expect, it } from 'vitest';
import {
  countValue,
  isTrialTitle,
  readEffective,
  readExtensions,
  readPrevails,
  readRepeals,
  readValidity,
  sentencesOf,
} from './read.ts';

/** Sentences cut from the seeds (seeds/*.txt), as the parser joins their printed lines. */
const SEED = {
  /** 西政发〔2017〕12号, the 管理办法 it issues, 第十九条 (spaces as the extraction left them). */
  fund: '第十九条  本办法自发布之日起施行，有效期 5 年。',
  fundRepeal:
    '《西城区可持续发展项目管理办法》（西政发〔2010〕4 号）和《西城区科技计划项目管理办法》（西科文〔2012〕9 号）同时废止。',
  /** 西政办发〔2017〕21号. */
  division:
    '本通知发布之日起，原《北京市西城区人民政府办公室关于印发北京市西城区人民政府区长副区长工作分工的通知》（西政办发〔2016〕28号）同时废止。',
  /** 西政发〔2017〕13号. */
  jobs: '（四）本意见自发布之日起实施，《北京市西城区人民政府关于加大政策扶持力度进一步做好就业工作的通知》（西政发〔2014〕4号）同时废止。',
  /** 西政办发〔2017〕1号. */
  agent: '第二十六条  本办法自 2017 年 5 月 1 日起施行。',
  /** 西政办发〔2017〕10号. */
  trial: '本意见自 2017 年 5 月 10 日开始试行。',
  /** 西政办发〔2017〕24号. */
  safety: '第十九条 本办法由区安委会办公室负责解释，自印发之日起施行。',
  safetyPrevails: '此前相关规定与本办法不一致的，以本办法为准。',
  /** 西政发〔2017〕22号: a duty to repeal, not a repeal. */
  review: '经评估认为妨碍统一市场和公平竞争的政策措施，应当依法尽快废止或者修改完善。',
  /** 西政办发〔2017〕8号: a licence's 有效期, not the notice's. */
  licence:
    '行政许可部门依法吊销、撤销市场主体的行政许可证件，或者行政许可证件有效期届满不再续期的，应当自吊销、撤销行政许可证件或者行政许可证件有效期届满之日起5个工作日内通报。',
  /** 西政办发〔2017〕8号: 本意见实施前 is no 施行日期. */
  before: '本意见实施前，原政策继续执行。',
};

/** Sentences of other issuers (tests/corpus/). */
const CORPUS = {
  /** sh-gaj-2021-7. */
  list: '本清单自2021年9月1日起施行，有效期至2026年8月31日。',
  /** sh-jdwwj-2024-30: the notice extends a regulation's 有效期; the regulation's own 第四十三条. */
  extension: '经评估，《嘉定区不可移动文物保护暂行规定》需要继续实施，有效期延长至2026年11月1日。',
  regulation: '第四十三条  本规定自2024年11月1日起实施，有效期二年。',
  /** sh-xhjgw-gui-2025-1: a notice that repeals a 规范性文件. */
  glass:
    '根据《上海市行政规范性文件管理规定》相关要求，经研究，现决定对《徐汇区既有玻璃幕墙建筑管理办法》(徐建规〔2021〕1号)予以废止，废止文件自本通知印发之日起停止执行。',
  /** sh-szf-gui-2026-7. */
  notice: '本通告自2026年8月17日起实施，有效期至2029年5月31日。',
  noticeRepeal:
    '2024年5月31日印发的《上海市人民政府关于调整本市高排放非道路移动机械禁止使用区的通告》（沪府规〔2024〕7号）同时废止。',
  /** sh-szfl-2025-17: four regulations, each after its history, closed by `，同时废止`. */
  pipes:
    '1988年6月7日上海市人民政府发布、根据1997年12月14日上海市人民政府令第53号修正的《上海市城市道路与地下管线施工管理暂行办法》，' +
    '1989年7月27日上海市人民政府批准、根据2001年1月9日上海市人民政府令第97号第一次修正的《上海市城市道路与地下管线施工管理暂行办法的补充规定》，' +
    '2001年9月13日上海市人民政府令第106号发布的《上海市城市道路架空线管理办法》，' +
    '2001年9月14日上海市人民政府令第107号发布、根据2016年6月21日上海市人民政府令第42号修正并重新发布的《上海市管线工程规划管理办法》，同时废止。',
  /** sh-jtw-2025-652: a list's period, not the notice's. */
  blacklist: '本批名单有效期为2年，之前已被列入失信名单的，重新计算有效期限。',
  /** sh-szf-gui-2026-7: a day a ban starts, not the day the 通告 takes effect. */
  ban: '（三）自2026年8月17日起，本市所有区域禁止使用国Ⅱ及以下排放标准的非道路移动机械。',
};

describe('sentencesOf', () => {
  it('should cut a paragraph after 。, keep each end mark, and not cut at ；', () => {
    expect(sentencesOf('本办法自发布之日起施行；有效期5年。原办法同时废止。未完')).toEqual([
      '本办法自发布之日起施行；有效期5年。',
      '原办法同时废止。',
      '未完',
    ]);
  });
});

describe('readEffective', () => {
  it('should read 自发布之日起施行 as the publication day (西政发〔2017〕12号)', () => {
    expect(readEffective(SEED.fund)).toEqual({ on: 'publication', text: '自发布之日起施行', verb: '施行' });
  });

  it('should read 自印发之日起施行 where the subject opens the sentence (西政办发〔2017〕24号)', () => {
    expect(readEffective(SEED.safety)).toEqual({ on: 'publication', text: '自印发之日起施行', verb: '施行' });
  });

  it('should read a stated day, with the extraction spaces around its digits (西政办发〔2017〕1号)', () => {
    expect(readEffective(SEED.agent)).toEqual({
      on: 'date',
      date: '2017-05-01',
      text: '自2017年5月1日起施行',
      verb: '施行',
    });
  });

  it('should read 开始试行 with its verb, which marks a trial (西政办发〔2017〕10号)', () => {
    expect(readEffective(SEED.trial)).toEqual({
      on: 'date',
      date: '2017-05-10',
      text: '自2017年5月10日开始试行',
      verb: '试行',
    });
  });

  it('should read 实施 and 起施行 in other issuers’ sentences', () => {
    expect(readEffective(CORPUS.list)?.date).toBe('2021-09-01');
    expect(readEffective(CORPUS.regulation)).toMatchObject({ on: 'date', date: '2024-11-01', verb: '实施' });
    expect(readEffective(CORPUS.notice)).toMatchObject({ on: 'date', date: '2026-08-17', verb: '实施' });
  });

  it('should read a day in Chinese numerals', () => {
    expect(readEffective('本规定自二〇一七年五月一日起施行。')?.date).toBe('2017-05-01');
    expect(readEffective('本办法自二○一八年十二月三十一日起实施。')?.date).toBe('2018-12-31');
  });

  it('should read 本办法自公布之日起施行 with its subject inside the match', () => {
    expect(readEffective('本办法自公布之日起施行。')).toEqual({
      on: 'publication',
      text: '自公布之日起施行',
      verb: '施行',
    });
  });

  it('should read nothing where the sentence is not about the text itself', () => {
    expect(readEffective(CORPUS.ban)).toBeUndefined();
    expect(readEffective(SEED.before)).toBeUndefined();
    expect(readEffective('各单位自2017年5月1日起执行新的收费标准。')).toBeUndefined();
    expect(readEffective(SEED.division)).toBeUndefined();
  });
});

describe('readValidity', () => {
  it('should read 有效期 5 年 as five years (西政发〔2017〕12号)', () => {
    expect(readValidity(SEED.fund)).toEqual({ years: 5, text: '有效期5年' });
  });

  it('should read 有效期至 a day as the last day (sh-gaj-2021-7, sh-szf-gui-2026-7)', () => {
    expect(readValidity(CORPUS.list)).toEqual({ until: '2026-08-31', text: '有效期至2026年8月31日' });
    expect(readValidity(CORPUS.notice)).toEqual({ until: '2029-05-31', text: '有效期至2029年5月31日' });
  });

  it('should read a period in Chinese numerals (sh-jdwwj-2024-30) and in months', () => {
    expect(readValidity(CORPUS.regulation)).toEqual({ years: 2, text: '有效期二年' });
    expect(readValidity('本方案有效期为两年。')).toEqual({ years: 2, text: '有效期为两年' });
    expect(readValidity('本通告有效期六个月。')).toEqual({ months: 6, text: '有效期六个月' });
  });

  it('should read the last day of a range, and 有效期截至…止', () => {
    expect(readValidity('本办法有效期为2021年9月1日至2026年8月31日。')).toEqual({
      until: '2026-08-31',
      text: '有效期为2021年9月1日至2026年8月31日',
    });
    expect(readValidity('本细则有效期截至二〇二二年十二月三十一日止。')).toEqual({
      until: '2022-12-31',
      text: '有效期截至二〇二二年十二月三十一日止',
    });
  });

  it('should read a sentence that is the period alone, after the one that says when the text applies', () => {
    expect(readValidity('有效期3年。')).toEqual({ years: 3, text: '有效期3年' });
  });

  it('should not read a list’s, a licence’s or another document’s extended 有效期 as the text’s own', () => {
    expect(readValidity(CORPUS.blacklist)).toBeUndefined();
    expect(readValidity(SEED.licence)).toBeUndefined();
    expect(readValidity(CORPUS.extension)).toBeUndefined();
  });
});

describe('readRepeals', () => {
  it('should read both documents 西政发〔2017〕12号 repeals, each with its number', () => {
    expect(readRepeals(SEED.fundRepeal)).toEqual([
      {
        verb: '同时废止',
        documents: [
          {
            text: '《西城区可持续发展项目管理办法》（西政发〔2010〕4号）',
            title: '西城区可持续发展项目管理办法',
            docNumber: '西政发〔2010〕4号',
          },
          {
            text: '《西城区科技计划项目管理办法》（西科文〔2012〕9号）',
            title: '西城区科技计划项目管理办法',
            docNumber: '西科文〔2012〕9号',
          },
        ],
      },
    ]);
  });

  it('should read 原《…》（西政办发〔2016〕28号）同时废止 dated by 本通知发布之日起 (西政办发〔2017〕21号)', () => {
    expect(readRepeals(SEED.division)).toEqual([
      {
        verb: '同时废止',
        on: 'publication',
        documents: [
          {
            text: '《北京市西城区人民政府办公室关于印发北京市西城区人民政府区长副区长工作分工的通知》（西政办发〔2016〕28号）',
            title: '北京市西城区人民政府办公室关于印发北京市西城区人民政府区长副区长工作分工的通知',
            docNumber: '西政办发〔2016〕28号',
          },
        ],
      },
    ]);
  });

  it('should read the repeal after the 施行 clause of one sentence (西政发〔2017〕13号)', () => {
    expect(readRepeals(SEED.jobs).map((r) => [r.verb, r.on, r.documents.map((d) => d.docNumber)])).toEqual([
      ['同时废止', 'publication', ['西政发〔2014〕4号']],
    ]);
  });

  it('should read 对《…》(…)予以废止 and leave out the 规定 it relies on (sh-xhjgw-gui-2025-1)', () => {
    expect(readRepeals(CORPUS.glass)).toEqual([
      {
        verb: '予以废止',
        on: 'publication',
        documents: [
          {
            text: '《徐汇区既有玻璃幕墙建筑管理办法》(徐建规〔2021〕1号)',
            title: '徐汇区既有玻璃幕墙建筑管理办法',
            docNumber: '徐建规〔2021〕1号',
          },
        ],
      },
    ]);
  });

  it('should read a repeal without a day of its own (sh-szf-gui-2026-7: 同时 is with the 施行日期)', () => {
    expect(readRepeals(CORPUS.noticeRepeal)).toEqual([
      {
        verb: '同时废止',
        documents: [
          {
            text: '《上海市人民政府关于调整本市高排放非道路移动机械禁止使用区的通告》（沪府规〔2024〕7号）',
            title: '上海市人民政府关于调整本市高排放非道路移动机械禁止使用区的通告',
            docNumber: '沪府规〔2024〕7号',
          },
        ],
      },
    ]);
  });

  it('should read every document of a list closed by `，同时废止` (sh-szfl-2025-17)', () => {
    expect(readRepeals(CORPUS.pipes).flatMap((r) => r.documents.map((d) => d.title))).toEqual([
      '上海市城市道路与地下管线施工管理暂行办法',
      '上海市城市道路与地下管线施工管理暂行办法的补充规定',
      '上海市城市道路架空线管理办法',
      '上海市管线工程规划管理办法',
    ]);
  });

  it('should read 不再执行, 停止执行, a number without a title, and a day of its own', () => {
    expect(readRepeals('原《西城区停车管理办法》不再执行。')).toEqual([
      { verb: '不再执行', documents: [{ text: '《西城区停车管理办法》', title: '西城区停车管理办法' }] },
    ]);
    expect(readRepeals('西政发〔2015〕3号文件自2018年1月1日起停止执行。')).toEqual([
      {
        verb: '停止执行',
        on: 'date',
        date: '2018-01-01',
        documents: [{ text: '西政发〔2015〕3号', docNumber: '西政发〔2015〕3号' }],
      },
    ]);
  });

  it('should read 决定废止《…》 with the verb first', () => {
    expect(readRepeals('区政府决定废止《西城区某某管理规定》（西政发〔2012〕5号）。')).toEqual([
      {
        verb: '废止',
        documents: [
          {
            text: '《西城区某某管理规定》（西政发〔2012〕5号）',
            title: '西城区某某管理规定',
            docNumber: '西政发〔2012〕5号',
          },
        ],
      },
    ]);
  });

  it('should read no repeal where no document is named, or only the basis of a clause', () => {
    expect(readRepeals(SEED.review)).toEqual([]);
    expect(readRepeals(SEED.fund)).toEqual([]);
    expect(readRepeals('依据《北京市行政规范性文件管理办法》予以废止的文件，由各单位清理。')).toEqual([]);
  });
});

describe('readPrevails', () => {
  it('should give the sentence that puts the text above differing earlier rules (西政办发〔2017〕24号)', () => {
    expect(readPrevails(SEED.safetyPrevails)).toBe('此前相关规定与本办法不一致的，以本办法为准。');
    expect(readPrevails('原有规定与本实施意见相抵触的，按照本实施意见执行。')).toBe(
      '原有规定与本实施意见相抵触的，按照本实施意见执行。',
    );
  });

  it('should give nothing for an ordinary duty to follow the text', () => {
    expect(readPrevails('各单位按照本办法执行。')).toBeUndefined();
    expect(readPrevails('代建控制投资，以批准的概算投资为准。')).toBeUndefined();
  });
});

describe('readExtensions', () => {
  it('should read the document whose 有效期 is extended and the new last day (sh-jdwwj-2024-30)', () => {
    expect(readExtensions(CORPUS.extension)).toEqual([
      {
        document: { text: '《嘉定区不可移动文物保护暂行规定》', title: '嘉定区不可移动文物保护暂行规定' },
        until: '2026-11-01',
      },
    ]);
  });

  it('should read none in a sentence that extends nothing', () => {
    expect(readExtensions(CORPUS.list)).toEqual([]);
    expect(readExtensions(SEED.licence)).toEqual([]);
  });
});

describe('isTrialTitle', () => {
  it('should find （试行） and 暂行 in a title of its own or in what a notice issues', () => {
    expect(isTrialTitle('北京市西城区政府投资项目代建制管理办法（试行）')).toBe(true);
    expect(isTrialTitle('北京市西城区人民政府办公室关于印发北京市西城区政府投资项目代建制管理办法（试行）的通知')).toBe(
      true,
    );
    expect(isTrialTitle('关于印发《西城区某某实施意见(试行)》的通知')).toBe(true);
    expect(isTrialTitle('西城区某某暂行办法')).toBe(true);
  });

  it('should not take a trial from another document named in the title, nor find one where there is none', () => {
    expect(isTrialTitle('上海市嘉定区文物局关于延长《嘉定区不可移动文物保护暂行规定》有效期的通知')).toBe(false);
    expect(isTrialTitle('北京市西城区人民政府关于印发北京市西城区财政科技专项项目管理办法的通知')).toBe(false);
  });
});

describe('countValue', () => {
  it('should read a period’s count in digits or Chinese numerals', () => {
    expect(['5', '二', '两', '十', '十二', '二十'].map(countValue)).toEqual([5, 2, 2, 10, 12, 20]);
  });
});
