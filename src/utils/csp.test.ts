import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowInlineScript, allowStyleAttribute, cspHash } from './csp.ts';

type Csp = Parameters<typeof allowInlineScript>[0];

function recorder() {
  const calls: [string, unknown][] = [];
  const csp = {
    insertDirective: (d: unknown) => calls.push(['directive', d]),
    insertScriptResource: (r: unknown) => calls.push(['scriptResource', r]),
    insertStyleResource: (r: unknown) => calls.push(['styleResource', r]),
    insertScriptHash: (h: unknown) => calls.push(['scriptHash', h]),
    insertStyleHash: (h: unknown) => calls.push(['styleHash', h]),
  } as unknown as Csp;
  return { csp, calls };
}

describe('cspHash', () => {
  it('should be the base64 SHA-256 of the UTF-8 text, as browsers compute it', () => {
    // The CSP spec's own example: alert('Hello, world.');
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
    expect(cspHash('字号')).toBe(`sha256-${createHash('sha256').update('字号').digest('base64')}`);
  });
});

describe('allowInlineScript / allowStyleAttribute', () => {
  it('should register the hash of exactly the text they return', () => {
    const { csp, calls } = recorder();
    expect(allowInlineScript(csp, 'print()')).toBe('print()');
    expect(calls).toEqual([['scriptHash', cspHash('print()')]]);
  });

  it("should allow a style attribute by hash under style-src-attr 'unsafe-hashes' only", () => {
    const { csp, calls } = recorder();
    expect(allowStyleAttribute(csp, '--gw-masthead-chars: 12')).toBe('--gw-masthead-chars: 12');
    expect(calls).toEqual([
      ['styleResource', { resource: "'unsafe-hashes'", kind: 'attribute' }],
      ['styleHash', { hash: cspHash('--gw-masthead-chars: 12'), kind: 'attribute' }],
    ]);
  });

  it('should pass the text through when CSP is off (Astro.csp undefined)', () => {
    expect(allowInlineScript(undefined, 'x()')).toBe('x()');
    expect(allowStyleAttribute(undefined, 'color: red')).toBe('color: red');
  });
});
