import { describe, expect, it } from 'vitest';
import { mergeTerms, readTerms } from './terms.ts';
import { gazetteOf } from './testing.ts';

describe('readTerms', () => {
  const [old, issuing] = gazetteOf([
    {
      slug: 'xzf-2012-5',
      number: '西政发〔2012〕5号',
      title: '北京市西城区人民政府关于印发西城区停车管理办法的通知',
      printed: '2012-03-01',
      issued: [{ title: '西城区停车管理办法', body: ['第一条 为了规范停车管理，制定本办法。'] }],
    },
    {
      slug: 'xzf-2017-30',
      number: '西政发〔2017〕30号',
      title: '北京市西城区人民政府关于印发西城区停车管理办法（试行）的通知',
      printed: '2017-08-01',
      body: ['现将《西城区停车管理办法（试行）》印发给你们，请认真贯彻执行。'],
      issued: [
        {
          title: '西城区停车管理办法（试行）',
          body: [
            '第二十条 本办法自 2017 年 9 月 1 日起施行，有效期 3 年。',
            '《西城区停车管理办法》（西政发〔2012〕5号）和《北京市停车条例实施细则》（京政发〔2014〕8号）同时废止。',
          ],
        },
      ],
    },
  ]);
  const scopes = readTerms(issuing!);

  it('should read the 正文 and each issued document apart, the statements in the document they are printed in', () => {
    expect(scopes.map((s) => [s.scope, s.effective?.date, s.validity?.years, s.sentences.length])).toEqual([
      ['zw', undefined, undefined, 0],
      ['wb', '2017-09-01', 3, 2],
    ]);
    expect(scopes[1]!.sentences.map((s) => s.part)).toEqual([
      '西城区停车管理办法（试行）',
      '西城区停车管理办法（试行）',
    ]);
  });

  it('should know a repealed document of the gazette by its link, and one outside it by its number alone', () => {
    expect(scopes[1]!.repeals[0]!.documents).toEqual([
      {
        text: '《西城区停车管理办法》（西政发〔2012〕5号）',
        title: '西城区停车管理办法',
        docNumber: '西政发〔2012〕5号',
        slug: old!.slug,
      },
      {
        text: '《北京市停车条例实施细则》（京政发〔2014〕8号）',
        title: '北京市停车条例实施细则',
        docNumber: '京政发〔2014〕8号',
      },
    ]);
  });

  it('should find the trial in each text’s own title', () => {
    expect(scopes.map((s) => s.trial)).toEqual([true, true]);
    expect(readTerms(old!).map((s) => s.trial)).toEqual([false, false]);
  });

  it('should read nothing from a notice that says nothing about its force', () => {
    expect(readTerms(old!)).toEqual([
      { scope: 'zw', trial: false, repeals: [], extensions: [], sentences: [] },
      { scope: 'wb', trial: false, repeals: [], extensions: [], sentences: [] },
    ]);
  });

  it('should take a link to a part of the notice itself (#wb) as the notice itself', () => {
    const [extending] = gazetteOf([
      {
        slug: 'jd-2024-30',
        title: '关于延长《嘉定区不可移动文物保护暂行规定》有效期的通知',
        signed: '2024-10-31',
        body: ['经评估，《嘉定区不可移动文物保护暂行规定》需要继续实施，有效期延长至2026年11月1日。'],
        issued: [
          { title: '嘉定区不可移动文物保护暂行规定', body: ['第四十三条 本规定自2024年11月1日起实施，有效期二年。'] },
        ],
      },
    ]);
    expect(readTerms(extending!)[0]!.extensions).toEqual([
      {
        document: {
          text: '《嘉定区不可移动文物保护暂行规定》',
          title: '嘉定区不可移动文物保护暂行规定',
          slug: 'jd-2024-30',
        },
        until: '2026-11-01',
      },
    ]);
  });
});

describe('mergeTerms', () => {
  it('should let the 正文 speak first and the issued document fill in what it does not say', () => {
    const [n] = gazetteOf([
      {
        slug: 'a',
        title: '关于印发某某办法的通知',
        body: ['本通知自印发之日起施行。'],
        issued: [
          {
            title: '某某办法',
            body: ['本办法自2017年9月1日起施行，有效期2年。', '此前规定与本办法不一致的，以本办法为准。'],
          },
        ],
      },
    ]);
    const merged = mergeTerms(readTerms(n!));
    expect(merged.effective).toEqual({ on: 'publication', text: '自印发之日起施行', verb: '施行' });
    expect(merged.validity).toEqual({ years: 2, text: '有效期2年' });
    expect(merged.prevails).toBe('此前规定与本办法不一致的，以本办法为准。');
    expect(merged.sentences.map((s) => s.part)).toEqual(['正文', '某某办法', '某某办法']);
  });
});
