import { describe, expect, it } from 'vitest';
import { source } from '../fixtures/load.ts';
import { normalizeLines } from '../normalize/lines.ts';
import { joinPieces, measureOf, rebuildParagraphs } from './paragraphs.ts';

const paragraphsOf = (raw: string[], layout: 'wrapped' | 'paragraphs') => {
  const { lines } = normalizeLines(source(raw));
  return rebuildParagraphs(lines, layout, layout === 'wrapped' ? 64 : 0).map((p) => p.text);
};

describe('rebuildParagraphs, wrapped layout', () => {
  it('joins wrapped lines; a trailing space ends the paragraph', () => {
    expect(
      paragraphsOf(
        [
          '（四）科技支撑。充分发挥西城区的优势，借助社会力量和人才，提',
          '',
          '高规划实施的科技含量，推进规划落到实处。 ',
          '',
          '一、综合优秀单位 ',
          '',
        ],
        'wrapped',
      ),
    ).toEqual([
      '（四）科技支撑。充分发挥西城区的优势，借助社会力量和人才，提高规划实施的科技含量，推进规划落到实处。',
      '一、综合优秀单位',
    ]);
  });

  it('continues across a printed page break (a line that starts with a space)', () => {
    expect(
      paragraphsOf(
        [
          '政府部门 10 家：区发展改革委（区协同办）、区教委、区科信委、区',
          '',
          '区政府外事侨务办、区统计局； ',
          ' 常设临时性机构 8 家：区重大办。 ',
        ],
        'wrapped',
      ),
    ).toEqual([
      '政府部门10家：区发展改革委（区协同办）、区教委、区科信委、区区政府外事侨务办、区统计局；',
      '常设临时性机构8家：区重大办。',
    ]);
  });

  it('joins a document number split at the line end', () => {
    expect(
      paragraphsOf(
        ['为深入贯彻《关于建立健全粮食安全省长责任制的若干意见》（国', '', '发〔2014〕69 号）文件精神。 '],
        'wrapped',
      ),
    ).toEqual(['为深入贯彻《关于建立健全粮食安全省长责任制的若干意见》（国发〔2014〕69号）文件精神。']);
  });

  it('keeps going when the trailing space is only the one inserted before a number', () => {
    expect(
      paragraphsOf(['座，全区市政消火栓达到 1789 座，市政消火栓完好率达到全区市政消防 ', '', '96%。 '], 'wrapped'),
    ).toEqual(['座，全区市政消火栓达到1789座，市政消火栓完好率达到全区市政消防96%。']);
  });
});

describe('rebuildParagraphs, paragraph-per-line layout', () => {
  it('joins a paragraph cut at a page boundary', () => {
    expect(
      paragraphsOf(
        [
          '（二）各成员单位要密切配合、相互支持、形成合力，认真',
          '',
          '落实联席会议议定事项，充分发挥联席会议作用。',
          '',
          '（三）联席会议办公室根据工作需要召开联络员会议。',
        ],
        'paragraphs',
      ),
    ).toEqual([
      '（二）各成员单位要密切配合、相互支持、形成合力，认真落实联席会议议定事项，充分发挥联席会议作用。',
      '（三）联席会议办公室根据工作需要召开联络员会议。',
    ]);
  });

  it('does not join a heading to the paragraph after it', () => {
    expect(paragraphsOf(['四、保障措施', '', '（一）建立工作机制'], 'paragraphs')).toEqual([
      '四、保障措施',
      '（一）建立工作机制',
    ]);
  });
});

describe('joinPieces and measureOf', () => {
  it('joins Chinese without a space and Latin words with one', () => {
    expect(joinPieces('西城', '区')).toBe('西城区');
    expect(joinPieces('Beijing', 'Xicheng')).toBe('Beijing Xicheng');
  });

  it('measures the printed line width from the text', () => {
    const { lines } = normalizeLines(
      source(Array.from({ length: 20 }, () => '消防安全事关经济发展和社会的稳定大局，是城市公共安全保障体系的')),
    );
    expect(measureOf(lines)).toBe(62);
  });
});
