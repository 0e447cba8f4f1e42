// SPEC §7, the rules marked "scenario only": function-lost and the three rank rules. They compare
// a scenario with the baseline and are never checked on the baseline itself.
import { describe, expect, it } from 'vitest';
import { subjectText } from '../../src/engine';
import type { Rank, RuleSettings, Unit } from '../../src/model';
import { type RawOperation, bureau, file, office, platform, scenario, violationsOf, zone } from './build';

const RANK_RULES = ['rank-bottom-growth', 'rank-bottom-no-cut', 'rank-growth-unearned'];

describe('function-lost', () => {
  const base = {
    units: [zone('xs'), platform('pf')],
    bureaus: [
      bureau('a', 'xs', { name: '财政局', functions: ['finance', 'state-assets'] }),
      bureau('b', 'xs', { name: '招商局', functions: ['investment-promotion'] }),
      bureau('c', 'xs', { name: '商务局', functions: ['investment-promotion'] }),
    ],
  };
  const lost = (operations: RawOperation[]) =>
    violationsOf(file({ ...base, scenarios: [scenario('s', operations)] }), 0)
      .filter((v) => v.rule === 'function-lost')
      .map((v) => ({ subject: subjectText(v.subject), severity: v.severity }));

  it('is broken by a duty carried today and by no bureau in the scenario, an error on the function id', () => {
    expect(lost([{ op: 'abolish', bureau: 'a' }])).toEqual([
      { subject: 'finance', severity: 'error' },
      { subject: 'state-assets', severity: 'error' },
    ]);
  });

  it('is broken by emptying the duties of their only carrier', () => {
    expect(lost([{ op: 'set', bureau: 'a', functions: ['finance'] }])).toEqual([{ subject: 'state-assets', severity: 'error' }]);
  });

  it('is not broken when the duties go to functionsTo', () => {
    expect(lost([{ op: 'abolish', bureau: 'a', functionsTo: 'b' }])).toEqual([]);
  });

  it('is not broken while another bureau still carries the duty', () => {
    expect(lost([{ op: 'abolish', bureau: 'b' }])).toEqual([]);
  });

  it('is not broken by handing the carrier to a platform: a platform bureau still carries it', () => {
    expect(lost([{ op: 'move', bureau: 'a', to: 'pf' }])).toEqual([]);
  });

  it('is not broken by a merge, nor by a reassign before the abolition', () => {
    expect(lost([{ op: 'merge', bureaus: ['a', 'b'], into: { id: 'm', name: 'm' } }])).toEqual([]);
    expect(
      lost([
        { op: 'reassign', function: 'finance', from: 'a', to: 'c' },
        { op: 'reassign', function: 'state-assets', from: 'a', to: 'c' },
        { op: 'abolish', bureau: 'a' },
      ]),
    ).toEqual([]);
  });

  it('is not broken by a duty the baseline never carried', () => {
    expect(
      lost([
        { op: 'create', bureau: bureau('n', 'xs', { functions: ['talent-attraction'] }) },
        { op: 'abolish', bureau: 'n' },
      ]),
    ).toEqual([]);
  });

  it('names the duty and the bureau that carried it, and says how to keep it', () => {
    const raw = file({ ...base, scenarios: [scenario('s', [{ op: 'set', bureau: 'a', functions: ['state-assets'] }])] });
    for (const lang of ['en', 'zh'] as const) {
      const v = violationsOf(raw, 0, lang).find((x) => x.rule === 'function-lost');
      expect(v?.message).toContain(lang === 'zh' ? '财政金融' : 'finance');
      expect(v?.message).toContain('财政局');
      expect(v?.message).toContain('functionsTo');
    }
  });
});

