import { describe, expect, it } from 'vitest';
import { endsInsideBrackets } from './chars.ts';

describe('endsInsideBrackets', () => {
  it('should tell a bracket opened on the line and still open at its end', () => {
    expect(endsInsideBrackets('的通知》（国发')).toBe(true);
    expect(endsInsideBrackets('《车用压燃式、气体燃料点燃式发动机（中国Ⅲ、Ⅳ、Ⅴ')).toBe(true);
    expect(endsInsideBrackets('（十二）消防设施未保持完好有效（《消防法》')).toBe(true);
  });

  it('should not count brackets closed on the line, nor a closing one opened before it', () => {
    expect(endsInsideBrackets('（国发〔2005〕42号）。')).toBe(false);
    expect(endsInsideBrackets('阶段）》（GB 17691-2005）中的')).toBe(false);
    expect(endsInsideBrackets('见附件）')).toBe(false);
  });
});
