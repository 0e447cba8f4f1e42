// SPEC §7, the rules that look at one state: each case breaks the rule, and the nearest case that
// does not. Checked on the baseline; scenarios are checked the same way.
import { describe, expect, it } from 'vitest';
import type { Bureau, RuleSettings, Unit } from '../../src/model';
import {
  brokenBy,
  bureau,
  file,
  group,
  hasChinese,
  office,
  platform,
  scenario,
  street,
  town,
  unit,
  violationsOf,
  zone,
} from './build';

/** Zone `xs` (锡山经开区) with `economic` economic and `other` general internal bodies. */
function ratioFile(economic: number, other: number, fields: Partial<Unit> = {}, rules?: RuleSettings, extra: Bureau[] = []) {
  const bureaus = [
    ...Array.from({ length: economic }, (_, i) => bureau(`e${i}`, 'xs', { category: 'economic' })),
    ...Array.from({ length: other }, (_, i) => bureau(`g${i}`, 'xs', { category: 'general' })),
    ...extra,
  ];
  return file({ units: [zone('xs', { name: '锡山经开区', ...fields })], bureaus, ...(rules ? { rules } : {}) });
}

describe('econ-ratio', () => {
  it('is broken by a separated zone below 60%, an error on the unit', () => {
    // 2 of 5 = 0.4
    expect(brokenBy(violationsOf(ratioFile(2, 3)), 'econ-ratio')).toEqual([{ subject: 'xs', severity: 'error' }]);
  });

  it('is not broken at exactly 60%', () => {
    // 3 of 5 = 0.6
    expect(brokenBy(violationsOf(ratioFile(3, 2)), 'econ-ratio')).toEqual([]);
  });

  it('is broken just below the minimum', () => {
    // 3 of 5 = 0.6 against a minimum of 0.6001
    expect(brokenBy(violationsOf(ratioFile(3, 2, {}, { economicRatioMin: 0.6001 })), 'econ-ratio')).toHaveLength(1);
    // 4 of 7 ≈ 0.571 against the default 0.6
    expect(brokenBy(violationsOf(ratioFile(4, 3)), 'econ-ratio')).toHaveLength(1);
  });

  it('takes economicRatioMin from the file', () => {
    // 1 of 2 = 0.5: passes 0.5, fails the default 0.6
    expect(brokenBy(violationsOf(ratioFile(1, 1, {}, { economicRatioMin: 0.5 })), 'econ-ratio')).toEqual([]);
    expect(brokenBy(violationsOf(ratioFile(1, 1)), 'econ-ratio')).toHaveLength(1);
    // 2 of 3 ≈ 0.667: passes the default, fails 0.75
    expect(brokenBy(violationsOf(ratioFile(2, 1)), 'econ-ratio')).toEqual([]);
    expect(brokenBy(violationsOf(ratioFile(2, 1, {}, { economicRatioMin: 0.75 })), 'econ-ratio')).toHaveLength(1);
    // 0 of 1 passes a minimum of 0
    expect(brokenBy(violationsOf(ratioFile(0, 1, {}, { economicRatioMin: 0 })), 'econ-ratio')).toEqual([]);
  });

  it('does not check an integrated zone', () => {
    expect(brokenBy(violationsOf(ratioFile(0, 4, { governance: 'integrated' })), 'econ-ratio')).toEqual([]);
  });

  // v2: an office takes its zone's governance, or is separated from the district without a zone
  function officeFile(parent: 'separated' | 'integrated' | 'none', economic: number, other: number) {
    const units = [zone('xs', { name: '锡山经开区', governance: parent === 'integrated' ? 'integrated' : 'separated' }), unit('po', 'office', { name: '科创园办' })];
    if (parent !== 'none') units[1]!.parent = 'xs';
    const bureaus = [
      ...Array.from({ length: economic }, (_, i) => bureau(`e${i}`, 'po', { category: 'economic' })),
      ...Array.from({ length: other }, (_, i) => bureau(`g${i}`, 'po', { category: 'general' })),
    ];
    return file({ units, bureaus });
  }

  it('is broken by an office of a separated zone below 60% (v2), an error on the office', () => {
    // 1 of 2 = 0.5
    expect(brokenBy(violationsOf(officeFile('separated', 1, 1)), 'econ-ratio')).toEqual([{ subject: 'po', severity: 'error' }]);
    // 3 of 5 = 0.6 is enough
    expect(brokenBy(violationsOf(officeFile('separated', 3, 2)), 'econ-ratio')).toEqual([]);
  });

  it('does not check an office of an integrated zone (v2)', () => {
    expect(brokenBy(violationsOf(officeFile('integrated', 0, 2)), 'econ-ratio')).toEqual([]);
  });

  it('is broken by an office under no zone below 60%: it is separated from the district (v2)', () => {
    // 2 of 4 = 0.5; 2 of 3 ≈ 0.667
    expect(brokenBy(violationsOf(officeFile('none', 2, 2)), 'econ-ratio')).toEqual([{ subject: 'po', severity: 'error' }]);
    expect(brokenBy(violationsOf(officeFile('none', 2, 1)), 'econ-ratio')).toEqual([]);
  });

  it("names an office's zone, or says that it has none", () => {
    const [zhParented] = violationsOf(officeFile('separated', 1, 1), 'baseline', 'zh').filter((v) => v.rule === 'econ-ratio');
    const [enParented] = violationsOf(officeFile('separated', 1, 1), 'baseline', 'en').filter((v) => v.rule === 'econ-ratio');
    expect(zhParented?.message).toContain('科创园办（所属锡山经开区区政分设）');
    expect(enParented?.message).toContain('its zone 锡山经开区 separate from the district');
    const [zh] = violationsOf(officeFile('none', 0, 1), 'baseline', 'zh').filter((v) => v.rule === 'econ-ratio');
    const [en] = violationsOf(officeFile('none', 0, 1), 'baseline', 'en').filter((v) => v.rule === 'econ-ratio');
    expect(zh?.message).toContain('不隶属主体开发区');
    expect(en?.message).toContain('under no main zone');
    expect(zh?.message).toContain('功能园区');
    expect(en?.message).toContain('functional parks');
  });

  it('does not check a zone with no internal bodies (ratio null)', () => {
    const institutions = [bureau('i', 'xs', { type: 'institution', category: 'general' })];
    expect(brokenBy(violationsOf(ratioFile(0, 0, {}, undefined, institutions)), 'econ-ratio')).toEqual([]);
  });

  it('does not count public institutions, however economic', () => {
    // internal: 1 economic of 2 = 0.5, whatever the five economic institutions
    const institutions = Array.from({ length: 5 }, (_, i) => bureau(`i${i}`, 'xs', { type: 'institution', category: 'economic' }));
    expect(brokenBy(violationsOf(ratioFile(1, 1, {}, undefined, institutions)), 'econ-ratio')).toHaveLength(1);
  });

  it('names the zone and says how many bodies to move out or convert', () => {
    // 2 of 5: moving out k non-economic bodies needs 2 / (5 − k) ≥ 0.6 → k = 2 (2/3); k = 1 gives 2/4
    // converting j bodies needs (2 + j) / 5 ≥ 0.6 → j = 1
    const [en] = violationsOf(ratioFile(2, 3), 'baseline', 'en').filter((v) => v.rule === 'econ-ratio');
    const [zh] = violationsOf(ratioFile(2, 3), 'baseline', 'zh').filter((v) => v.rule === 'econ-ratio');
    expect(en?.message).toContain('锡山经开区');
    expect(en?.message).toMatch(/\b2\b[^.]*non-economic/);
    expect(en?.message).toMatch(/\b1 internal body into economic/);
    expect(en?.message).toContain('40%');
    expect(zh?.message).toContain('锡山经开区');
    expect(zh?.message).toContain('将 2 个');
    expect(zh?.message).toContain('将 1 个');
    expect(zh?.message).toContain('40%');
  });
});

