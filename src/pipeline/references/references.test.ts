import { describe, expect, it } from 'vitest';
import type { Inline, Notice, Paragraph } from '../model.ts';
import { blankNotice } from '../structure/blank-notice.ts';
import { findReferences } from './find.ts';
import { resolveReferences } from './index.ts';

const span = { file: 't.txt', line: 1 };

function notice(
  slug: string,
  number: string | undefined,
  title: string,
  text: string,
  extra: Partial<Notice> = {},
): Notice {
  const [, agency, year, serial] = number ? /^(.+)〔(\d+)〕(\d+)号$/.exec(number)! : [];
  const meta = {
    title,
    ...(number ? { docNumber: { agency: agency!, year: Number(year), serial: Number(serial), text: number } } : {}),
  };
  return {
    ...blankNotice('notice', span, { id: 'i', file: 't.txt' }, 0, meta),
    slug,
    body: [{ type: 'paragraph', inlines: [{ type: 'text', value: text }], span }],
    ...extra,
  };
}

const refsOf = (n: Notice) =>
  (n.body[0] as Paragraph).inlines.filter((i): i is Extract<Inline, { type: 'ref' }> => i.type === 'ref');

describe('findReferences', () => {
  it('finds numbers and titles in order, with exact offsets', () => {
    const text =
      '根据《北京市人民政府关于在市场体系建设中建立公平竞争审查制度的实施意见》（京政发〔2016〕48号）精神和国发〔2016〕31号文件';
    const found = findReferences(text);
    expect(found.map((f) => [f.kind, text.slice(f.start, f.end), f.key])).toEqual([
      [
        'title',
        '《北京市人民政府关于在市场体系建设中建立公平竞争审查制度的实施意见》',
        '北京市人民政府关于在市场体系建设中建立公平竞争审查制度的实施意见',
      ],
      ['number', '京政发〔2016〕48号', '京政发〔2016〕48号'],
      ['number', '国发〔2016〕31号', '国发〔2016〕31号'],
    ]);
  });

  it('does not take the word before a number into its 机关代字', () => {
    const text = '按照西政办发〔2017〕7号要求';
    const [f] = findReferences(text);
    expect(text.slice(f!.start, f!.end)).toBe('西政办发〔2017〕7号');
  });
});

describe('resolveReferences', () => {
  const plan = notice(
    'xzbf-2017-7',
    '西政办发〔2017〕7号',
    '北京市西城区人民政府办公室关于印发北京市西城区2017年为群众拟办重要实事的通知',
    '正文。',
    {
      issued: [{ id: 'wb', title: '北京市西城区2017年为群众拟办重要实事', blocks: [], span }],
      attachments: [
        { id: 'fj-1', label: '附件', title: '德胜街道等15个街道2017年为群众拟办重要实事', blocks: [], span },
      ],
    },
  );
  const citing = notice(
    'xzbf-2017-9',
    '西政办发〔2017〕9号',
    '北京市西城区人民政府办公室关于某事的通知',
    '按照西政办发〔2017〕7号和《北京市西城区2017年为群众拟办重要实事》及其《德胜街道等15个街道2017年为群众拟办重要实事》，' +
      '参照《北京市2017年为群众拟办重要实事》，依据《中华人民共和国消防法》和京政发〔2016〕48号，' +
      '废止《北京市西城区人民政府办公室关于印发北京市西城区2017年为群众拟办重要实事的通知》（西政办发〔2016〕28号）。',
  );
  const refs = resolveReferences([plan, citing]);
  const inline = refsOf(citing);

  it('links a number in the gazette to its notice', () => {
    expect(inline[0]).toEqual({
      type: 'ref',
      kind: 'number',
      value: '西政办发〔2017〕7号',
      href: '/notices/xzbf-2017-7/',
    });
  });

  it('links the title of an issued plan and of an attachment to their sections', () => {
    expect(inline[1]!.href).toBe('/notices/xzbf-2017-7/#wb');
    expect(inline[2]!.href).toBe('/notices/xzbf-2017-7/#fj-1');
  });

  it('does not link a title that differs by a word, a law, or a number outside the gazette', () => {
    expect(inline.slice(3, 6).map((r) => [r.value, r.href])).toEqual([
      ['《北京市2017年为群众拟办重要实事》', undefined],
      ['《中华人民共和国消防法》', undefined],
      ['京政发〔2016〕48号', undefined],
    ]);
  });

  it('does not link a title whose printed number is another document of the same title', () => {
    expect(inline[6]!.href).toBeUndefined();
    expect(inline[7]).toMatchObject({ value: '西政办发〔2016〕28号', kind: 'number' });
    expect(inline[7]!.href).toBeUndefined();
  });

  it('lists 本文引用 once per document, and 引用本文 as the inverse', () => {
    const cites = refs.cites.get('xzbf-2017-9')!;
    expect(cites.map((c) => c.href ?? c.text)).toEqual([
      '/notices/xzbf-2017-7/',
      '《北京市2017年为群众拟办重要实事》',
      '《中华人民共和国消防法》',
      '京政发〔2016〕48号',
      '《北京市西城区人民政府办公室关于印发北京市西城区2017年为群众拟办重要实事的通知》',
    ]);
    expect(cites.at(-1)!.docNumber).toBe('西政办发〔2016〕28号');
    expect(refs.citedBy.get('xzbf-2017-7')).toEqual([
      { slug: 'xzbf-2017-9', title: citing.meta.title, docNumber: '西政办发〔2017〕9号' },
    ]);
    expect(refs.citedBy.get('xzbf-2017-9')).toBeUndefined();
  });

  it('keeps the text of every paragraph unchanged', () => {
    expect((citing.body[0] as Paragraph).inlines.map((i) => i.value).join('')).toMatch(
      /^按照西政办发〔2017〕7号和《北京市西城区/,
    );
  });
});

