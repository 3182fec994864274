import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, source } from '../fixtures/load.ts';
import { normalizeLines } from '../normalize/lines.ts';
import { PDFTOTEXT_LINES } from '../fixtures/geometries.ts';
import { learnGeometry } from './geometry.ts';

const local = (name: string) =>
  source(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').split('\n'));
const geometryOf = (file: ReturnType<typeof source>) => learnGeometry(normalizeLines(file).lines);

describe('learnGeometry', () => {
  it('should read pdftotext default output as printed lines of 28 characters, no indentation kept', () => {
    expect(geometryOf(local('pdftotext-default.txt'))).toEqual(PDFTOTEXT_LINES);
  });

  it('should see that pdftotext -layout kept the first-line indent', () => {
    expect(geometryOf(local('pdftotext-layout.txt'))).toMatchObject({ layout: 'wrapped', measure: 56, indented: true });
  });

  it('should learn the measure from the prose, not from a longer list whose columns are runs of spaces', () => {
    // 30 rows of a name list against 12 lines of prose, printed at 85 % (33 characters a line).
    expect(geometryOf(local('pdftotext-layout-list.txt'))).toMatchObject({ layout: 'wrapped', measure: 66 });
  });

  it('should learn the measure from the sentences where a list of names is more regular than the prose', () => {
    // The default mode: the prose's figures vary its lines' widths; the agency names repeat theirs.
    expect(geometryOf(local('pdftotext-default-list.txt'))).toMatchObject({ layout: 'wrapped', measure: 66 });
  });

  it('should find the trailing space one extractor leaves at paragraph ends, and its 32-character measure', () => {
    expect(geometryOf(fixture('wrapped-notice.txt'))).toMatchObject({
      layout: 'wrapped',
      measure: 64,
      indented: false,
      trailingSpaceEnds: true,
      blankSeparated: true,
    });
  });

  it('should not rely on that space when the same text comes without it', () => {
    const stripped = fixture('wrapped-notice.txt').text.replace(/[ \u00a0]+$/gm, '');
    expect(geometryOf(source(stripped.split('\n')))).toMatchObject({ measure: 64, trailingSpaceEnds: false });
  });

  it('should read one paragraph per line, with or without a web page’s full-width indent', () => {
    const paragraphs = fixture('paragraph-issue.txt');
    expect(geometryOf(paragraphs)).toMatchObject({ layout: 'paragraphs', indented: false });
    const webCopy = source(paragraphs.text.split('\n').map((l) => (l.trim() === '' ? l : `\u3000\u3000${l}`)));
    expect(geometryOf(webCopy)).toMatchObject({ layout: 'paragraphs' });
  });

  it('should learn the measure from prose, not from a table’s cells printed again row after row', () => {
    // Five printed lines of 28 characters (56 half-width units) and a last line.
    const text =
      '希望本市工程勘察设计行业技术人员深入贯彻落实新发展理念，勇于创新，敢于实践，不断提升本市工程勘察设计水平，为推动行业高质量发展做出更大贡献。市住建委组织开展了首届上海市工程勘察设计大师培育选树活动，经审定，确定王挥等同志进入首届名单，现予公布。';
    const prose = Array.from({ length: Math.ceil(text.length / 28) }, (_, k) => text.slice(k * 28, k * 28 + 28));
    const cell = '上海市政工程设计研究总院（集团）有限公司';
    const table = Array.from({ length: 8 }, (_, r) => [String(r + 1), `王${r}`, cell]).flat();
    expect(geometryOf(source([...prose, ...table]))).toMatchObject({ layout: 'wrapped', measure: 56 });
  });

  it('should learn the measure from runs of lines as wide, not from a one-cell-a-line list of names', () => {
    const text =
      '希望本市工程勘察设计行业技术人员深入贯彻落实新发展理念，勇于创新，敢于实践，不断提升本市工程勘察设计水平，为推动行业高质量发展做出更大贡献。市住建委组织开展了首届上海市工程勘察设计大师培育选树活动，经审定，确定王挥等同志进入首届名单，现予公布。';
    const prose = Array.from({ length: Math.ceil(text.length / 28) }, (_, k) => text.slice(k * 28, k * 28 + 28));
    // Six names of 17 characters and five of 13, one after the other: more lines of one width
    // than the prose has, but never two alike in a row.
    const long = [
      '上海市地下空间设计研究总院有限',
      '上海市城市建设设计研究总院集团',
      '上海市政工程设计研究总院集团公',
      '同济大学建筑设计研究院集团公司',
      '上海勘察设计研究院集团有限公司',
      '上海市隧道工程轨道交通设计研究',
    ];
    const short = [
      '上海友为工程设计有限公',
      '华东建筑设计研究院有限',
      '上海建筑设计研究院有限',
      '上海申元岩土工程有限公',
      '上海邮电设计咨询研究院',
    ];
    const names = long.flatMap((n, k) => [`${n}司甲`, ...(short[k] ? [`${short[k]}司甲`] : [])]);
    expect(geometryOf(source([...prose, ...names]))).toMatchObject({ layout: 'wrapped', measure: 56 });
  });
});