describe('social-in-zone', () => {
  // the zone covers 东亭街道; its bureaus carry the duties given
  function socialFile(kind: 'separated' | 'integrated' | 'office', functions: string[], fileFunctions?: Array<{ id: string; name: string; category: 'economic' | 'social' | 'general' }>) {
    const units = [
      zone('xs', { name: '锡山经开区', governance: kind === 'integrated' ? 'integrated' : 'separated', territory: ['dt'] }),
      street('dt', { name: '东亭街道' }),
      office('po', 'xs', { name: '产业园办' }),
    ];
    const holder = kind === 'office' ? 'po' : 'xs';
    return file({ units, bureaus: [bureau('sb', holder, { name: '社会事业局', category: 'general', functions })], ...(fileFunctions ? { functions: fileFunctions } : {}) });
  }

  it('is broken by a bureau of a separated zone that carries a social duty, an error on the bureau', () => {
    expect(brokenBy(violationsOf(socialFile('separated', ['finance', 'urban-management'])), 'social-in-zone')).toEqual([
      { subject: 'sb', severity: 'error' },
    ]);
  });

  it('is broken once per bureau, however many social duties it carries', () => {
    expect(brokenBy(violationsOf(socialFile('separated', ['urban-management', 'land-acquisition'])), 'social-in-zone')).toEqual([
      { subject: 'sb', severity: 'error' },
    ]);
  });

  it('is broken by a bureau of an office that carries a social duty', () => {
    expect(brokenBy(violationsOf(socialFile('office', ['land-acquisition'])), 'social-in-zone')).toEqual([
      { subject: 'sb', severity: 'error' },
    ]);
  });

  it('is not broken in an integrated zone', () => {
    expect(brokenBy(violationsOf(socialFile('integrated', ['urban-management', 'livelihood-services'])), 'social-in-zone')).toEqual([]);
  });

  it('is not broken by an office of an integrated zone (v2: the office takes its zone’s governance)', () => {
    const raw = file({
      units: [zone('xw', { governance: 'integrated' }), office('sip', 'xw')],
      bureaus: [bureau('sb', 'sip', { functions: ['livelihood-services'] })],
    });
    expect(brokenBy(violationsOf(raw), 'social-in-zone')).toEqual([]);
  });

  it('is broken by an office under no zone (v2), and names the streets it coordinates as hosts', () => {
    const raw = file({
      units: [unit('ro', 'office', { name: '度假区办', territory: ['qm'] }), street('qm', { name: '清名桥街道' })],
      bureaus: [bureau('ops', 'ro', { name: '运维中心', functions: ['municipal-maintenance'] })],
    });
    expect(brokenBy(violationsOf(raw), 'social-in-zone')).toEqual([{ subject: 'ops', severity: 'error' }]);
    for (const lang of ['en', 'zh'] as const) {
      expect(violationsOf(raw, 'baseline', lang).find((v) => v.rule === 'social-in-zone')?.message).toContain('清名桥街道');
    }
  });

  it('is not broken by economic and general duties, nor by a bureau whose category is social but whose duties are not', () => {
    expect(brokenBy(violationsOf(socialFile('separated', ['finance', 'investment-promotion'])), 'social-in-zone')).toEqual([]);
    const socialBody = file({ units: [zone('xs')], bureaus: [bureau('sb', 'xs', { category: 'social', functions: ['finance'] })] });
    expect(brokenBy(violationsOf(socialBody), 'social-in-zone')).toEqual([]);
  });

  it('is not broken by a town or street carrying social duties', () => {
    const raw = file({ units: [town('tw'), street('st')], bureaus: [bureau('a', 'tw', { functions: ['urban-management'] }), bureau('b', 'st', { functions: ['livelihood-services'] })] });
    expect(brokenBy(violationsOf(raw), 'social-in-zone')).toEqual([]);
  });

  it("uses the duty's category from the file's own functions", () => {
    // urban-management redefined as general: no longer social; a new duty of category social counts
    const generalNow = [{ id: 'urban-management', name: '城市管理', category: 'general' as const }];
    expect(brokenBy(violationsOf(socialFile('separated', ['urban-management'], generalNow)), 'social-in-zone')).toEqual([]);
    const newSocial = [{ id: 'elderly-care', name: '养老服务', category: 'social' as const }];
    expect(brokenBy(violationsOf(socialFile('separated', ['elderly-care'], newSocial)), 'social-in-zone')).toHaveLength(1);
  });

  it('a duty the file renames keeps the file’s name in every language', () => {
    const raw = socialFile('separated', ['urban-management'], [{ id: 'urban-management', name: '城市综合管理', category: 'social' }]);
    const [v] = violationsOf(raw, 'baseline', 'en').filter((x) => x.rule === 'social-in-zone');
    expect(v?.message).toContain('城市综合管理');
    expect(v?.message).not.toContain('urban management');
  });

  it('names the bureau and the duty, and the host streets to hand it to', () => {
    for (const lang of ['en', 'zh'] as const) {
      const [v] = violationsOf(socialFile('separated', ['urban-management']), 'baseline', lang).filter((x) => x.rule === 'social-in-zone');
      expect(v?.message).toContain('社会事业局');
      // a built-in duty is named in the reader's language
      expect(v?.message).toContain(lang === 'zh' ? '城市管理' : 'urban management');
      expect(v?.message).toContain('东亭街道');
    }
  });
});

