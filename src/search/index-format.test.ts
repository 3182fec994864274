import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './index-build.ts';
import { decodePostings, encodePostings, META_FILE, shardMap, shardOf, type IndexMeta } from './index-format.ts';
import { pairOffsets, textOf } from './index-reader.ts';

describe('postings', () => {
  it('should write pages and positions as base-36 differences and read them back', () => {
    const postings = new Map([
      [40, [3, 10, 400]],
      [2, [0]],
    ]);
    expect(encodePostings(postings)).toBe('2:0;14:3,7,au');
    expect(decodePostings('2:0;14:3,7,au')).toEqual(
      new Map([
        [2, [0]],
        [40, [3, 10, 400]],
      ]),
    );
    expect(decodePostings('')).toEqual(new Map());
  });
});

describe('shards', () => {
  it('should find the shard of a pair by its first unit, spread by the second when the first has several', () => {
    const map = shardMap(['区', '区', '北京', '市']);
    expect(map.get('区')).toEqual([0, 1]);
    expect(shardOf(map, '区长')).toBe('长'.charCodeAt(0) % 2);
    expect(shardOf(map, '京市')).toBe(2);
    expect(shardOf(map, '量子')).toBeUndefined();
  });

  it('should give a frequent character shards of its own and pack the others', () => {
    const text = '区'.repeat(30) + '北京市西城区';
    const files = buildSearchIndex([{ url: '/a/', content: text, meta: {}, filters: {}, anchors: [] }], {
      shardPositions: 10,
    });
    const meta = JSON.parse(files.get(META_FILE)!) as IndexMeta;
    // 区 starts 31 pairs: four shards of its own; the other five units fit in one (in code order).
    expect(meta.shards).toEqual(['区', '区', '区', '区', '京北城市西']);
    const map = shardMap(meta.shards);
    for (const pair of ['区区', '区\u0000', '北京', '城区']) {
      const shard = JSON.parse(files.get(`shard/${shardOf(map, pair)}.gzd`)!) as Record<string, string>;
      expect(shard[pair], pair).toBeDefined();
    }
  });
});

describe('pairOffsets', () => {
  it('should look up every other pair and the last, covering every character', () => {
    expect(pairOffsets(2)).toEqual([0]);
    expect(pairOffsets(3)).toEqual([0, 1]);
    expect(pairOffsets(4)).toEqual([0, 2]);
    expect(pairOffsets(7)).toEqual([0, 2, 4, 5]);
    expect(pairOffsets(1)).toEqual([]);
  });
});

describe('textOf', () => {
  it('should gunzip what the build wrote, and take text a host has decompressed as it is', async () => {
    expect(await textOf(gzipSync(Buffer.from('冰雪运动')))).toBe('冰雪运动');
    expect(await textOf(new TextEncoder().encode('冰雪运动'))).toBe('冰雪运动');
  });
});
