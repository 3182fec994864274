/**
 * An input problem the build must stop on. It carries what a publisher needs to fix the
 * file — name, line, reason — and is printed as one line, never as a stack trace.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;

  constructor(file: string, line: number | undefined, reason: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
