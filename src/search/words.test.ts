import { describe, expect, it } from 'vitest';
import { segmenterKnowing } from '../../tests/support/search-index-fixture.ts';
import { wordsOf, zhSegmenter } from './words.ts';

const GAZETTE = '区长副区长工作分工。西城区消防规划。秋冬季大气污染。关于垃圾分类的意见。十三五时期';
const occurs = async (text: string) => GAZETTE.includes(text);
const segment = segmenterKnowing([
  '分工',
  '城区',
  '消防',
  '规划',
  '大气',
  '污染',
  '冬季',
  '垃圾',
  '分类',
  '意见',
  '关于',
  '十三',
]);

describe('wordsOf', () => {
  it('should cut a term into the words the segmenter knows', async () => {
    expect(await wordsOf('消防规划', segment, occurs)).toEqual(['消防', '规划']);
    expect(await wordsOf('垃圾分类意见', segment, occurs)).toEqual(['垃圾', '分类', '意见']);
  });

  it('should join a single character to the next word, else the previous one, when the gazette has the result', async () => {
    // 区 + 长 → 区长; 西 + 城区 → 西城区; 秋 + 冬季 → 秋冬季; 十三 + 五 → 十三五.
    expect(await wordsOf('区长分工', segment, occurs)).toEqual(['区长', '分工']);
    expect(await wordsOf('西城区消防规划', segment, occurs)).toEqual(['西城区', '消防', '规划']);
    expect(await wordsOf('大气污染秋冬季', segment, occurs)).toEqual(['大气', '污染', '秋冬季']);
    expect(await wordsOf('十三五消防', segment, occurs)).toEqual(['十三五', '消防']);
  });

  it('should keep a single character the gazette has in no longer word, and drop function words', async () => {
    expect(await wordsOf('量子计算机', segment, occurs)).toEqual(['量', '子', '计', '算', '机']);
    expect(await wordsOf('关于垃圾分类的意见', segment, occurs)).toEqual(['关于', '垃圾', '分类', '意见']);
    expect(await wordsOf('的', segment, occurs)).toEqual(['的']);
  });

  it('should leave out punctuation', async () => {
    expect(await wordsOf('消防、规划。', segment, occurs)).toEqual(['消防', '规划']);
  });

  it('should work with the browser segmenter (Intl.Segmenter)', async () => {
    expect(await wordsOf('冰雪运动规划', zhSegmenter(), async () => false)).toEqual(['冰雪', '运动', '规划']);
  });
});
