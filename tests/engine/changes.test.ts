// The change list (调整清单) says what each operation changes with its numbers, before → after,
// names the unit of every bureau it mentions, and old name → new name; worked out by hand from the
// 惠山 example's 方案一.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeChanges, loadScenarioFile } from '../../src/engine';
import { renderChange } from '../../src/i18n/changes';

const result = loadScenarioFile(readFileSync(join(import.meta.dirname, '../../scenarios/huishan-national-upgrade.json'), 'utf8'));
if (!result.ok) throw new Error('the example does not load');
const { loaded } = result;
const lines = describeChanges(loaded.baseline, loaded.file.scenarios[0]!.operations, loaded.context);
const zh = lines.map((line) => renderChange('zh', line.message));
const en = lines.map((line) => renderChange('en', line.message));
const ZONE = '惠山经济开发区党工委、管委会';

describe('the change list of 惠山 方案一', () => {
  it('a unit edit: each field before → after', () => {
    // op 1: set-unit level national, leaderPostCap 7, bodyCap 12 (today: provincial, 6, 10)
    expect(zh[0]).toBe(`调整 ${ZONE}：级别 省级 → 国家级；职数限额 6 → 7；机构限额 10 → 12`);
    expect(en[0]).toBe(`${ZONE}: level provincial → national; leader-post cap 6 → 7; body cap 10 → 12`);
    // op 2: the zone's own team 6 → 7
    expect(zh[1]).toBe(`调整 ${ZONE}：领导职数 6 → 7`);
  });

  it('a move says the bureau’s staff and posts; an edit after it names the new unit and old → new', () => {
    expect(zh[2]).toBe(`城市管理局（编制 14，职数 3）由 ${ZONE} 划转至 堰桥街道`);
    // op 4 renames it in 堰桥街道 and cuts it to 8 admin staff and 2 posts (fields in the order the file format lists them)
    expect(zh[3]).toBe('调整 堰桥街道 城市管理局：名称 城市管理局 → 城市管理办公室；编制 14 → 8；领导职数 3 → 2');
    expect(en[3]).toBe('城市管理局 of 堰桥街道: name 城市管理局 → 城市管理办公室; staff 14 → 8; leader posts 3 → 2');
  });

  it('an abolition says where its duties go, with that bureau’s unit', () => {
    expect(zh[5]).toBe(`撤销 ${ZONE} 社会事业局（编制 13，职数 3），职能并入 长安街道 社会事业办公室`);
  });

  it('a duty reassigned names both bureaus with their units', () => {
    expect(zh[9]).toBe(`“产业发展”职责由 ${ZONE} 经济发展局 划入 ${ZONE} 产业发展局`);
  });

  it('a new bureau with its staff and posts', () => {
    expect(zh[8]).toBe(`在 ${ZONE} 新设 产业发展局（编制 10，职数 2）`);
  });
});

describe('the change list of a format-2 file (苏州工业园 example, 方案一)', () => {
  const sip = loadScenarioFile(readFileSync(join(import.meta.dirname, '../../scenarios/sip-joint-office.json'), 'utf8'));
  if (!sip.ok) throw new Error('the example does not load');
  const sipLines = describeChanges(sip.loaded.baseline, sip.loaded.file.scenarios[0]!.operations, sip.loaded.context);

  it('a set-unit that clears a field with null says so, beside the fields it sets, and every line carries who and when', () => {
    // op 1: the park office's cap of 5 posts is dropped, and it runs as one with 旺庄街道 (it had no jointWith)
    expect(renderChange('zh', sipLines[0]!.message)).toBe('调整 无锡新加坡工业园管理办公室：职数限额 5 → 无（移除）；一体运作 无 → 旺庄街道');
    expect(renderChange('en', sipLines[0]!.message)).toBe('无锡新加坡工业园管理办公室: leader-post cap 5 → none (removed); joint running none → 旺庄街道');
    expect(sipLines.map((l) => [l.by, l.at])).toEqual(sip.loaded.file.scenarios[0]!.operations.map(() => ['新吴区委编办', '2025-04-16']));
  });
});