describe('econ-in-town', () => {
  function townFile(covered: boolean, functions: string[], kind: 'town' | 'street' = 'town') {
    const local = kind === 'town' ? town('tw', { name: '东港镇' }) : street('tw', { name: '东港镇' });
    return file({
      units: [zone('xs', { name: '锡山经开区', ...(covered ? { territory: ['tw'] } : {}) }), local],
      bureaus: [bureau('tb', 'tw', { name: '经济服务中心', category: 'general', functions })],
    });
  }

  it("is broken by a bureau of a town in a zone's territory carrying an economic duty, a warning on the bureau", () => {
    expect(brokenBy(violationsOf(townFile(true, ['investment-promotion'])), 'econ-in-town')).toEqual([{ subject: 'tb', severity: 'warning' }]);
  });

  it('is broken by a street too', () => {
    expect(brokenBy(violationsOf(townFile(true, ['talent-attraction'], 'street')), 'econ-in-town')).toHaveLength(1);
  });

  it("is not broken by a town outside every zone's territory", () => {
    expect(brokenBy(violationsOf(townFile(false, ['investment-promotion'])), 'econ-in-town')).toEqual([]);
  });

  it("is broken by a street in an office's territory (v2), and names the office", () => {
    const raw = (covered: boolean) =>
      file({
        units: [unit('ro', 'office', { name: '古运河度假区办', territory: covered ? ['qm'] : [] }), street('qm', { name: '清名桥街道' })],
        bureaus: [bureau('qe', 'qm', { name: '经济服务办', functions: ['economic-management'] })],
      });
    expect(brokenBy(violationsOf(raw(true)), 'econ-in-town')).toEqual([{ subject: 'qe', severity: 'warning' }]);
    expect(brokenBy(violationsOf(raw(false)), 'econ-in-town')).toEqual([]);
    for (const lang of ['en', 'zh'] as const) {
      expect(violationsOf(raw(true), 'baseline', lang).find((v) => v.rule === 'econ-in-town')?.message).toContain('古运河度假区办');
    }
  });

  it('is not broken by social and general duties, even in a category economic bureau', () => {
    const raw = file({
      units: [zone('xs', { territory: ['tw'] }), town('tw')],
      bureaus: [bureau('tb', 'tw', { category: 'economic', functions: ['urban-management', 'finance'] })],
    });
    expect(brokenBy(violationsOf(raw), 'econ-in-town')).toEqual([]);
  });

  it('names the bureau, the town and the zone', () => {
    for (const lang of ['en', 'zh'] as const) {
      const [v] = violationsOf(townFile(true, ['investment-promotion']), 'baseline', lang).filter((x) => x.rule === 'econ-in-town');
      expect(v?.message).toContain('经济服务中心');
      expect(v?.message).toContain('东港镇');
      expect(v?.message).toContain('锡山经开区');
      expect(v?.message).toContain(lang === 'zh' ? '招商引资' : 'investment promotion');
    }
  });
});

