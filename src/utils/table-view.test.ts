import { describe, expect, it } from 'vitest';
import { markFirstColumn } from './table-view.ts';

/** The text of the cells marked as first column. */
const firstColumn = (html: string) =>
  Array.from(markFirstColumn(html).matchAll(/<t[dh]\b[^>]*class="[^"]*gw-col1[^"]*"[^>]*>([^<]*)/g), (m) => m[1]);

describe('markFirstColumn', () => {
  it('should mark the first cell of each row of a plain grid', () => {
    const html =
      '<table><thead><tr><th>序号</th><th>任务</th></tr></thead><tbody><tr><td>1</td><td>甲</td></tr></tbody></table>';
    expect(firstColumn(html)).toEqual(['序号', '1']);
  });

  it('should not mark the second column in the rows a cell spanning rows covers', () => {
    const html =
      '<table><tbody>' +
      '<tr><td rowSpan="3">类别</td><td>甲</td><td>乙</td></tr>' +
      '<tr><td>丙</td><td>丁</td></tr>' +
      '<tr><td>戊</td><td>己</td></tr>' +
      '<tr><td>其他</td><td>庚</td><td>辛</td></tr>' +
      '</tbody></table>';
    expect(firstColumn(html)).toEqual(['类别', '其他']);
  });

  it('should follow cells spanning rows in the middle columns', () => {
    const html =
      '<table><tbody>' +
      '<tr><td>1</td><td rowspan="2">主责</td><td>甲</td></tr>' +
      '<tr><td>2</td><td>乙</td></tr>' +
      '</tbody></table>';
    expect(firstColumn(html)).toEqual(['1', '2']);
  });

  it('should leave a cell spanning columns alone (a section row)', () => {
    const html =
      '<table><tbody><tr><td colSpan="3">一、主要目标</td></tr><tr><td>1</td><td>a</td><td>b</td></tr></tbody></table>';
    expect(firstColumn(html)).toEqual(['1']);
  });

  it('should keep a cell’s own class and everything outside tables', () => {
    const html = '<p class="x">正文</p><table><tr><th class="h" scope="row">项目</th></tr></table>';
    const out = markFirstColumn(html);
    expect(out).toContain('<p class="x">正文</p>');
    expect(out).toContain('<th class="h gw-col1" scope="row">');
    expect(out.replace(/ ?gw-col1/g, '')).toBe(html);
  });
});
