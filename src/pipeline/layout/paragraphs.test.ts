import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, source } from '../fixtures/load.ts';
import { normalizeLines } from '../normalize/lines.ts';
import { MARKED_LINES, PARAGRAPH_LINES, PDFTOTEXT_LINES } from '../fixtures/geometries.ts';
import { learnGeometry } from './geometry.ts';
import { joinPieces, rebuildParagraphs } from './paragraphs.ts';

const MARKED = MARKED_LINES;
const PARAGRAPHS = PARAGRAPH_LINES;

const paragraphsOf = (raw: string[], layout: 'wrapped' | 'paragraphs') => {
  const { lines } = normalizeLines(source(raw));
  return rebuildParagraphs(lines, layout === 'wrapped' ? MARKED : PARAGRAPHS).map((p) => p.text);
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

describe('joinPieces', () => {
  it('joins Chinese without a space and Latin words with one', () => {
    expect(joinPieces('西城', '区')).toBe('西城区');
    expect(joinPieces('Beijing', 'Xicheng')).toBe('Beijing Xicheng');
  });
});

describe('rebuildParagraphs from the page geometry alone', () => {
  const fromFile = (file: ReturnType<typeof source>) => {
    const { lines } = normalizeLines(file);
    return rebuildParagraphs(lines, learnGeometry(lines)).map((p) => p.text.replace(/\s+/g, ''));
  };
  const local = (name: string) =>
    source(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').split('\n'));

  it('should give each numbered item of pdftotext output its own paragraph, across a page break', () => {
    const paragraphs = fromFile(local('pdftotext-default.txt'));
    expect(paragraphs.map((p) => p.slice(0, 2))).toEqual(['购情', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.']);
    // Item 7 runs over the page break (`—3—` and a form feed) and stays one paragraph.
    expect(paragraphs[6]).toMatch(/^7\.推进发展新产业.*众创空间等创新平台建设情况公开.*分别落实）$/);
  });

  it('should rebuild the same paragraphs from pdftotext -layout, where indentation marks them', () => {
    const layout = fromFile(local('pdftotext-layout.txt'));
    const numbered = layout.filter((p) => /^\d\./.test(p));
    expect(numbered.map((p) => p.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.']);
    const fromDefault = fromFile(local('pdftotext-default.txt'));
    for (const item of numbered.slice(1, 6)) expect(fromDefault).toContain(item);
  });

  it('should find the same paragraphs in the seed extraction with and without its trailing spaces', () => {
    const withSpaces = fromFile(fixture('wrapped-notice.txt'));
    const stripped = fixture('wrapped-notice.txt').text.replace(/[ \u00a0]+$/gm, '');
    expect(fromFile(source(stripped.split('\n')))).toEqual(withSpaces);
    expect(withSpaces.length).toBeGreaterThan(10);
  });

  it('should keep a line that stops short because the next starts with an unbreakable number', () => {
    const g = PDFTOTEXT_LINES;
    const { lines } = normalizeLines(
      source([
        '数据报送要求，通过北京市政府信息公开工作管理系统，数据统',
        '计平台“年报报送”、“国办数据报送”两个功能模块，在',
        '2018年初，分别向国务院、市政府办公厅报送本单位自2017年1',
        '月1日--12月31日间政府信息公开各项数据。（区政府办公室牵',
        '头，各部门、各街道负责落实）',
        '3.加强政府信息公开平台建设。',
      ]),
    );
    expect(rebuildParagraphs(lines, g).map((p) => p.lines.length)).toEqual([5, 1]);
  });

  it('should not take an unindented line for a first line where indentation is kept (-layout)', () => {
    // `需` ends the line one character short: print carried `求` down with the comma after it.
    const { lines } = normalizeLines(
      source([
        '    2.在德胜街道开展各类垃圾全管理试点。在现有58个垃圾分',
        '类试点小区，开展垃圾分类和再生资源回收“两网融合”。',
        '    3.区环卫中心根据新街口街道垃圾分类全覆试点的保障需',
        '求，做好所涉及车辆、人员、场地的后端保障准备工作，为',
        '2018年全面保障做好准备。',
      ]),
    );
    const g = { ...PDFTOTEXT_LINES, indented: true };
    expect(rebuildParagraphs(lines, g).map((p) => p.lines.length)).toEqual([2, 3]);
    // Without kept indentation the same unindented line after a numbered phrase starts a paragraph.
    expect(rebuildParagraphs(lines, PDFTOTEXT_LINES).map((p) => p.lines.length)).toEqual([2, 1, 2]);
  });
});

describe('an article captioned on its own line', () => {
  it('should end the caption there even when it fills the line (local regulations caption every article)', () => {
    const lines = normalizeLines(
      source([
        '第十八条（用地预审与选址意见书、用地规划许可证）',
        '管线工程建设需要使用土地或者需要改变原土地规划使用性质的，',
        '管线建设单位应当按照规定取得建设项目用地预审与选址意见书。',
      ]),
    ).lines;
    const geometry = { ...PDFTOTEXT_LINES, measure: 50 };
    expect(rebuildParagraphs(lines, geometry).map((p) => p.text)).toEqual([
      '第十八条（用地预审与选址意见书、用地规划许可证）',
      '管线工程建设需要使用土地或者需要改变原土地规划使用性质的，管线建设单位应当按照规定取得建设项目用地预审与选址意见书。',
    ]);
  });
});

describe('what line breaking pushes down', () => {
  it('should count opening marks with the character they go down with (`（《消`)', () => {
    const lines = normalizeLines(
      source([
        '（二十一）物业服务企业不履行消防安全职责逾期未改',
        '（《消防法》第67条）；',
        '（二十二）搭建临时建筑物、构筑物或者改变建筑物用途不',
        '符合消防安全要求（《上海市消防条例》第70条第1项）；',
      ]),
    ).lines;
    expect(rebuildParagraphs(lines, PDFTOTEXT_LINES).map((p) => p.text)).toEqual([
      '（二十一）物业服务企业不履行消防安全职责逾期未改（《消防法》第67条）；',
      '（二十二）搭建临时建筑物、构筑物或者改变建筑物用途不符合消防安全要求（《上海市消防条例》第70条第1项）；',
    ]);
  });
});

describe('a line that ends inside brackets', () => {
  it('should go on however short print set it (punctuation closed up, a bracketed number kept whole)', () => {
    // pdftotext of the site's print of 西政发〔2017〕11号: the second line is 48 of 56 wide.
    const lines = normalizeLines(
      source([
        '各单位、各部门要按照《中华人民共和国非物质文化遗产',
        '法》、《国务院关于加强文化遗产保护的通知》（国发',
        '〔2005〕42号）、《国务院办公厅关于加强我国非物质文化遗',
        '文化遗产的保护、管理和合理利用工作。',
      ]),
    ).lines;
    expect(rebuildParagraphs(lines, PDFTOTEXT_LINES).map((p) => p.lines.length)).toEqual([4]);
  });

  it('should still end a paragraph there before a heading', () => {
    const lines = normalizeLines(source(['依照《条例》（第一', '一、总则'])).lines;
    expect(rebuildParagraphs(lines, PDFTOTEXT_LINES).map((p) => p.text)).toEqual(['依照《条例》（第一', '一、总则']);
  });
});

describe('a line that ends on a word binding to what follows', () => {
  it('should go on after `…中的` even when the next line looks like a first line (no heading ends so)', () => {
    // pdftotext -layout of the site's print of 西政发〔2017〕13号 at 85 %: the line stopped short
    // of `“3540”`, which print kept whole.
    const lines = normalizeLines(
      source([
        '   （一）文中所称“就业困难人员”，特指本区登记失业人员中的',
        '“3540”（女满35周岁、男满40周岁）以上人员、残疾人、享受最低生活',
        '零就业家庭成员、社区矫正人员和刑满释放人员。',
        '   （二）文中所称“退休人员”，特指女性60岁（含）以下。',
      ]),
    ).lines;
    const g = { ...PDFTOTEXT_LINES, indented: true, margin: 0, measure: 66 };
    expect(rebuildParagraphs(lines, g).map((p) => p.lines.length)).toEqual([3, 1]);
  });

  it('should still end a heading that names a purpose (`目的`)', () => {
    const lines = normalizeLines(source(['（一）编制目的', '为规范政府行为，制定本办法。'])).lines;
    expect(rebuildParagraphs(lines, PDFTOTEXT_LINES).map((p) => p.text)).toEqual([
      '（一）编制目的',
      '为规范政府行为，制定本办法。',
    ]);
  });
});

describe('a short numbered line with a count in brackets', () => {
  it('should start a block after a full line that ends bare (`二、方便群众出行方面（3件）`)', () => {
    // pdftotext of the site's print of 西政办发〔2017〕7号 at 115 %: the line before fills the measure.
    const lines = normalizeLines(
      source([
        '协办单位：区住房城市建设委、区房管局、区安全',
        '监管局、区房地中心、北京宣房集团、相关街道办事处',
        '二、方便群众出行方面（3件）',
        '6.实施“停车场设施建设”，新建居住区停车泊位',
      ]),
    ).lines;
    const g = { ...PDFTOTEXT_LINES, measure: 48 };
    expect(rebuildParagraphs(lines, g).map((p) => p.text)).toEqual([
      '协办单位：区住房城市建设委、区房管局、区安全监管局、区房地中心、北京宣房集团、相关街道办事处',
      '二、方便群众出行方面（3件）',
      '6.实施“停车场设施建设”，新建居住区停车泊位',
    ]);
  });
});

describe('a labelled field', () => {
  it('should end where the next field or a numbered item begins, however full its last line', () => {
    // pdftotext of the site's print of 西政办发〔2017〕6号 at 115 %: each field fills its line.
    const lines = normalizeLines(
      source([
        '牵头单位：区政府办公室、区政府法制办、区编办',
        '责任单位：全区各部门',
        '完成时限：在2016年推进的基础上持续落实',
        '2.按照市政府年度政务公开重点任务要求，本着只',
        '增不减的原则，制定年度必公开项清单。',
      ]),
    ).lines;
    expect(rebuildParagraphs(lines, { ...PDFTOTEXT_LINES, measure: 48 }).map((p) => p.lines.length)).toEqual([
      1, 1, 1, 2,
    ]);
  });
});
