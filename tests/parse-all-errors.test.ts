import { expect, it } from 'vitest';
import { parseScenarioFile } from '../src/model/parse';

it('reports a reference error beside a malformed item in the same list, in one pass', () => {
  const text = JSON.stringify({
    format: 'zonereform/scenario',
    version: 1,
    title: 't',
    units: [{ id: 'z', name: 'Z', kind: 'street' }],
    bureaus: [
      { id: 'a', name: 'A', unit: 'z', type: 'internal', category: 'economic', functions: [], staff: { admin: -1, institutional: 0 }, leaderPosts: 1 },
      { id: 'b', name: 'B', unit: 'nowhere', type: 'internal', category: 'economic', functions: ['no-such-duty'], staff: { admin: 1, institutional: 0 }, leaderPosts: 1 },
      { id: 'b', name: 'B2', unit: 'z', type: 'internal', category: 'economic', functions: [], staff: { admin: 1, institutional: 0 }, leaderPosts: 1 },
    ],
    scenarios: [],
  });
  const result = parseScenarioFile(text);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors.map((e) => `${e.path} ${e.code}`).sort()).toEqual([
    '$.bureaus[0].staff.admin number.negative',
    '$.bureaus[1].functions[0] ref.function',
    '$.bureaus[1].unit ref.unit',
    '$.bureaus[2].id id.duplicate',
  ]);
});
