// Every user-facing text exists in Chinese and English, and no key means two things.
import { describe, expect, it } from 'vitest';
import { cliEn } from '../src/i18n/cli-en';
import { cliZh } from '../src/i18n/cli-zh';
import { en } from '../src/i18n/en';
import { format2En } from '../src/i18n/format2-en';
import { format2Zh } from '../src/i18n/format2-zh';
import { uiEn } from '../src/i18n/ui-en';
import { uiZh } from '../src/i18n/ui-zh';
import { zhCN } from '../src/i18n/zh-CN';

describe('message catalogues', () => {
  it('the engine, screen, command-line and format-2 catalogues share no key', () => {
    const shared = (a: object, b: object) => Object.keys(a).filter((key) => Object.hasOwn(b, key));
    expect([...shared(zhCN, uiZh), ...shared(zhCN, cliZh), ...shared(uiZh, cliZh)]).toEqual([]);
    expect([...shared(format2Zh, zhCN), ...shared(format2Zh, uiZh), ...shared(format2Zh, cliZh)]).toEqual([]);
  });

  it('English has every Chinese key and no other', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.keys(uiEn).sort()).toEqual(Object.keys(uiZh).sort());
    expect(Object.keys(cliEn).sort()).toEqual(Object.keys(cliZh).sort());
    expect(Object.keys(format2En).sort()).toEqual(Object.keys(format2Zh).sort());
  });

  it('no message renders empty or with an unfilled placeholder', () => {
    const ref = { id: 'x', name: 'x', toString: () => 'x' };
    const sample = new Proxy({}, { get: (_, key) => (key === 'functions' ? [ref, ref] : key === 'fn' ? ref : key === 'fields' || key === 'cleared' || key === 'parts' || key === 'functions' || key === 'bureaus' || key === 'zones' || key === 'hosts' || key === 'known' || key === 'allowed' || key === 'kinds' ? ['x', 'y'] : key === 'remove' ? 1 : typeof key === 'string' ? 1 : undefined) });
    for (const catalogue of [zhCN, en, uiZh, uiEn, cliZh, cliEn, format2Zh, format2En] as Array<Record<string, (a: unknown) => string>>) {
      for (const [key, render] of Object.entries(catalogue)) {
        const text = render(sample);
        expect(text, key).not.toBe('');
        expect(text, key).not.toMatch(/undefined|\[object|NaN/);
      }
    }
  });
});
