// SPEC §3 (v2): "a key repeated within one JSON object is an error at the second one's path".
// JSON.parse keeps the last one: `"leaderPosts": -5, "leaderPosts": 1` passed as 1.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serialiseScenarioFile } from '../../src/model';
import { parseScenarioFile } from '../../src/model/parse';
import { validFileArb } from '../properties/arbitraries';

const errorsOf = (text: string) => {
  const parsed = parseScenarioFile(text);
  return parsed.ok ? [] : parsed.errors.map((e) => `${e.path} ${e.code}`);
};

const FILE = `{
  "format": "zonereform/scenario", "version": 1, "title": "方案",
  "units": [{ "id": "u", "name": "东港镇", "kind": "town" }],
  "bureaus": [
    { "id": "b", "name": "局", "unit": "u", "type": "internal", "category": "economic", "functions": [],
      "staff": { "admin": 1, "institutional": 0 }, "leaderPosts": -5, "leaderPosts": 1 }
  ],
  "scenarios": []
}`;

describe('a key repeated within one object', () => {
  it('is refused at the second one’s path, with the lines of both', () => {
    const parsed = parseScenarioFile(FILE);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['$.bureaus[0].leaderPosts key.duplicate']);
    expect(parsed.errors[0]!.message.en).toContain('lines 6 and 6');
  });

  it('is the same key however it is written: "a" and "\\u0061"', () => {
    expect(errorsOf('{"format":"zonereform/scenario","version":1,"title":"t","units":[],"bureaus":[],"scenarios":[],"meta":{"a":1,"\\u0061":2}}')).toEqual(['$.meta.a key.duplicate']);
  });

  it('is found at any depth and inside lists, with a path that names odd keys as JSONPath does', () => {
    const text = '{"meta":{"x":[0,{"y":{"odd key":1,"odd key":2}}]},"format":"zonereform/scenario","version":1,"title":"t","units":[],"bureaus":[],"scenarios":[]}';
    expect(errorsOf(text)).toEqual(['$.meta.x[1].y["odd key"] key.duplicate']);
  });

  it('keys in different objects, and braces, quotes and commas inside strings, are not duplicates', () => {
    const text = JSON.stringify({ format: 'zonereform/scenario', version: 1, title: '{"a":1,"a":2}', units: [{ id: 'u', name: 'a\\",{"', kind: 'town' }], bureaus: [], scenarios: [], meta: { a: { a: { a: 1 } }, b: [{ a: 1 }, { a: 2 }] } });
    expect(parseScenarioFile(text).ok).toBe(true);
  });

  it('every valid file as saved has none, and a key added again anywhere is refused at its path', () => {
    fc.assert(
      fc.property(validFileArb, fc.nat(), (file, pick) => {
        const text = serialiseScenarioFile(file);
        expect(parseScenarioFile(text).ok).toBe(true);
        // repeat the n-th key of the text right after its own member
        const keys = [...text.matchAll(/"([A-Za-z$]+)": /g)];
        const chosen = keys[pick % keys.length]!;
        const at = chosen.index! + chosen[0].length;
        const repeated = `${text.slice(0, at)}0, ${chosen[0]}${text.slice(at)}`;
        const parsed = parseScenarioFile(repeated);
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) expect(parsed.errors.some((e) => e.code === 'key.duplicate' && e.path.endsWith(chosen[1]!))).toBe(true);
      }),
      { seed: 1101, numRuns: 200 },
    );
  });
});
