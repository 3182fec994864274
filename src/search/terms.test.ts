import { describe, expect, it } from 'vitest';
import { MAX_TERMS, parseQuery } from './terms.ts';

const texts = (query: string) => parseQuery(query).map((t) => (t.quoted ? `"${t.text}"` : t.text));

describe('parseQuery', () => {
  it('should split at half- and full-width spaces, in the order typed, each term once', () => {
    expect(texts('冰雪 运动 规划')).toEqual(['冰雪', '运动', '规划']);
    expect(texts('冰雪\u3000运动\t规划 冰雪')).toEqual(['冰雪', '运动', '规划']);
    expect(texts('  ')).toEqual([]);
  });

  it('should keep a quoted phrase whole, with any of the four quote pairs', () => {
    expect(texts('"消防 规划" 十三五')).toEqual(['"消防规划"', '十三五']);
    expect(texts('“区长分工” 「政务公开」 『要点』')).toEqual(['"区长分工"', '"政务公开"', '"要点"']);
    expect(texts('＂消防规划＂')).toEqual(['"消防规划"']);
    // A quote left open is not a phrase.
    expect(texts('"消防 规划')).toEqual(['消防', '规划']);
  });

  it('should read a 发文字号 as one term however it is spaced or bracketed', () => {
    for (const typed of [
      '西政办发〔2017〕7号',
      '西政办发 〔2017〕 7 号',
      '西政办发[2017]7号',
      '西政办发（2017）7号',
      '西政办发［２０１７］７号',
      '西政办发 2017 7号',
    ]) {
      expect(texts(typed), typed).toEqual(['西政办发〔2017〕7号']);
    }
    expect(texts('西政办发 [2017] 7号 垃圾')).toEqual(['西政办发〔2017〕7号', '垃圾']);
    // Without brackets, only as the whole query: otherwise 2017 and 7号 are words of their own.
    expect(texts('垃圾 西政办发 2017 7号')).toEqual(['垃圾', '西政办发', '2017', '7号']);
  });

  it('should normalize each term and keep what was typed', () => {
    expect(parseQuery('ＰＭ２．５ VOCs')).toEqual([
      { typed: 'PM2.5', text: 'pm2.5', quoted: false },
      { typed: 'VOCs', text: 'vocs', quoted: false },
    ]);
  });

  it(`should keep at most ${MAX_TERMS} terms`, () => {
    const many = Array.from({ length: MAX_TERMS + 3 }, (_, i) => `词${i}`).join(' ');
    expect(parseQuery(many).length).toBe(MAX_TERMS);
  });
});
