// Every user-facing text exists in Chinese and English, and no key means two things.
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { uiEn } from '../src/i18n/ui-en';
import { uiZh } from '../src/i18n/ui-zh';
import { zhCN } from '../src/i18n/zh-CN';
import { meetingEn } from '../src/i18n/meeting-en';
import { meetingZh } from '../src/i18n/meeting-zh';
import { viewsEn } from '../src/i18n/views-en';
import { describeEn } from '../src/i18n/describe-en';
import { describeZh } from '../src/i18n/describe-zh';
import { viewsZh } from '../src/i18n/views-zh';

describe('message catalogues', () => {
  it('the engine and app catalogues share no key', () => {
    const all = [zhCN, uiZh, meetingZh, viewsZh, describeZh].flatMap((c) => Object.keys(c));
    expect(all.filter((key, i) => all.indexOf(key) !== i)).toEqual([]);
  });

  it('English has every Chinese key and no other', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.keys(uiEn).sort()).toEqual(Object.keys(uiZh).sort());
    expect(Object.keys(meetingEn).sort()).toEqual(Object.keys(meetingZh).sort());
    expect(Object.keys(viewsEn).sort()).toEqual(Object.keys(viewsZh).sort());
    expect(Object.keys(describeEn).sort()).toEqual(Object.keys(describeZh).sort());
  });

  it('no message renders empty or with an unfilled placeholder', () => {
    const ref = { id: 'x', name: 'x', builtIn: false, toString: () => 'x' };
    const changes = [{ field: 'name', from: 'x', to: 'y' }, { field: 'staff', from: { admin: 1, institutional: 2 }, to: { admin: 1, institutional: 0 } }, { field: 'functions', added: [ref], removed: [ref] }];
    const sample = new Proxy({}, { get: (_, key) => (key === 'changes' ? changes : key === 'functions' ? [ref, ref] : key === 'fn' ? ref : key === 'fields' || key === 'parts' || key === 'functions' || key === 'bureaus' || key === 'zones' || key === 'hosts' || key === 'known' || key === 'allowed' || key === 'kinds' ? ['x', 'y'] : key === 'remove' ? 1 : typeof key === 'string' ? 1 : undefined) });
    for (const catalogue of [zhCN, en, uiZh, uiEn, meetingZh, meetingEn, viewsZh, viewsEn, describeZh, describeEn] as Array<Record<string, (a: unknown) => string>>) {
      for (const [key, render] of Object.entries(catalogue)) {
        const text = render(sample);
        expect(text, key).not.toBe('');
        expect(text, key).not.toMatch(/undefined|\[object|NaN/);
      }
    }
  });
});