describe('function-duplicate', () => {
  it('is broken by two bureaus of one unit carrying the same duty, a warning on unitId/functionId', () => {
    const raw = file({
      units: [zone('xs', { name: '锡山经开区' })],
      bureaus: [
        bureau('a', 'xs', { name: '招商局', functions: ['investment-promotion', 'finance'] }),
        bureau('b', 'xs', { name: '商务局', functions: ['investment-promotion'] }),
        bureau('c', 'xs', { name: '科技局', functions: ['investment-promotion'] }),
      ],
    });
    // one finding for the duty, however many bureaus share it
    expect(brokenBy(violationsOf(raw), 'function-duplicate')).toEqual([{ subject: 'xs/investment-promotion', severity: 'warning' }]);
    for (const lang of ['en', 'zh'] as const) {
      const [v] = violationsOf(raw, 'baseline', lang).filter((x) => x.rule === 'function-duplicate');
      for (const name of ['锡山经开区', '招商局', '商务局', '科技局', lang === 'zh' ? '招商引资' : 'investment promotion']) expect(v?.message).toContain(name);
      expect(v?.message).toContain('3');
    }
  });

  it('is not broken by bureaus of different units carrying the same duty', () => {
    const raw = file({
      units: [zone('xs'), town('tw')],
      bureaus: [bureau('a', 'xs', { functions: ['finance'] }), bureau('b', 'tw', { functions: ['finance'] })],
    });
    expect(brokenBy(violationsOf(raw), 'function-duplicate')).toEqual([]);
  });

  it('counts bureaus of a platform too', () => {
    const raw = file({
      units: [platform('pf')],
      bureaus: [bureau('a', 'pf', { functions: ['state-assets'] }), bureau('b', 'pf', { functions: ['state-assets'] })],
    });
    expect(brokenBy(violationsOf(raw), 'function-duplicate')).toEqual([{ subject: 'pf/state-assets', severity: 'warning' }]);
  });
});

