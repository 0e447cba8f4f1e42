// What format version 2 adds to the file (SPEC §3, §5): each point with a case that breaks it and
// the nearest case that does not. The rules of §7 that changed are tested with each rule.
import { describe, expect, it } from 'vitest';
import { buildReport, describeChanges } from '../../src/engine';
import { render } from '../../src/i18n';
import { serialiseScenarioFile } from '../../src/model';
import { parseScenarioFile } from '../../src/model/parse';
import { type RawFile, bureau, file, load, loaded, office, scenario, street, town, unit, zone } from './build';
import { renderChange } from '../../src/i18n/changes';

/** The paths and codes of a refused file, or [] for a valid one. */
function errorsOf(raw: RawFile | Record<string, unknown>): string[] {
  const result = load(raw as RawFile);
  return result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code}`);
}

const base = { units: [zone('Z', { territory: ['S'] }), street('S'), town('T')], bureaus: [bureau('A', 'Z', { functions: ['finance'] })] };
const withMove = (record: Record<string, unknown>) => file({ ...base, scenarios: [scenario('s', [{ op: 'move', bureau: 'A', to: 'T', ...record }])] });

describe('version', () => {
  it('1 and 2 are read, with the same report; 3 is newer than this program', () => {
    const v1 = { ...withMove({}), version: 1 };
    const v2 = { ...withMove({}), version: 2 };
    expect(JSON.stringify(buildReport(loaded(v1), { lang: 'zh' }))).toBe(JSON.stringify(buildReport(loaded(v2), { lang: 'zh' })));
    expect(errorsOf({ ...v2, version: 3 })).toEqual(['$.version version.newer']);
    expect(errorsOf({ ...v2, version: 1.5 })).toEqual(['$.version version.wrong']);
  });

  it('a file read as version 1 is saved as version 2, and reads back the same otherwise', () => {
    const parsed = parseScenarioFile(JSON.stringify({ ...withMove({}), version: 1 }));
    if (!parsed.ok) return expect.fail('refused');
    expect(parsed.file.version).toBe(1);
    const saved = serialiseScenarioFile(parsed.file);
    expect(JSON.parse(saved).version).toBe(2);
    const again = parseScenarioFile(saved);
    expect(again.ok && { ...again.file, version: 1 }).toStrictEqual(parsed.file);
  });

  it('a rule that only version 2 makes says so in a version-1 file, in both languages, and not in a version-2 file', () => {
    const pair = { units: [town('T', { jointWith: 'S' }), street('S', { jointWith: 'T' })] };
    for (const version of [1, 2]) {
      const result = load({ ...file(pair), version });
      if (result.ok) return expect.fail('a pair is refused');
      expect(result.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['$.units[0].jointWith jointWith.pair', '$.units[1].jointWith jointWith.pair']);
      for (const error of result.errors) {
        expect(error.message.zh.includes('格式版本 2 的规则')).toBe(version === 1);
        expect(error.message.en.includes('A rule of format version 2')).toBe(version === 1);
        // what is wrong, and what would fix it
        expect(error.message.zh).toContain('删去其中一方的 jointWith');
        expect(error.message.en).toContain('remove one of the two');
      }
    }
  });

  it('an operation refused by a rule of version 2 says so too in a version-1 file, beside the rules of version 1 which do not', () => {
    const raw = file({ ...base, units: [...base.units, unit('P', 'platform')], scenarios: [scenario('s', [{ op: 'set-unit', unit: 'T', jointWith: 'P' }]), scenario('t', [{ op: 'move', bureau: 'A', to: 'Z' }])] });
    const result = load({ ...raw, version: 1 });
    if (result.ok) return expect.fail('refused');
    const [joint, already] = result.errors;
    expect(joint?.path).toBe('$.scenarios[0].operations[0]');
    expect(joint?.message.en).toContain('A rule of format version 2');
    expect(already?.path).toBe('$.scenarios[1].operations[0]');
    expect(already?.message.en).not.toContain('format version 2');
  });
});

describe('by: who proposed an operation', () => {
  it('is a name of at most 100 characters: 100 are read, 101 are not, nor none', () => {
    expect(errorsOf(withMove({ by: '王'.repeat(100) }))).toEqual([]);
    expect(errorsOf(withMove({ by: '𠀀'.repeat(100) }))).toEqual([]);
    expect(errorsOf(withMove({ by: '王'.repeat(101) }))).toEqual(['$.scenarios[0].operations[0].by by.tooLong']);
    expect(errorsOf(withMove({ by: '' }))).toEqual(['$.scenarios[0].operations[0].by by.empty']);
  });

  it('and at change no figure and no finding', () => {
    const plain = buildReport(loaded(withMove({})), { lang: 'en' });
    const recorded = buildReport(loaded(withMove({ by: '王科长', at: '2026-11-29T10:15:00+08:00', note: '随职能划转', doc: '锡编〔2025〕12号' })), { lang: 'en' });
    expect(recorded).toEqual(plain);
  });
});

describe('at: when', () => {
  it.each([
    ['2026-11-29', true],
    ['2024-02-29', true], // a leap year
    ['2000-02-29', true], // divisible by 400
    ['2026-11-29T10:15', true],
    ['2026-11-29T10:15:00', true],
    ['2026-11-29T10:15:00Z', true],
    ['2026-11-29T10:15:00.125+08:00', true],
    ['2026-11-29T23:59:59-14:00', true],
    ['2026-11-29T00:00+14:00', true],
  ])('%s is an ISO 8601 date or date-time', (at, _ok) => {
    expect(errorsOf(withMove({ at }))).toEqual([]);
  });

  it.each([
    ['2026-02-29', 'at.noSuchDay'], // not a leap year
    ['1900-02-29', 'at.noSuchDay'], // divisible by 100, not by 400
    ['2026-04-31', 'at.noSuchDay'],
    ['2026-02-30T10:00:00Z', 'at.noSuchDay'],
    ['2026-13-01', 'at.format'],
    ['2026-00-10', 'at.format'],
    ['2026-11-00', 'at.format'],
    ['2026-11-32', 'at.format'],
    ['2026-11-29T24:00', 'at.format'],
    ['2026-11-29T10:60', 'at.format'],
    ['2026-11-29T10:15:00+15:00', 'at.format'],
    ['2026-11-29T10:15:00+08:60', 'at.format'],
    ['2026-11-29T10:15:00+0800', 'at.format'],
    ['2026-11-29T10:15:00 +08:00', 'at.format'],
    ['2026-11-29 10:15', 'at.format'],
    ['2026/11/29', 'at.format'],
    ['26-11-29', 'at.format'],
    ['2026-11-29T', 'at.format'],
    ['', 'at.format'],
    ['２０２６-11-29', 'at.format'], // full-width digits
  ])('%s is refused (%s)', (at, code) => {
    expect(errorsOf(withMove({ at }))).toEqual([`$.scenarios[0].operations[0].at ${code}`]);
  });
});

describe('status of a scenario', () => {
  it('is draft, submitted or approved, and changes no figure nor finding', () => {
    const reports = (['draft', 'submitted', 'approved'] as const).map((status) => {
      const raw = withMove({});
      return buildReport(loaded({ ...raw, scenarios: [{ ...raw.scenarios[0]!, status } as never] }), { lang: 'zh' });
    });
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[2]).toEqual(reports[0]);
  });

  it('is nothing else', () => {
    const raw = withMove({});
    expect(errorsOf({ ...raw, scenarios: [{ ...raw.scenarios[0]!, status: 'final' }] })).toEqual(['$.scenarios[0].status field.enum']);
    expect(errorsOf({ ...raw, scenarios: [{ ...raw.scenarios[0]!, status: null }] })).toEqual(['$.scenarios[0].status field.type']);
  });
});

describe('an office', () => {
  it('may have no parent, and a territory of towns and streets', () => {
    expect(errorsOf(file({ units: [unit('R', 'office', { territory: ['S', 'T'] }), street('S'), town('T')] }))).toEqual([]);
  });

  it('may not have a territory of other units, and a town or street may have none', () => {
    expect(errorsOf(file({ units: [unit('R', 'office', { territory: ['Z'] }), zone('Z')] }))).toEqual(['$.units[0].territory[0] territory.notLocal']);
    expect(errorsOf(file({ units: [street('S', { territory: ['T'] }), town('T')] }))).toEqual(['$.units[0].territory field.kindOnly']);
  });

  it('still names a zone when it has a parent', () => {
    expect(errorsOf(file({ units: [office('O', 'T'), town('T')] }))).toEqual(['$.units[0].parent parent.notZone']);
  });
});

describe('jointWith in the baseline', () => {
  it('may name a zone, office, town or street that names nobody', () => {
    for (const partner of [zone('X'), office('X', 'Z'), town('X'), street('X')]) {
      expect(errorsOf(file({ units: [zone('Z'), partner, town('T', { jointWith: 'X' })] })), partner.kind).toEqual([]);
    }
  });

  it('may not name a platform or a group, a unit that names another, or the unit itself', () => {
    expect(errorsOf(file({ units: [unit('P', 'platform'), town('T', { jointWith: 'P' })] }))).toEqual(['$.units[1].jointWith jointWith.kind']);
    expect(errorsOf(file({ units: [unit('G', 'group'), town('T', { jointWith: 'G' })] }))).toEqual(['$.units[1].jointWith jointWith.kind']);
    expect(errorsOf(file({ units: [zone('Z'), street('S', { jointWith: 'Z' }), town('T', { jointWith: 'S' })] }))).toEqual(['$.units[2].jointWith jointWith.chain']);
    expect(errorsOf(file({ units: [town('T', { jointWith: 'T' })] }))).toEqual(['$.units[0].jointWith jointWith.self']);
  });

  it('names the unit and what is wrong with it, in both languages', () => {
    const result = load(file({ units: [zone('Z', { name: '经开区' }), street('S', { name: '东亭街道', jointWith: 'Z' }), town('T', { jointWith: 'S' })] }));
    if (result.ok) return expect.fail('refused');
    expect(result.errors[0]!.message.zh).toContain('东亭街道');
    expect(result.errors[0]!.message.zh).toContain('经开区');
    expect(result.errors[0]!.message.en).toContain('a chain');
  });

  it('may come from a platform or a group (their own posts are not counted anyway)', () => {
    expect(errorsOf(file({ units: [town('T'), unit('P', 'platform', { jointWith: 'T' }), unit('G', 'group', { jointWith: 'T' })] }))).toEqual([]);
  });
});

describe('the keys __proto__, constructor and prototype', () => {
  it('are refused inside meta too, at any depth; other keys there are kept', () => {
    const raw = withMove({});
    const text = (meta: string) => JSON.stringify({ ...raw, scenarios: [{ ...raw.scenarios[0]!, meta: '@' }] }).replace('"@"', meta);
    expect(parseScenarioFile(text('{"layout":{"prototype":1}}')).ok).toBe(false);
    const refused = parseScenarioFile(text('{"a":[{"b":{"__proto__":{"polluted":1}}}]}'));
    expect(refused.ok ? [] : refused.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['$.scenarios[0].meta.a[0].b.__proto__ key.forbidden']);
    const kept = parseScenarioFile(text('{"layout":{"protoType":1,"__proto":2}}'));
    expect(kept.ok && kept.file.scenarios[0]!.meta).toEqual({ layout: { protoType: 1, __proto: 2 } });
  });
});

describe('scenarios', () => {
  it('is required, and may be empty', () => {
    const { scenarios: _s, ...without } = file(base);
    expect(errorsOf(without)).toEqual(['$ field.missing']);
    expect(errorsOf(file({ ...base, scenarios: [] }))).toEqual([]);
  });
});

describe('the change list', () => {
  it('says which fields a set-unit removes, before → after, and carries who proposed each change and when', () => {
    const raw = file({
      units: [zone('Z', { name: '经开区', bodyCap: 9, rank: { position: 2, of: 5 } })],
      scenarios: [scenario('s', [{ op: 'set-unit', unit: 'Z', leaderPosts: 4, bodyCap: null, rank: null, by: '王科长', at: '2026-11-29' }, { op: 'set-unit', unit: 'Z', name: '新区' }])],
    });
    const { baseline, file: parsed, context } = loaded(raw);
    const [clearing, plain] = describeChanges(baseline, parsed.scenarios[0]!.operations, context);
    expect(clearing).toMatchObject({ by: '王科长', at: '2026-11-29' });
    // the unit had no leaderPosts (0, SPEC §3), a body cap of 9 and rank 2 of 5
    expect(renderChange('zh', clearing!.message)).toBe('调整 经开区：领导职数 0 → 4；机构限额 9 → 无（移除）；考核排名 第 2/5 位 → 无（移除）');
    expect(renderChange('en', clearing!.message)).toBe('经开区: leader posts 0 → 4; body cap 9 → none (removed); ranking 2 of 5 → none (removed)');
    expect(plain!.by).toBeUndefined();
    expect(renderChange('zh', plain!.message)).toBe('调整 经开区：名称 经开区 → 新区');
  });
});