// Zone hs (惠山经开区): own posts 2, two internal bodies r1 and r2 with a post each.
// Per-unit figures today: internalBodies 2, leaderPosts 2 + 1 + 1 = 4.
const GROW_BODY: RawOperation[] = [{ op: 'create', bureau: bureau('r3', 'hs') }]; // bodies 3, posts 4
const GROW_POSTS: RawOperation[] = [{ op: 'set-unit', unit: 'hs', leaderPosts: 3 }]; // bodies 2, posts 5
const GROW_BY_INSTITUTION: RawOperation[] = [{ op: 'create', bureau: bureau('ri', 'hs', { type: 'institution', leaderPosts: 1 }) }]; // bodies 2, posts 5
const CUT_BODY: RawOperation[] = [{ op: 'move', bureau: 'r1', to: 'other' }]; // bodies 1, posts 3
const CUT_POSTS: RawOperation[] = [{ op: 'set', bureau: 'r1', leaderPosts: 0 }]; // bodies 2, posts 3
const CUT_BODY_GROW_POSTS: RawOperation[] = [{ op: 'abolish', bureau: 'r1' }, { op: 'set-unit', unit: 'hs', leaderPosts: 4 }]; // bodies 1, posts 4 + 1 = 5
const NOTHING: RawOperation[] = [];

function rankFile(rank: Rank | undefined, operations: RawOperation[], rules?: RuleSettings, fields: Partial<Unit> = {}) {
  const ranked = { name: '惠山经开区', leaderPosts: 2, ...(rank ? { rank } : {}), ...fields };
  return file({
    units: [zone('hs', ranked), zone('other')],
    bureaus: [bureau('r1', 'hs', { leaderPosts: 1 }), bureau('r2', 'hs', { leaderPosts: 1 })],
    scenarios: [scenario('s', operations)],
    ...(rules ? { rules } : {}),
  });
}

function rankFindings(raw: ReturnType<typeof rankFile>, at: 'baseline' | number = 0) {
  return violationsOf(raw, at)
    .filter((v) => RANK_RULES.includes(v.rule))
    .map((v) => `${v.rule} ${v.severity} ${subjectText(v.subject)}`);
}

const BOTTOM_GROWTH = 'rank-bottom-growth error hs';
const NO_CUT = 'rank-bottom-no-cut warning hs';
const UNEARNED = 'rank-growth-unearned warning hs';

describe('rank rules with the default numbers (top 3, bottom 2)', () => {
  it.each([
    // bottom 2 of 10: position > 10 − 2, i.e. 9 and 10
    ['9 of 10 unchanged', { position: 9, of: 10 }, NOTHING, [NO_CUT]],
    ['10 of 10 unchanged', { position: 10, of: 10 }, NOTHING, [NO_CUT]],
    ['9 of 10 with one more internal body', { position: 9, of: 10 }, GROW_BODY, [BOTTOM_GROWTH, NO_CUT]],
    ["9 of 10 with more of the unit's own posts", { position: 9, of: 10 }, GROW_POSTS, [BOTTOM_GROWTH, NO_CUT]],
    ['9 of 10 with a new institution bringing a post', { position: 9, of: 10 }, GROW_BY_INSTITUTION, [BOTTOM_GROWTH, NO_CUT]],
    ['9 of 10 with one internal body fewer', { position: 9, of: 10 }, CUT_BODY, []],
    ['9 of 10 with one post fewer', { position: 9, of: 10 }, CUT_POSTS, []],
    ['9 of 10 with a body fewer but more posts', { position: 9, of: 10 }, CUT_BODY_GROW_POSTS, [BOTTOM_GROWTH]],
    // 8 of 10 is just outside the bottom 2, and outside the top 3
    ['8 of 10 unchanged', { position: 8, of: 10 }, NOTHING, []],
    ['8 of 10 growing', { position: 8, of: 10 }, GROW_BODY, [UNEARNED]],
    ['8 of 10 with more posts', { position: 8, of: 10 }, GROW_POSTS, [UNEARNED]],
    ['8 of 10 cut', { position: 8, of: 10 }, CUT_BODY, []],
    ['4 of 10 growing (just outside the top 3)', { position: 4, of: 10 }, GROW_BODY, [UNEARNED]],
    ['4 of 10 with more posts (just outside the top 3)', { position: 4, of: 10 }, GROW_POSTS, [UNEARNED]],
    // v2: a lead earns leader posts within the cap, never more bodies
    ['3 of 10 with more posts (in the top 3)', { position: 3, of: 10 }, GROW_POSTS, []],
    ['3 of 10 with a new institution bringing a post (in the top 3)', { position: 3, of: 10 }, GROW_BY_INSTITUTION, []],
    ['3 of 10 with one more internal body (in the top 3, v2)', { position: 3, of: 10 }, GROW_BODY, [UNEARNED]],
    ['1 of 10 with more posts', { position: 1, of: 10 }, GROW_POSTS, []],
    ['1 of 10 with one more internal body (v2)', { position: 1, of: 10 }, GROW_BODY, [UNEARNED]],
    ['1 of 10 with a body fewer and more posts', { position: 1, of: 10 }, CUT_BODY_GROW_POSTS, []],
    // 3 of 3 is in the top 3 and in the bottom 2: the bottom rules hold it
    ['3 of 3 unchanged', { position: 3, of: 3 }, NOTHING, [NO_CUT]],
    ['3 of 3 growing', { position: 3, of: 3 }, GROW_BODY, [BOTTOM_GROWTH, NO_CUT]],
  ] as const)('%s', (_name, rank, operations, expected) => {
    expect(rankFindings(rankFile(rank, [...operations]))).toEqual(expected);
  });
});