describe('references by a shortened or mistyped title', () => {
  const plan = notice(
    'xzf-2017-7',
    '西政发〔2017〕7号',
    '北京市西城区人民政府关于印发北京市西城区土壤污染防治工作方案的通知',
    '正文。',
    {
      issued: [{ id: 'wb', title: '北京市西城区土壤污染防治工作方案', blocks: [], span }],
    },
  );
  const medical = notice(
    'xzf-2017-5',
    '西政发〔2017〕5号',
    '北京市西城区人民政府关于印发北京市西城区医药分开综合改革实施方案的通知',
    '正文。',
    {
      issued: [{ id: 'wb', title: '北京市西城区医药分开综合改革实施方案', blocks: [], span }],
    },
  );
  const cite = (text: string) => {
    const n = notice('xzbf-2017-11', '西政办发〔2017〕11号', '北京市西城区人民政府办公室关于某事的通知', text);
    const refs = resolveReferences([plan, medical, n]);
    return { inline: refsOf(n).map((r) => [r.value, r.href]), refs };
  };

  it('should link a title cited without its region and closed by a mistyped bracket, both ways', () => {
    const { inline, refs } = cite('为深入实施《西城区土壤污染防治工作方案)，扎实做好2017年工作。');
    expect(inline).toEqual([['《西城区土壤污染防治工作方案)', '/notices/xzf-2017-7/#wb']]);
    expect(refs.citedBy.get('xzf-2017-7')?.map((c) => c.slug)).toEqual(['xzbf-2017-11']);
  });

  it('should link a title cited without both levels of place names, and with 〉 for 》', () => {
    expect(cite('落实《土壤污染防治工作方案〉要求。').inline).toEqual([
      ['《土壤污染防治工作方案〉', '/notices/xzf-2017-7/#wb'],
    ]);
  });

  it('should not link another government’s document of the same name', () => {
    expect(cite('依据北京市《医药分开综合改革实施方案》等文件要求。').inline).toEqual([
      ['《医药分开综合改革实施方案》', undefined],
    ]);
    expect(cite('落实《北京市土壤污染防治工作方案》。').inline).toEqual([
      ['《北京市土壤污染防治工作方案》', undefined],
    ]);
  });

  it('should not read a parenthesis in running text as a mistyped title', () => {
    const { inline } = cite('见《附表（一）说明，以下（二）项从略）。');
    expect(inline).toEqual([]);
  });

  it('should link none of two documents that share the shortened title', () => {
    const other = notice(
      'xzf-2018-1',
      '西政发〔2018〕1号',
      '北京市东城区人民政府关于印发东城区土壤污染防治工作方案的通知',
      '正文。',
      {
        issued: [{ id: 'wb', title: '北京市东城区土壤污染防治工作方案', blocks: [], span }],
      },
    );
    const n = notice(
      'xzbf-2017-12',
      '西政办发〔2017〕12号',
      '北京市西城区人民政府办公室关于某事的通知',
      '落实《土壤污染防治工作方案》。',
    );
    resolveReferences([plan, other, n]);
    expect(refsOf(n).map((r) => r.href)).toEqual([undefined]);
  });
});