describe('body-cap', () => {
  function capFile(internal: number, cap: number) {
    const bureaus = [
      ...Array.from({ length: internal }, (_, i) => bureau(`b${i}`, 'xs')),
      // institutions do not count against the cap
      ...Array.from({ length: 3 }, (_, i) => bureau(`i${i}`, 'xs', { type: 'institution' })),
    ];
    return file({ units: [zone('xs', { name: '锡山经开区', bodyCap: cap })], bureaus });
  }

  it('is broken by more internal bodies than the cap, an error on the unit', () => {
    expect(brokenBy(violationsOf(capFile(4, 3)), 'body-cap')).toEqual([{ subject: 'xs', severity: 'error' }]);
  });

  it('is not broken at the cap', () => {
    expect(brokenBy(violationsOf(capFile(3, 3)), 'body-cap')).toEqual([]);
  });

  it('is not checked without a cap', () => {
    const raw = file({ units: [zone('xs')], bureaus: Array.from({ length: 9 }, (_, i) => bureau(`b${i}`, 'xs')) });
    expect(brokenBy(violationsOf(raw), 'body-cap')).toEqual([]);
  });

  it('a cap of 0 is a cap', () => {
    expect(brokenBy(violationsOf(capFile(1, 0)), 'body-cap')).toHaveLength(1);
  });

  it('names the unit and how many bodies to merge or abolish', () => {
    // 6 internal bodies against a cap of 4: 2 too many
    const en = violationsOf(capFile(6, 4), 'baseline', 'en').find((v) => v.rule === 'body-cap');
    const zh = violationsOf(capFile(6, 4), 'baseline', 'zh').find((v) => v.rule === 'body-cap');
    expect(en?.message).toContain('锡山经开区');
    expect(en?.message).toMatch(/merge or abolish 2\b/);
    expect(zh?.message).toContain('锡山经开区');
    expect(zh?.message).toContain('合并或撤销 2 个');
  });
});

describe('leader-cap', () => {
  function postsFile(own: number, cap: number, fields: Partial<Unit> = {}) {
    return file({
      units: [zone('xs', { name: '锡山经开区', leaderPosts: own, leaderPostCap: cap, ...fields }), zone('other')],
      // the bureaus' own posts are not the unit's team
      bureaus: [bureau('b', 'xs', { leaderPosts: 10 })],
    });
  }

  it("is broken by more of the unit's own posts than the cap, an error on the unit", () => {
    expect(brokenBy(violationsOf(postsFile(5, 4)), 'leader-cap')).toEqual([{ subject: 'xs', severity: 'error' }]);
  });

  it("is not broken at the cap, whatever the bureaus' posts", () => {
    expect(brokenBy(violationsOf(postsFile(4, 4)), 'leader-cap')).toEqual([]);
  });

  it('is not checked without a cap, and a unit without leaderPosts has 0', () => {
    const raw = file({ units: [zone('xs', { leaderPosts: 50 }), zone('yy', { leaderPostCap: 0 })] });
    expect(brokenBy(violationsOf(raw), 'leader-cap')).toEqual([]);
  });

  it('reads the field itself, also for a unit run jointly with another', () => {
    expect(brokenBy(violationsOf(postsFile(5, 4, { jointWith: 'other' })), 'leader-cap')).toEqual([{ subject: 'xs', severity: 'error' }]);
  });

  it('names the unit and how many posts to cut', () => {
    // 7 against a cap of 4: cut 3
    const en = violationsOf(postsFile(7, 4), 'baseline', 'en').find((v) => v.rule === 'leader-cap');
    const zh = violationsOf(postsFile(7, 4), 'baseline', 'zh').find((v) => v.rule === 'leader-cap');
    expect(en?.message).toContain('锡山经开区');
    expect(en?.message).toMatch(/cut 3\b/);
    expect(zh?.message).toContain('锡山经开区');
    expect(zh?.message).toContain('核减 3 名');
  });
});

