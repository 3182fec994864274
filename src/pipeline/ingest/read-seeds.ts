import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.ts';
import type { SourceFile } from '../model.ts';
import { decodeSeed } from './decode.ts';

/** Every `*.txt` of the seeds folder, sorted by name so that builds are reproducible. */
export function readSeeds(dir: string): SourceFile[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir)
      .filter((n) => n.toLowerCase().endsWith('.txt'))
      .sort();
  } catch {
    throw new InputError(dir, undefined, 'the seeds folder does not exist or cannot be read');
  }
  if (names.length === 0) throw new InputError(dir, undefined, 'the seeds folder holds no .txt file');
  return names.map((name) => decodeSeed(name, readBytes(dir, name)));
}

/** A seed's bytes; a `.txt` that is a folder or cannot be read is an input error, not a crash. */
function readBytes(dir: string, name: string): Uint8Array {
  try {
    return readFileSync(join(dir, name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      name,
      undefined,
      `the file cannot be read (${code === 'EISDIR' ? 'it is a folder' : (code ?? String(error))})`,
    );
  }
}
