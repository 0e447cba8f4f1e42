// Long names are shortened in the middle: the start and the end, which tell bodies apart, stay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortenMiddle, textEms } from '../src/ui/text';

describe('shortenMiddle', () => {
  it('keeps a name that fits', () => {
    expect(shortenMiddle('财政局', 5)).toBe('财政局');
  });

  it('keeps both ends of a long unit name', () => {
    const short = shortenMiddle('锡山经济技术开发区党工委、管委会', 10);
    expect(short).toMatch(/^锡山经济.*….*管委会$/);
    expect(textEms(short)).toBeLessThanOrEqual(10);
  });

  it('never comes out wider than asked, and keeps a start and an end of what it was', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 220 }), fc.integer({ min: 3, max: 40 }), (text, ems) => {
        const short = shortenMiddle(text, ems);
        if (short === text) {
          expect(textEms(text)).toBeLessThanOrEqual(ems);
          return;
        }
        expect(textEms(short)).toBeLessThanOrEqual(ems);
        const [head, tail] = [short.slice(0, short.indexOf('…')), short.slice(short.indexOf('…') + 1)];
        expect(text.startsWith(head)).toBe(true);
        expect(text.endsWith(tail)).toBe(true);
      }),
    );
  });
});