describe('rank rules with the numbers of the file', () => {
  it.each([
    ['bottomN 3 puts 8 of 10 in the bottom', { bottomN: 3 }, { position: 8, of: 10 }, NOTHING, [NO_CUT]],
    ['bottomN 3 leaves 7 of 10 out', { bottomN: 3 }, { position: 7, of: 10 }, NOTHING, []],
    ['bottomN 0 has no bottom', { bottomN: 0 }, { position: 10, of: 10 }, NOTHING, []],
    ['bottomN 0: the last one growing is unearned growth', { bottomN: 0 }, { position: 10, of: 10 }, GROW_BODY, [UNEARNED]],
    ['rewardTopN 5 lets 5 of 10 have more posts', { rewardTopN: 5 }, { position: 5, of: 10 }, GROW_POSTS, []],
    ['rewardTopN 5 does not let 5 of 10 have more bodies (v2)', { rewardTopN: 5 }, { position: 5, of: 10 }, GROW_BODY, [UNEARNED]],
    ['rewardTopN 5 does not let 6 of 10 have more posts', { rewardTopN: 5 }, { position: 6, of: 10 }, GROW_POSTS, [UNEARNED]],
    ['rewardTopN 0 lets nobody grow', { rewardTopN: 0 }, { position: 1, of: 10 }, GROW_POSTS, [UNEARNED]],
  ] as const)('%s', (_name, rules, rank, operations, expected) => {
    expect(rankFindings(rankFile(rank, [...operations], rules))).toEqual(expected);
  });
});

describe('rank rules, what they read', () => {
  it('read the per-unit leader posts: own posts of a jointly run unit count 0, so raising them is no growth', () => {
    const joint = { jointWith: 'other' };
    expect(rankFindings(rankFile({ position: 9, of: 10 }, GROW_POSTS, undefined, joint))).toEqual([NO_CUT]);
    expect(rankFindings(rankFile({ position: 8, of: 10 }, GROW_POSTS, undefined, joint))).toEqual([]);
  });

  it('read the rank as it stands in the scenario', () => {
    const fallen = [{ op: 'set-unit', unit: 'hs', rank: { position: 10, of: 10 } }, ...GROW_BODY];
    expect(rankFindings(rankFile({ position: 1, of: 10 }, fallen))).toEqual([BOTTOM_GROWTH, NO_CUT]);
    const risen = [{ op: 'set-unit', unit: 'hs', rank: { position: 1, of: 10 } }, ...GROW_POSTS];
    expect(rankFindings(rankFile({ position: 10, of: 10 }, risen))).toEqual([]);
    const unranked = [{ op: 'set-unit', unit: 'hs', rank: null }, ...GROW_BODY];
    expect(rankFindings(rankFile({ position: 5, of: 10 }, unranked))).toEqual([]);
    const rankedNow = [{ op: 'set-unit', unit: 'hs', rank: { position: 9, of: 10 } }];
    expect(rankFindings(rankFile(undefined, rankedNow))).toEqual([NO_CUT]);
  });

  it('skip a unit without a rank', () => {
    expect(rankFindings(rankFile(undefined, GROW_BODY))).toEqual([]);
  });

  it('skip a unit that the scenario added, however it is ranked and whatever it holds', () => {
    const added: RawOperation[] = [
      { op: 'add-unit', unit: zone('nz', { rank: { position: 10, of: 10 }, leaderPosts: 9 }) },
      { op: 'create', bureau: bureau('n1', 'nz', { leaderPosts: 2 }) },
      { op: 'add-unit', unit: zone('nz2', { rank: { position: 5, of: 10 }, leaderPosts: 9 }) },
      { op: 'create', bureau: bureau('n2', 'nz2') },
    ];
    const found = violationsOf(rankFile(undefined, added), 0).filter((v) => RANK_RULES.includes(v.rule));
    expect(found).toEqual([]);
  });

  it('check an office with a rank too', () => {
    const raw = file({
      units: [zone('xs'), office('po', 'xs', { rank: { position: 9, of: 10 } })],
      scenarios: [scenario('s', [])],
    });
    expect(rankFindings(raw)).toEqual(['rank-bottom-no-cut warning po']);
  });

  it('are never checked on the baseline', () => {
    expect(rankFindings(rankFile({ position: 10, of: 10 }, GROW_BODY), 'baseline')).toEqual([]);
  });
});

