// The small values of a scenario file (SPEC §3): ids, names, free text, counts, meta.
import fc from 'fast-check';
import type { Staff } from '../../src/model';

/** Ids JavaScript objects are fond of: a unit or bureau may be called any of them. */
export const AWKWARD_IDS = [
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'baseline',
  '.', '-', '_', '0', '..', 'x'.repeat(64),
] as const;

/** Short ids collide often, which exercises every place that must keep ids unique. */
export const idArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z]{1,3}$/) },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9_.-]{1,64}$/) },
  { weight: 1, arbitrary: fc.constantFrom(...AWKWARD_IDS) },
);

export const SPECIAL_NAMES = [
  '<script>alert("x")</script>',
  '"引号" \'single\' `back` \\ /',
  '锡山经济技术开发区管委会',
  '无锡市锡山区东港镇',
  '招商服务局（投资促进中心）',
  '&amp; <b>bold</b> </title>',
  'a\nb\tc\r\n',
  '\u200b零宽空格',
  '${name} {{x}} %s',
  'Ω≈ç√∫ é',
  '名'.repeat(200),
  '😀'.repeat(200), // 200 characters, 400 UTF-16 code units
  'x\ud800y', // a lone surrogate survives JSON text both ways
] as const;

const CJK = [...'开发区管委会管理办公室镇街道招商局产业科技党群综合财政规划建设锡山东港羊尖'];

/** The parser refuses a name that is only white space (see the regression on that). */
const notBlank = (text: string): boolean => text.trim() !== '';

export const nameArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_NAMES) },
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...CJK), minLength: 1, maxLength: 12 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter(notBlank) },
);

/** Free text (notes, doc, $schema): anything, the empty string too. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('锡编〔2025〕12号', '', '<script>1</script>', '"'),
);

/** Staff, posts and caps: mostly small, sometimes the limits of SPEC §3. */
export const countArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 10, arbitrary: fc.nat(30) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1_000_000) },
);

/** Options for every record that ends up in a file: JSON.parse never gives a null prototype. */
export const PLAIN = { noNullPrototype: true } as const;

export const staffArb: fc.Arbitrary<Staff> = fc.record({ admin: countArb, institutional: countArb }, PLAIN);

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Any JSON object without the keys SPEC §3 forbids, as JSON.parse would give it back (no -0). */
export const metaArb: fc.Arbitrary<Record<string, unknown>> = fc
  .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })
  .map((value) => JSON.parse(JSON.stringify(value), (key, inner: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : inner)));

/** `arb` with the given chance (in tenths), else undefined, to which it shrinks. */
export function optionalArb<T>(arb: fc.Arbitrary<T>, tenths = 5): fc.Arbitrary<T | undefined> {
  return fc.oneof(
    { withCrossShrink: true },
    { weight: 10 - tenths, arbitrary: fc.constant(undefined) },
    { weight: tenths, arbitrary: arb },
  );
}

/** Element `pick` of a non-empty list, wrapping round. */
export function pickOf<T>(items: readonly T[], pick: number): T {
  const item = items[pick % items.length];
  if (item === undefined) throw new Error('pickOf: empty list');
  return item;
}

/** `base`, or `base-2`, `base-3` … whichever is not taken yet; records it as taken. */
export function freshId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 56)}-${n}`;
  taken.add(id);
  return id;
}

/** v2 `by`: a name of 1 to 100 characters, the edges too. */
export const byArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('王科长', '锡山区委编办', 'Li Wei', '名'.repeat(100), '😀'.repeat(100), '<b>x</b>') },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** v2 `at`: an ISO 8601 date, or a date-time with or without seconds, fraction and offset (never a day its month lacks). */
export const atArb: fc.Arbitrary<string> = fc
  .record({
    when: fc.date({ min: new Date('0001-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }),
    form: fc.nat(5),
    offset: fc.integer({ min: -14 * 60, max: 14 * 60 }),
  }, PLAIN)
  .map(({ when, form, offset }) => {
    const date = `${pad(when.getUTCFullYear(), 4)}-${pad(when.getUTCMonth() + 1)}-${pad(when.getUTCDate())}`;
    const minutes = `${pad(when.getUTCHours())}:${pad(when.getUTCMinutes())}`;
    const zone = offset === 0 && form % 2 === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
    switch (form) {
      case 0:
        return date;
      case 1:
        return `${date}T${minutes}`;
      case 2:
        return `${date}T${minutes}:${pad(when.getUTCSeconds())}${zone}`;
      case 3:
        return `${date}T${minutes}:${pad(when.getUTCSeconds())}.${pad(when.getUTCMilliseconds(), 3)}${zone}`;
      default:
        return `${date}T${minutes}${zone}`;
    }
  });
