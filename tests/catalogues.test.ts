// Every user-facing text exists in Chinese and English, and no key means two things.
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { format2En } from '../src/i18n/format2-en';
import { format2Zh } from '../src/i18n/format2-zh';
import { shareEn } from '../src/i18n/share-en';
import { shareZh } from '../src/i18n/share-zh';
import { uiEn } from '../src/i18n/ui-en';
import { uiZh } from '../src/i18n/ui-zh';
import { zhCN } from '../src/i18n/zh-CN';

describe('message catalogues', () => {
  it('the engine, app and format-2 catalogues share no key', () => {
    const shared = Object.keys(zhCN).filter((key) => Object.hasOwn(uiZh, key));
    expect(shared).toEqual([]);
    const sharedV2 = Object.keys(format2Zh).filter((key) => Object.hasOwn(zhCN, key) || Object.hasOwn(uiZh, key));
    expect(sharedV2).toEqual([]);
    const sharing = Object.keys(shareZh).filter((key) => Object.hasOwn(zhCN, key) || Object.hasOwn(uiZh, key) || Object.hasOwn(format2Zh, key));
    expect(sharing).toEqual([]);
  });

  it('English has every Chinese key and no other', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.keys(uiEn).sort()).toEqual(Object.keys(uiZh).sort());
    expect(Object.keys(format2En).sort()).toEqual(Object.keys(format2Zh).sort());
    expect(Object.keys(shareEn).sort()).toEqual(Object.keys(shareZh).sort());
  });

  it('no message renders empty or with an unfilled placeholder', () => {
    const ref = { id: 'x', name: 'x', builtIn: false, toString: () => 'x' };
    const sample = new Proxy({}, { get: (_, key) => (key === 'functions' ? [ref, ref] : key === 'fn' ? ref : key === 'fields' || key === 'cleared' || key === 'parts' || key === 'functions' || key === 'bureaus' || key === 'zones' || key === 'hosts' || key === 'known' || key === 'allowed' || key === 'kinds' ? ['x', 'y'] : key === 'remove' ? 1 : typeof key === 'string' ? 1 : undefined) });
    for (const catalogue of [zhCN, en, uiZh, uiEn, format2Zh, format2En, shareZh, shareEn] as Array<Record<string, (a: unknown) => string>>) {
      for (const [key, render] of Object.entries(catalogue)) {
        const text = render(sample);
        expect(text, key).not.toBe('');
        expect(text, key).not.toMatch(/undefined|\[object|NaN/);
      }
    }
  });
});
