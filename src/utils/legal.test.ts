import { describe, expect, it } from 'vitest';
import { LEGAL_STATUS_ORDER } from '../pipeline/status/resolve.ts';
import { LEGAL_STATUSES } from '../schemas/notice.ts';
import { frontmatter, legal } from './fixtures.ts';
import {
  citedName,
  computedOn,
  legalSchemaFields,
  relationGroups,
  relationHref,
  statusDetail,
  statusSummary,
} from './legal.ts';
import { legislationJsonLd } from './notice-view.ts';

const outside = {
  text: '《西城区科技计划项目管理办法》（西科文〔2012〕9号）',
  title: '西城区科技计划项目管理办法',
  docNumber: '西科文〔2012〕9号',
  verb: '同时废止',
  date: '2017-06-06',
};
const inGazette = { text: '西政发〔2015〕3号', docNumber: '西政发〔2015〕3号', slug: 'xzf-2015-3', verb: '不再执行' };

describe('the statuses', () => {
  it('should be the same five in the schema and in the pipeline', () => {
    expect([...LEGAL_STATUSES].sort()).toEqual([...LEGAL_STATUS_ORDER].sort());
  });
});

describe('statusDetail', () => {
  it('should say what each status rests on', () => {
    expect(statusDetail(legal({ status: '有效', validUntil: '2022-06-05' }))).toBe('有效期至2022年6月5日');
    expect(statusDetail(legal({ status: '已失效', validUntil: '2022-06-05' }))).toBe('有效期已于2022年6月5日届满');
    expect(
      statusDetail(
        legal({
          status: '已废止',
          repealedBy: [
            { slug: 'xzf-2017-30', title: '关于印发某办法的通知', docNumber: '西政发〔2017〕30号', date: '2017-09-01' },
          ],
        }),
      ),
    ).toBe('已被西政发〔2017〕30号废止（自2017年9月1日起）');
    expect(statusDetail(legal({ status: '尚未施行', effective: '2026-08-17' }))).toBe('自2026年8月17日起施行');
  });

  it('should say for 未标注有效期 that the site does not judge whether it still applies', () => {
    expect(statusDetail(legal({ effective: '2017-05-01' }))).toBe(
      '自2017年5月1日起施行；文中未载明有效期，本站不判断其现在是否有效',
    );
    expect(statusDetail(legal())).toBe('文中未载明施行日期和有效期，本站不判断其是否有效');
  });
});

describe('computedOn and statusSummary', () => {
  it('should name the day the status is computed for', () => {
    expect(computedOn(legal({ asOf: '2026-05-01' }))).toBe('按2026年5月1日计算');
    expect(statusSummary(legal({ status: '已失效', validUntil: '2022-06-05', asOf: '2026-05-01' }))).toBe(
      '有效性：已失效（有效期已于2022年6月5日届满，按2026年5月1日计算）',
    );
  });
});

describe('relations', () => {
  it('should link a notice of the gazette and give none for a document outside it', () => {
    expect(relationHref(inGazette.slug)).toBe('/notices/xzf-2015-3/');
    expect(relationHref(undefined)).toBeUndefined();
  });

  it('should cite a document by its 《title》 with its number beside it, else by its number', () => {
    expect(citedName(outside)).toEqual({ name: '《西城区科技计划项目管理办法》', number: '西科文〔2012〕9号' });
    expect(citedName(inGazette)).toEqual({ name: '西政发〔2015〕3号' });
  });
});

describe('relationGroups', () => {
  it('should list both directions, notices of the gazette as links and other documents by name and number', () => {
    const groups = relationGroups(
      legal({
        repeals: [outside, inGazette],
        repealedBy: [
          { slug: 'xzbf-2017-21', title: '关于\n某事的通知', docNumber: '西政办发〔2017〕21号', date: '2017-09-22' },
        ],
        extendedBy: [{ slug: 'xzf-2019-2', title: '关于延长有效期的通知', until: '2021-08-31' }],
      }),
    );
    expect(groups).toEqual([
      {
        relation: 'repeals',
        label: '本文废止',
        items: [
          { name: '《西城区科技计划项目管理办法》', number: '西科文〔2012〕9号', when: '自2017年6月6日起' },
          { href: '/notices/xzf-2015-3/', name: '西政发〔2015〕3号' },
        ],
      },
      {
        relation: 'repealedBy',
        label: '废止本文',
        items: [
          {
            href: '/notices/xzbf-2017-21/',
            name: '关于某事的通知',
            number: '西政办发〔2017〕21号',
            when: '自2017年9月22日起',
          },
        ],
      },
      {
        relation: 'extendedBy',
        label: '延长本文',
        items: [{ href: '/notices/xzf-2019-2/', name: '关于延长有效期的通知', when: '有效期延长至2021年8月31日' }],
      },
    ]);
  });

  it('should give no group for a notice without relations', () => {
    expect(relationGroups(legal())).toEqual([]);
  });
});

describe('legalSchemaFields', () => {
  it('should claim InForce for 有效, with the last day as expires and each repeal as legislationChanges', () => {
    const data = frontmatter({
      legal: legal({ status: '有效', force: 'InForce', validUntil: '2022-06-05', repeals: [outside, inGazette] }),
    });
    expect(legalSchemaFields(data, 'https://example.org/')).toEqual({
      legislationLegalForce: 'https://schema.org/InForce',
      expires: '2022-06-05',
      legislationChanges: [
        { '@type': 'Legislation', name: '西城区科技计划项目管理办法', legislationIdentifier: '西科文〔2012〕9号' },
        {
          '@type': 'Legislation',
          name: '西政发〔2015〕3号',
          legislationIdentifier: '西政发〔2015〕3号',
          url: 'https://example.org/notices/xzf-2015-3/',
        },
      ],
    });
  });

  it('should claim nothing for 未标注有效期 and give nothing for a notice without a status', () => {
    expect(legalSchemaFields(frontmatter({ legal: legal({ effective: '2017-05-01' }) }))).toEqual({});
    expect(legalSchemaFields(frontmatter())).toEqual({});
  });

  it('should put the same fields into the JSON-LD', () => {
    const data = frontmatter({
      title: '某办法',
      legal: legal({ status: '已失效', force: 'NotInForce', validUntil: '2022-06-05' }),
    });
    expect(JSON.parse(legislationJsonLd(data, undefined, legalSchemaFields(data)))).toMatchObject({
      name: '某办法',
      legislationLegalForce: 'https://schema.org/NotInForce',
      expires: '2022-06-05',
    });
  });
});
