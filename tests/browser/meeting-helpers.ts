// Files for the meeting tests.
import type { ScenarioFile } from '../../src/model';
import { exampleFile } from './oracle';

/** Six proposals of the 惠山 example, each named with 200 characters. */
export function sixLongProposals(): ScenarioFile {
  const file = exampleFile('huishan-national-upgrade.json');
  const filler = '关于开发区管理体制改革中社会管理职能回归属地镇街并推进管委会加公司平台模式的比较方案';
  const scenarios = Array.from({ length: 6 }, (_, i) => {
    let name = `${i + 1}号${filler}`;
    while ([...name].length < 200) name += filler;
    return { ...file.scenarios[i % file.scenarios.length]!, id: `long-${i + 1}`, name: [...name].slice(0, 200).join('') };
  });
  return { ...file, title: '惠山六方案长名称', scenarios };
}

