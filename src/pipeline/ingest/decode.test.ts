import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { decodeSeed } from './decode.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

function failure(name: string, data: Uint8Array): InputError {
  try {
    decodeSeed(name, data);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('decodeSeed', () => {
  it('decodes UTF-8, drops a BOM and unifies line endings', () => {
    const f = decodeSeed('a.txt', bytes('\ufeff西政发〔2017〕2 号\r\n正文\r'));
    expect(f.text).toBe('西政发〔2017〕2 号\n正文\n');
  });

  it('rejects an empty file with its name', () => {
    const e = failure('empty.txt', new Uint8Array());
    expect(e.message).toBe('empty.txt: the file is empty');
  });

  it('rejects a whitespace-only file', () => {
    expect(failure('blank.txt', bytes(' \n\n \n')).reason).toMatch(/only whitespace/);
  });

  it('rejects a binary file and names the line of the NUL byte', () => {
    const e = failure('bin.txt', bytes('第一行\n第二行\n\u0000x'));
    expect(e.line).toBe(3);
    expect(e.reason).toMatch(/binary/);
  });

  it('rejects UTF-16 text (with a byte order mark) as such, not as binary', () => {
    const e = failure('utf16.txt', Uint8Array.from([0xff, 0xfe, 0x7f, 0x89, 0xce, 0x57]));
    expect(e.message).toBe('utf16.txt:1: the file is UTF-16 text, not UTF-8 (save it as UTF-8)');
  });

  it('rejects GBK text as not UTF-8, with the line', () => {
    // 西城 in GBK is 0xCE 0xF7 0xB3 0xC7.
    const e = failure('gbk.txt', Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0xce, 0xf7, 0xb3, 0xc7]));
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/^gbk\.txt:3: the file is not UTF-8 text/);
  });
});
