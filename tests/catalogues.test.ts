// Every user-facing text exists in Chinese and English, and no key means two things.
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { robustEn } from '../src/i18n/robust-en';
import { robustZh } from '../src/i18n/robust-zh';
import { uiEn } from '../src/i18n/ui-en';
import { uiZh } from '../src/i18n/ui-zh';
import { zhCN } from '../src/i18n/zh-CN';

describe('message catalogues', () => {
  it('the engine and app catalogues share no key', () => {
    const shared = Object.keys(zhCN).filter((key) => Object.hasOwn(uiZh, key));
    expect(shared).toEqual([]);
    const keys = [...Object.keys(zhCN), ...Object.keys(uiZh)];
    expect(Object.keys(robustZh).filter((key) => keys.includes(key))).toEqual([]);
  });

  it('English has every Chinese key and no other', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.keys(uiEn).sort()).toEqual(Object.keys(uiZh).sort());
    expect(Object.keys(robustEn).sort()).toEqual(Object.keys(robustZh).sort());
  });

  it('no message renders empty or with an unfilled placeholder', () => {
    const ref = { id: 'x', name: 'x', builtIn: false, toString: () => 'x' };
    const sample = new Proxy({}, { get: (_, key) => (key === 'functions' ? [ref, ref] : key === 'fn' ? ref : key === 'fields' || key === 'parts' || key === 'functions' || key === 'bureaus' || key === 'zones' || key === 'hosts' || key === 'known' || key === 'lines' || key === 'allowed' || key === 'kinds' ? ['x', 'y'] : key === 'remove' ? 1 : typeof key === 'string' ? 1 : undefined) });
    for (const catalogue of [zhCN, en, uiZh, uiEn, robustZh, robustEn] as Array<Record<string, (a: unknown) => string>>) {
      for (const [key, render] of Object.entries(catalogue)) {
        const text = render(sample);
        expect(text, key).not.toBe('');
        expect(text, key).not.toMatch(/undefined|\[object|NaN/);
      }
    }
  });
});
