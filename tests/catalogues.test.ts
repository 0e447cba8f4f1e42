// Every user-facing text exists in Chinese and English, and no key means two things.
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { officeEn } from '../src/i18n/office-en';
import { officeZh } from '../src/i18n/office-zh';
import { uiEn } from '../src/i18n/ui-en';
import { uiZh } from '../src/i18n/ui-zh';
import { zhCN } from '../src/i18n/zh-CN';

describe('message catalogues', () => {
  it('the engine and app catalogues share no key', () => {
    const shared = Object.keys(zhCN).filter((key) => Object.hasOwn(uiZh, key));
    expect(shared).toEqual([]);
    expect([...Object.keys(zhCN), ...Object.keys(uiZh)].filter((key) => Object.hasOwn(officeZh, key))).toEqual([]);
  });

  it('English has every Chinese key and no other', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.keys(uiEn).sort()).toEqual(Object.keys(uiZh).sort());
    expect(Object.keys(officeEn).sort()).toEqual(Object.keys(officeZh).sort());
  });

  it('no message renders empty or with an unfilled placeholder', () => {
    const ref = { id: 'x', name: 'x', builtIn: false, toString: () => 'x' };
    const sample = new Proxy({}, { get: (_, key) => (key === 'functions' ? [ref, ref] : key === 'fn' ? ref : key === 'fields' || key === 'parts' || key === 'functions' || key === 'bureaus' || key === 'zones' || key === 'hosts' || key === 'known' || key === 'allowed' || key === 'kinds' || key === 'ids' || key === 'wanted' || key === 'found' || key === 'columns' ? ['x', 'y'] : key === 'remove' ? 1 : typeof key === 'string' ? 1 : undefined) });
    for (const catalogue of [zhCN, en, uiZh, uiEn, officeZh, officeEn] as Array<Record<string, (a: unknown) => string>>) {
      for (const [key, render] of Object.entries(catalogue)) {
        const text = render(sample);
        expect(text, key).not.toBe('');
        expect(text, key).not.toMatch(/undefined|\[object|NaN/);
      }
    }
  });
});
