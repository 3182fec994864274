/**
 * The content build (`node src/pipeline/cli.ts`, SEEDS_DIR → CONTENT_DIR) on files it must
 * refuse: it exits non-zero and says on stderr which file, why, and at which line where one
 * applies, in one line, with no stack trace. A good seed sits beside the bad one, so the
 * message has to name the right file.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../src/pipeline/cli.ts', import.meta.url));
const GOOD_SEED = fileURLToPath(new URL('../../seeds/002_9a097e546c93f54c.txt', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'gazette-cli-'));

afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(
  seedsDir: string,
  contentDir = join(temp, `content-${Math.random().toString(36).slice(2)}`),
): Promise<Run> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [CLI], {
      env: { ...process.env, SEEDS_DIR: seedsDir, CONTENT_DIR: contentDir, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => ok({ code, stdout, stderr }));
  });
}

/** A seeds folder holding the good seed and one bad file. */
function seedsWith(name: string, bytes: Uint8Array | string): string {
  const dir = join(temp, `seeds-${name.replace(/\W/g, '_')}`);
  mkdirSync(dir, { recursive: true });
  copyFileSync(GOOD_SEED, join(dir, '002_good.txt'));
  writeFileSync(join(dir, name), bytes);
  return dir;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

const CASES: { what: string; name: string; bytes: Uint8Array | string; message: RegExp }[] = [
  {
    what: 'an empty file',
    name: 'a_empty.txt',
    bytes: '',
    message: /^gazette build failed: a_empty\.txt: the file is empty$/,
  },
  {
    what: 'a binary file (PNG bytes)',
    name: 'b_image.txt',
    bytes: Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]),
    message: /^gazette build failed: b_image\.txt:3: the file is binary, not text \(it contains a NUL byte\)$/,
  },
  {
    what: 'GBK text',
    // 北京市西城区人民政府文件 / 西政发〔2017〕2号 — the second line in GBK.
    name: 'c_gbk.txt',
    bytes: concat(
      utf8('北京市西城区人民政府文件\n'),
      Uint8Array.from([0xce, 0xf7, 0xd5, 0xfe, 0xb7, 0xa2, 0xa1, 0xb2, 0x32, 0x30, 0x31, 0x37]),
    ),
    message: /^gazette build failed: c_gbk\.txt:2: the file is not UTF-8 text \(invalid byte 0xce at offset \d+\)$/,
  },
  {
    what: 'UTF-16 text',
    name: 'd_utf16.txt',
    bytes: Uint8Array.from([0xff, 0xfe, 0x17, 0x53, 0xac, 0x4e]),
    message: /^gazette build failed: d_utf16\.txt:1: the file is UTF-16 text, not UTF-8 \(save it as UTF-8\)$/,
  },
  {
    what: 'a file with no notice (a cover and 目录 only)',
    name: 'e_cover.txt',
    bytes: '北京市西城区人民政府公报\n\n目 录\n\n关于某事的通知\t1\n\n— 1 —\n',
    message: /^gazette build failed: e_cover\.txt:1: no notice found \(.+\)$/,
  },
];

describe('the content build refuses bad seed files with file, line and reason', () => {
  it.each(CASES)('$what', { timeout: 60_000 }, async ({ name, bytes, message }) => {
    const run = await runCli(seedsWith(name, bytes));
    expect(run.code).not.toBe(0);
    expect(
      run.stderr.split('\n').filter((l) => /^\s{4}at /.test(l)),
      'stack trace lines on stderr',
    ).toEqual([]);
    expect(run.stderr.trim()).toMatch(message);
  });

  it('a missing seeds folder', { timeout: 60_000 }, async () => {
    const run = await runCli(join(temp, 'no-such-folder'));
    expect(run.code).not.toBe(0);
    expect(run.stderr).not.toMatch(/^\s{4}at /m);
    expect(run.stderr.trim()).toMatch(
      /^gazette build failed: .*no-such-folder: the seeds folder does not exist or cannot be read$/,
    );
  });

  it('a folder named like a seed', { timeout: 60_000 }, async () => {
    const dir = seedsWith('f_ok.txt', '');
    rmSync(join(dir, 'f_ok.txt'));
    mkdirSync(join(dir, 'f_folder.txt'));
    const run = await runCli(dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).not.toMatch(/^\s{4}at /m);
    expect(run.stderr.trim()).toBe('gazette build failed: f_folder.txt: the file cannot be read (it is a folder)');
  });

  it('a content folder that cannot be written', { timeout: 60_000 }, async () => {
    const blocker = join(temp, 'content-is-a-file');
    writeFileSync(blocker, 'in the way');
    const run = await runCli(
      seedsWith('g_good.txt', '北京市西城区人民政府文件\n西政发〔2017〕2号\n关于测试的通知\n正文。\n'),
      blocker,
    );
    expect(run.code).not.toBe(0);
    expect(run.stderr).not.toMatch(/^\s{4}at /m);
    expect(run.stderr.trim()).toMatch(
      /^gazette build failed: cannot write the content to .*content-is-a-file: ENOTDIR/,
    );
  });

  it('good seeds build, and the report goes to stdout', { timeout: 60_000 }, async () => {
    const dir = join(temp, 'seeds-good');
    mkdirSync(dir, { recursive: true });
    copyFileSync(GOOD_SEED, join(dir, '002_good.txt'));
    const run = await runCli(dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^gazette build: 1 files, \d+ notices/);
  });
});
