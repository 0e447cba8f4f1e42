// A refused file's errors as a reform designer reads them: each names the bureau or unit it is
// about (name, id, and for a bureau its unit) beside its JSON path; a text that is not JSON says,
// in the reader's language, the line and column where it goes wrong, what is wrong there and the
// line itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/engine';
import { describeFileErrors } from '../../src/model/describe';
import { findJsonFault } from '../../src/model/jsonFault';

const file = {
  format: 'zonereform/scenario',
  version: 1,
  title: '测试',
  units: [
    { id: 'z', name: '惠山经济开发区管委会', kind: 'zone', governance: 'separated' },
    { id: 's', name: '堰桥街道', kind: 'street' },
  ],
  bureaus: [
    { id: 'b1', name: '财政局', unit: 'z', type: 'internal', category: 'general', functions: [], staff: { admin: 5, institutional: 0 }, leaderPosts: 1 },
    { id: 'b2', name: '社会事业局', unit: 'z', type: 'internal', category: 'social', functions: [], staff: { admin: -3, institutional: 0 }, leaderPosts: 1 },
  ],
  scenarios: [{ id: 'p', name: '方案一', operations: [{ op: 'move', bureau: 'b1', to: 'nowhere' }] }],
};

function errorsOf(text: string) {
  const result = loadScenarioFile(text);
  if (result.ok) throw new Error('the file should be refused');
  return describeFileErrors(result.errors, text);
}

describe('file errors name what they are about', () => {
  const errors = errorsOf(JSON.stringify(file, null, 2));

  it('a bureau by its name, id and unit, beside the path', () => {
    const staff = errors.find((e) => e.path === '$.bureaus[1].staff.admin')!;
    expect(staff.subject?.zh).toBe('惠山经济开发区管委会 的机构“社会事业局”（编号 b2）');
    expect(staff.subject?.en).toBe('bureau "社会事业局" of 惠山经济开发区管委会 (id b2)');
    // the message itself is unchanged
    expect(staff.message.zh).toContain('不能为负数');
  });

  it('an operation by its proposal, its place and the bureau it names', () => {
    const refused = errors.find((e) => e.path.startsWith('$.scenarios[0].operations[0]'))!;
    expect(refused.subject?.zh).toBe('方案“方案一”第 1 项调整（财政局）');
    expect(refused.subject?.en).toBe('proposal "方案一", change 1 (财政局)');
  });

  it('a unit by its name and id', () => {
    const broken = { ...file, units: [file.units[0], { id: 's', name: '堰桥街道', kind: 'street', leaderPosts: 1.5 }] };
    const unit = errorsOf(JSON.stringify(broken)).find((e) => e.path.startsWith('$.units[1]'))!;
    expect(unit.subject?.zh).toBe('单位“堰桥街道”（编号 s）');
  });

  it('an item without a name by its place and id', () => {
    const broken = { ...file, bureaus: [file.bureaus[0], { id: 'b9', unit: 'z' }] };
    const item = errorsOf(JSON.stringify(broken)).find((e) => e.path.startsWith('$.bureaus[1]'))!;
    expect(item.subject?.zh).toBe('机构列表第 2 项（编号 b9）');
  });
});

describe('a JSON syntax error in words', () => {
  it('an unterminated string: line, column, what, and the line, in Chinese with no English left in it', () => {
    const text = '{\n  "format": "zonereform/scenario",\n  "title": "未完\n}';
    const [error] = errorsOf(text);
    // by hand: line 3 is `  "title": "未完`, its string opens at column 12
    expect(error!.message.zh).toContain('第 3 行第 12 列');
    expect(error!.message.zh).toContain('没有结束引号');
    expect(error!.message.zh).toContain('"title": "未完');
    expect(error!.message.zh).not.toMatch(/Unterminated|JSON at position/);
    expect(error!.message.en).toContain('line 3, column 12');
  });

  it('a comma too many before a closing brace', () => {
    const text = '{"a": 1,\n "b": 2,\n}';
    const [error] = errorsOf(text);
    expect(error!.message.zh).toContain('第 3 行第 1 列');
    expect(error!.message.zh).toContain('字段名');
  });

  it('a file that is not text says so', () => {
    const [error] = errorsOf('PK\u0003\u0004\u0000\u0000binary');
    expect(error!.message.zh).toContain('不是 JSON 格式');
  });

  it.each([
    ['{"a" 1}', 5, 'expectedColon'],
    ['{"a": 1 "b": 2}', 8, 'expectedComma'],
    ['[1, 2', 5, 'unexpectedEnd'],
    ['{"a": 01}', 7, 'badNumber'],
    ['{"a": -}', 6, 'badNumber'],
    ['{"a": tru}', 6, 'unexpected'],
    ['{"a": "x\\q"}', 8, 'badEscape'],
    ['{"a": "x\u0001"}', 8, 'badControl'],
    ['{} x', 3, 'unexpected'],
    ['{"a": [1, ]}', 10, 'unexpected'],
  ] as const)('%j: fault at %i, %s', (text, at, fault) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonFault(text)).toEqual({ at, fault });
  });
});

describe('the JSON fault scanner agrees with JSON.parse', () => {
  const json = fc.tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 2)).map(([v, indent]) => JSON.stringify(v, null, indent));
  it('finds no fault in valid JSON', () => {
    fc.assert(
      fc.property(json, (text) => {
        expect(findJsonFault(text)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('finds a fault, within the text, wherever JSON.parse refuses a text', () => {
    const broken = fc.tuple(json, fc.nat(), fc.constantFrom('delete', 'insert'), fc.constantFrom(...'{}[],:"\\ 0a-.e\n'.split(''))).map(([text, at, how, char]) => {
      const i = at % (text.length + 1);
      return how === 'delete' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + char + text.slice(i);
    });
    fc.assert(
      fc.property(broken, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const fault = findJsonFault(text);
        if (valid) expect(fault).toBeUndefined();
        else {
          expect(fault).toBeDefined();
          expect(fault!.at).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