describe('park-parent', () => {
  function parkFile(partyCommittee: boolean | undefined) {
    const main = zone('xs', { name: '锡山经开区' });
    if (partyCommittee === undefined) delete main.partyCommittee;
    else main.partyCommittee = partyCommittee;
    return file({ units: [main, office('po', 'xs', { name: '科创园管理办公室' })] });
  }

  it('is broken by an office whose zone has no Party working committee, an error on the office', () => {
    expect(brokenBy(violationsOf(parkFile(false)), 'park-parent')).toEqual([{ subject: 'po', severity: 'error' }]);
  });

  it('is broken when partyCommittee is left out (default false)', () => {
    expect(brokenBy(violationsOf(parkFile(undefined)), 'park-parent')).toEqual([{ subject: 'po', severity: 'error' }]);
  });

  it('is not broken under a zone with a Party working committee', () => {
    expect(brokenBy(violationsOf(parkFile(true)), 'park-parent')).toEqual([]);
  });

  it('is not broken by an office under no zone (v2: led by the district’s Party organisation)', () => {
    const raw = file({ units: [zone('xs', { partyCommittee: false }), unit('ro', 'office', { name: '古运河旅游度假区管理办公室' })] });
    expect(brokenBy(violationsOf(raw), 'park-parent')).toEqual([]);
  });

  it('names the office and its zone, and asks for a Party working committee or the district’s Party organisation', () => {
    for (const lang of ['en', 'zh'] as const) {
      const v = violationsOf(parkFile(false), 'baseline', lang).find((x) => x.rule === 'park-parent');
      expect(v?.message).toContain('科创园管理办公室');
      expect(v?.message).toContain('锡山经开区');
      expect(v?.message).toContain(lang === 'en' ? 'Party working committee' : '党工委');
      expect(v?.message).toContain(lang === 'en' ? "district's Party organisation (remove parent)" : '区级党组织直接领导（删去 parent）');
    }
  });
});

describe('town-overlap', () => {
  function overlapFile(developedTown: boolean, covered: boolean) {
    return file({
      units: [zone('xs', { name: '锡山经开区', ...(covered ? { territory: ['dg'] } : {}) }), town('dg', { name: '东港镇', developedTown })],
    });
  }

  it("is broken by a developed town in a zone's territory, a warning on the town", () => {
    expect(brokenBy(violationsOf(overlapFile(true, true)), 'town-overlap')).toEqual([{ subject: 'dg', severity: 'warning' }]);
  });

  it('is not broken by a developed town outside every territory', () => {
    expect(brokenBy(violationsOf(overlapFile(true, false)), 'town-overlap')).toEqual([]);
  });

  it('is not broken by an ordinary town in a territory', () => {
    expect(brokenBy(violationsOf(overlapFile(false, true)), 'town-overlap')).toEqual([]);
  });

  it("is broken by a developed town in an office's territory (v2), and not by one outside it", () => {
    const raw = (territory: string[]) =>
      file({ units: [zone('xs'), office('po', 'xs', { name: '科创园办', territory }), town('dg', { name: '东港镇', developedTown: true }), town('yj')] });
    expect(brokenBy(violationsOf(raw(['yj', 'dg'])), 'town-overlap')).toEqual([{ subject: 'dg', severity: 'warning' }]);
    expect(brokenBy(violationsOf(raw(['yj'])), 'town-overlap')).toEqual([]);
    expect(violationsOf(raw(['dg']), 'baseline', 'zh').find((v) => v.rule === 'town-overlap')?.message).toContain('科创园办');
  });

  it('names the town and the zone', () => {
    for (const lang of ['en', 'zh'] as const) {
      const v = violationsOf(overlapFile(true, true), 'baseline', lang).find((x) => x.rule === 'town-overlap');
      expect(v?.message).toContain('东港镇');
      expect(v?.message).toContain('锡山经开区');
    }
  });
});

