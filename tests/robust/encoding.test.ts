// SPEC §3 (v2): "a file in UTF-16 (with its byte-order mark) or GB18030 is decoded and said so,
// anything else not valid UTF-8 is refused". Before, a GBK file was read with every Chinese name
// turned into `���`, and a UTF-16 file refused with V8's message full of NUL bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../src/model/parse';
import { decodeFile, decodedSample } from '../../src/model/encoding';

const XISHAN = readFileSync(join(import.meta.dirname, '../../scenarios/xishan-1-plus-4.json'), 'utf8');

function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const le = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return be;
}

/** GB18030 bytes of a text: the characters used here are in GBK's two-byte range (a table made with iconv). */
const GBK: Record<string, number[]> = { 锡: [0xce, 0xfd], 山: [0xc9, 0xbd], 区: [0xc7, 0xf8], 镇: [0xd5, 0xf2] };
function gbk(text: string): Uint8Array {
  return Uint8Array.from([...text].flatMap((c) => GBK[c] ?? [c.charCodeAt(0)]));
}

describe('the bytes of a file', () => {
  it('UTF-8, with or without its mark, is read as it is and not remarked on', () => {
    for (const bytes of [Buffer.from(XISHAN), Buffer.from(`\ufeff${XISHAN}`)]) {
      const decoded = decodeFile(bytes);
      expect(decoded.ok && decoded.encoding).toBe('UTF-8');
      expect(decoded.ok && parseScenarioFile(decoded.text).ok).toBe(true);
    }
  });

  it('UTF-16 with its mark (Notepad’s “Unicode”), either byte order, is decoded and said so', () => {
    for (const endian of ['le', 'be'] as const) {
      const decoded = decodeFile(utf16(XISHAN, endian));
      expect(decoded.ok && decoded.encoding).toBe(endian === 'le' ? 'UTF-16LE' : 'UTF-16BE');
      expect(decoded.ok && decoded.confirm).toBe(false);
      const parsed = decoded.ok ? parseScenarioFile(decoded.text) : undefined;
      expect(parsed?.ok && parsed.file.title).toBe(JSON.parse(XISHAN).title);
    }
  });

  it('GB18030 (“ANSI” on Chinese Windows) is decoded, to be confirmed by the user, with the Chinese text right', () => {
    const text = '{"title":"锡山区","units":[{"name":"东港镇"}]}'.replace('东港', '锡山');
    const decoded = decodeFile(gbk(text));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.encoding).toBe('GB18030');
    expect(decoded.confirm).toBe(true);
    expect(decoded.text).toBe(text);
    expect(decodedSample(decoded.text)).toEqual([text]);
  });

  it('bytes that are neither UTF-8 nor GB18030 are refused with words, not replaced with �', () => {
    for (const bytes of [Uint8Array.from([0x7b, 0x22, 0xff, 0x22, 0x7d]), Uint8Array.from([0x7b, 0x81, 0x20, 0x7d]), Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0xc7, 0x7d]), Uint8Array.from([0xff, 0xfe, 0x00, 0xd8])]) {
      const decoded = decodeFile(bytes);
      expect(decoded.ok).toBe(false);
      if (decoded.ok) continue;
      expect(decoded.error.code).toBe('file.notUtf8');
      expect(decoded.error.message.zh).toContain('UTF-8');
      expect(decoded.error.message.en).not.toMatch(/\u0000|\ufffd/);
    }
  });
});

describe('names of downloaded files, made from titles', () => {
  it('hold no control or bidi characters, never end in a dot, and are never cut inside a character', async () => {
    const { fileName } = await import('../../src/ui/export/download');
    expect(fileName('报告\u202Egpj.exe')).toBe('报告_gpj.exe');
    expect(fileName('a\u0085b\u2066c')).toBe('a_b_c');
    expect(fileName('方案.')).toBe('方案');
    const cut = fileName('😀'.repeat(200));
    expect([...cut].length).toBe(120);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