describe('rank rule messages', () => {
  it('name the unit, its place, the growth, and ask for a cut', () => {
    // 9 of 10, internal bodies 2 → 3
    const raw = rankFile({ position: 9, of: 10 }, GROW_BODY);
    const en = violationsOf(raw, 0, 'en');
    const zh = violationsOf(raw, 0, 'zh');
    for (const v of [...en, ...zh].filter((x) => RANK_RULES.includes(x.rule))) {
      expect(v.message).toContain('惠山经开区');
      expect(v.message).toMatch(/9\D+10/);
      expect(v.message).toMatch(/2\D+3/);
    }
    expect(en.find((v) => v.rule === 'rank-bottom-growth')?.message).toMatch(/cut at least one/i);
    expect(zh.find((v) => v.rule === 'rank-bottom-growth')?.message).toContain('至少核减 1');
    expect(en.find((v) => v.rule === 'rank-bottom-no-cut')?.message).toMatch(/cut at least one/i);
    expect(zh.find((v) => v.rule === 'rank-bottom-no-cut')?.message).toContain('至少核减 1');
  });

  it('say for a top-ranked unit that grows in bodies that its reward is leader posts within the cap (v2)', () => {
    // 2 of 10, internal bodies 2 → 3
    const raw = rankFile({ position: 2, of: 10 }, GROW_BODY);
    const zh = violationsOf(raw, 0, 'zh').find((x) => x.rule === 'rank-growth-unearned');
    const en = violationsOf(raw, 0, 'en').find((x) => x.rule === 'rank-growth-unearned');
    expect(zh?.message).toContain('居前 3 位');
    expect(zh?.message).toContain('内设机构由 2 个增至 3 个');
    expect(zh?.message).toContain('在限额内核增领导职数');
    expect(zh?.message).toContain('已不合时宜');
    expect(en?.message).toContain('in the top 3');
    expect(en?.message).toContain('grow from 2 to 3');
    expect(en?.message).toContain('leader posts within the cap');
  });

  it('name the unit and its growth for unearned growth', () => {
    // 5 of 10, own posts 2 → 3: per-unit posts 4 → 5
    const raw = rankFile({ position: 5, of: 10 }, GROW_POSTS);
    for (const lang of ['en', 'zh'] as const) {
      const v = violationsOf(raw, 0, lang).find((x) => x.rule === 'rank-growth-unearned');
      expect(v?.message).toContain('惠山经开区');
      expect(v?.message).toMatch(/4\D+5/);
    }
  });
});

describe('scenario-only rules', () => {
  it('never appear on the baseline, even where the scenario with no operations shows them', () => {
    const raw = file({
      units: [zone('hs', { rank: { position: 10, of: 10 } })],
      bureaus: [bureau('a', 'hs', { functions: ['finance'] })],
      scenarios: [scenario('same', []), scenario('lose', [{ op: 'abolish', bureau: 'a' }])],
    });
    const scenarioOnly = ['function-lost', ...RANK_RULES];
    expect(violationsOf(raw).filter((v) => scenarioOnly.includes(v.rule))).toEqual([]);
    expect(violationsOf(raw, 0).map((v) => v.rule)).toEqual(['rank-bottom-no-cut']);
    // abolishing a leaves hs one internal body fewer: a cut, so only the duty is lost
    expect(violationsOf(raw, 1).map((v) => `${v.rule} ${subjectText(v.subject)}`)).toEqual(['function-lost finance']);
  });
});