describe('group-staffed', () => {
  it('is broken by a group holding a bureau, an error on the group', () => {
    const raw = file({ units: [group('lg', { name: '现代农业领导小组' })], bureaus: [bureau('b', 'lg', { name: '农业办' })] });
    expect(brokenBy(violationsOf(raw), 'group-staffed')).toEqual([{ subject: 'lg', severity: 'error' }]);
    for (const lang of ['en', 'zh'] as const) {
      const v = violationsOf(raw, 'baseline', lang).find((x) => x.rule === 'group-staffed');
      expect(v?.message).toContain('现代农业领导小组');
      expect(v?.message).toContain('农业办');
    }
  });

  it('is not broken by a group with no bureau', () => {
    expect(brokenBy(violationsOf(file({ units: [group('lg')] })), 'group-staffed')).toEqual([]);
  });

  it('is broken by a group with leader posts of its own (v2: its leaders serve concurrently)', () => {
    const raw = (leaderPosts: number) => file({ units: [group('lg', { name: '现代农业领导小组', leaderPosts })] });
    expect(brokenBy(violationsOf(raw(1)), 'group-staffed')).toEqual([{ subject: 'lg', severity: 'error' }]);
    expect(brokenBy(violationsOf(raw(0)), 'group-staffed')).toEqual([]);
    const zh = violationsOf(raw(2), 'baseline', 'zh').find((v) => v.rule === 'group-staffed');
    const en = violationsOf(raw(2), 'baseline', 'en').find((v) => v.rule === 'group-staffed');
    expect(zh?.message).toContain('却有 2 名');
    expect(zh?.message).toContain('兼任');
    expect(zh?.message).not.toContain('不应设机构');
    expect(en?.message).toContain('2 leader posts of its own');
    expect(en?.message).toContain('set its leader posts to 0');
    expect(en?.message).not.toContain('should hold no bureaus');
  });

  it('is broken once for a group with both a bureau and leader posts, naming both', () => {
    const raw = file({ units: [group('lg', { name: '现代农业领导小组', leaderPosts: 1 })], bureaus: [bureau('b', 'lg', { name: '农业办' })] });
    expect(brokenBy(violationsOf(raw), 'group-staffed')).toEqual([{ subject: 'lg', severity: 'error' }]);
    const en = violationsOf(raw, 'baseline', 'en').find((v) => v.rule === 'group-staffed');
    expect(en?.message).toContain('农业办');
    expect(en?.message).toContain('1 leader post of its own');
  });

  it('is broken in a scenario that moves a bureau into the group, and not in the baseline', () => {
    const raw = file({
      units: [group('lg'), zone('xs')],
      bureaus: [bureau('b', 'xs')],
      scenarios: [scenario('s', [{ op: 'move', bureau: 'b', to: 'lg' }])],
    });
    expect(brokenBy(violationsOf(raw), 'group-staffed')).toEqual([]);
    expect(brokenBy(violationsOf(raw, 0), 'group-staffed')).toEqual([{ subject: 'lg', severity: 'error' }]);
  });
});

describe('messages', () => {
  it('are in Chinese with lang zh and in English with lang en', () => {
    const raw = ratioFile(1, 4, { bodyCap: 1, leaderPosts: 3, leaderPostCap: 1 });
    const zh = violationsOf(raw, 'baseline', 'zh');
    const en = violationsOf(raw, 'baseline', 'en');
    expect(zh.map((v) => v.rule)).toEqual(['body-cap', 'econ-ratio', 'leader-cap']);
    expect(en.map((v) => [v.rule, v.subject, v.severity])).toEqual(zh.map((v) => [v.rule, v.subject, v.severity]));
    for (const v of zh) expect(hasChinese(v.message.replace('锡山经开区', ''))).toBe(true);
    for (const v of en) expect(hasChinese(v.message.replace(/锡山经开区/g, '').replace(/“[^”]*”|"[^"]*"/g, ''))).toBe(false);
  });
});

