import { InputError } from '../errors.ts';
import type { SourceFile } from '../model.ts';

/** 1-based line of a byte offset, for error messages. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes a seed file strictly: UTF-8 (an optional BOM is dropped), no NUL bytes, not empty.
 * Line endings are unified to \n so that later stages see one convention.
 */
export function decodeSeed(name: string, bytes: Uint8Array): SourceFile {
  if (bytes.length === 0) throw new InputError(name, undefined, 'the file is empty');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(name, 1, 'the file is UTF-16 text, not UTF-8 (save it as UTF-8)');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new InputError(name, lineOfByte(bytes, nul), 'the file is binary, not text (it contains a NUL byte)');
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    throw new InputError(
      name,
      lineOfByte(bytes, bad),
      `the file is not UTF-8 text (invalid byte 0x${bytes[bad]!.toString(16)} at offset ${bad})`,
    );
  }
  let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InputError(name, undefined, 'the file holds only whitespace');
  return { name, text };
}
