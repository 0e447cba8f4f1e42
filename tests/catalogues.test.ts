// Every user-facing text exists in Chinese and English, and no key means two things.
import { describe, expect, it } from 'vitest';
import { changesEn } from '../src/i18n/changes-en';
import { changesZh } from '../src/i18n/changes-zh';
import { cliEn } from '../src/i18n/cli-en';
import { cliZh } from '../src/i18n/cli-zh';
import { describeEn } from '../src/i18n/describe-en';
import { describeZh } from '../src/i18n/describe-zh';
import { en } from '../src/i18n/en';
import { encodingEn } from '../src/i18n/encoding-en';
import { encodingZh } from '../src/i18n/encoding-zh';
import { format2En } from '../src/i18n/format2-en';
import { format2Zh } from '../src/i18n/format2-zh';
import { meetingEn } from '../src/i18n/meeting-en';
import { meetingZh } from '../src/i18n/meeting-zh';
import { keepEn } from '../src/i18n/keep-en';
import { keepZh } from '../src/i18n/keep-zh';
import { menusEn } from '../src/i18n/menus-en';
import { menusZh } from '../src/i18n/menus-zh';
import { officeEn } from '../src/i18n/office-en';
import { officeZh } from '../src/i18n/office-zh';
import { assistantEn } from '../src/i18n/assistant-en';
import { assistantZh } from '../src/i18n/assistant-zh';
import { officeViewEn } from '../src/i18n/officeView-en';
import { officeViewZh } from '../src/i18n/officeView-zh';
import { officeUiEn } from '../src/i18n/officeui-en';
import { officeUiZh } from '../src/i18n/officeui-zh';
import { planEn } from '../src/i18n/plan-en';
import { readingEn } from '../src/i18n/reading-en';
import { readingZh } from '../src/i18n/reading-zh';
import { planZh } from '../src/i18n/plan-zh';
import { planningEn } from '../src/i18n/planning-en';
import { planningZh } from '../src/i18n/planning-zh';
import { robustEn } from '../src/i18n/robust-en';
import { robustZh } from '../src/i18n/robust-zh';
import { shareEn } from '../src/i18n/share-en';
import { shareZh } from '../src/i18n/share-zh';
import { statusEn } from '../src/i18n/status-en';
import { statusZh } from '../src/i18n/status-zh';
import { reviewEn } from '../src/i18n/review-en';
import { reviewZh } from '../src/i18n/review-zh';
import { sharingEn } from '../src/i18n/sharing-en';
import { sharingZh } from '../src/i18n/sharing-zh';
import { shareViewEn } from '../src/i18n/shareView-en';
import { shareViewZh } from '../src/i18n/shareView-zh';
import { uiEn } from '../src/i18n/ui-en';
import { uiZh } from '../src/i18n/ui-zh';
import { viewsEn } from '../src/i18n/views-en';
import { viewsZh } from '../src/i18n/views-zh';
import { zhCN } from '../src/i18n/zh-CN';

type Catalogue = Record<string, (a: unknown) => string>;
/** Every catalogue pair, Chinese first: one line each. */
const PAIRS: Array<[name: string, zh: object, en: object]> = [
  ['engine', zhCN, en],
  ['ui', uiZh, uiEn],
  ['format2', format2Zh, format2En],
  ['changes', changesZh, changesEn],
  ['describe', describeZh, describeEn],
  ['meeting', meetingZh, meetingEn],
  ['views', viewsZh, viewsEn],
  ['share', shareZh, shareEn],
  ['sharing', sharingZh, sharingEn],
  ['shareView', shareViewZh, shareViewEn],
  ['plan', planZh, planEn],
  ['office', officeZh, officeEn],
  ['officeui', officeUiZh, officeUiEn],
  ['officeView', officeViewZh, officeViewEn],
  ['status', statusZh, statusEn],
  ['review', reviewZh, reviewEn],
  ['menus', menusZh, menusEn],
  ['cli', cliZh, cliEn],
  ['robust', robustZh, robustEn],
  ['keep', keepZh, keepEn],
  ['encoding', encodingZh, encodingEn],
  ['reading', readingZh, readingEn],
  ['assistant', assistantZh, assistantEn],
  ['planning', planningZh, planningEn],
];

describe('message catalogues', () => {
  it('no two catalogues share a key', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, zh] of PAIRS) {
      for (const key of Object.keys(zh)) {
        const first = owner.get(key);
        if (first !== undefined) clashes.push(`${key}: ${first} and ${name}`);
        else owner.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each(PAIRS)('%s: English has every Chinese key and no other', (_, zh, english) => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(zh).sort());
  });

  it('no message renders empty or with an unfilled placeholder', () => {
    const ref = { id: 'x', name: 'x', builtIn: false, toString: () => 'x' };
    const lists = new Set(['fields', 'cleared', 'parts', 'functions', 'bureaus', 'zones', 'hosts', 'known', 'allowed', 'kinds', 'ids', 'wanted', 'found', 'columns', 'reasons', 'conflict', 'problems', 'items', 'lines', 'kept']);
    const changes = [{ field: 'name', from: 'x', to: 'y' }, { field: 'staff', from: { admin: 1, institutional: 2 }, to: { admin: 1, institutional: 0 } }, { field: 'bodyCap', from: 9, to: null, cleared: true }, { field: 'functions', added: [ref], removed: [ref] }];
    // `changes` is a list of field changes in the change list, a count elsewhere
    const sample = (name: string) => new Proxy({}, { get: (_, key) => (key === 'changes' && name === 'changes' ? changes : key === 'functions' || key === 'refs' ? [ref, ref] : key === 'fn' ? ref : typeof key === 'string' && lists.has(key) ? ['x', 'y'] : key === 'remove' ? 1 : typeof key === 'string' ? 1 : undefined) });
    for (const [name, zh, english] of PAIRS) {
      for (const catalogue of [zh, english] as Catalogue[]) {
        for (const [key, render] of Object.entries(catalogue)) {
          const text = render(sample(name));
          expect(text, key).not.toBe('');
          expect(text, key).not.toMatch(/undefined|\[object|NaN/);
        }
      }
    }
  });
});
