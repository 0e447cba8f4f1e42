// The tables the Office browser tests bring in, written here so that each mistake's cell is known
// by construction: a workbook of the organisation with ten kinds of mistakes, and the equivalent
// JSON of the valid tables, from which the engine computes the expected figures.
import { BUREAU_HEADERS, UNIT_HEADERS, workbook } from '../office/workbooks';
import type { CellInput } from '../../src/office/xlsxWrite';
import type { ScenarioFile } from '../../src/model';

/** A workbook of a zone, its park office and two towns, with three bureaus (valid). */
export function validWorkbook(): { bytes: Uint8Array; json: ScenarioFile } {
  const units: CellInput[][] = [
    UNIT_HEADERS,
    ['kfq', '锡东经济开发区管委会', '管委会', '省级', '区政分设', '是', '', 'dg、yl', '', 5, 6, 8, '', '3/10'],
    ['kc', '科创园管理办公室', '管理办公室', '', '', '', 'kfq', '', '', 1],
    ['dg', '东港镇', '镇', '', '', '', '', '', '否', 4],
    ['yl', '云林街道', '街道', '', '', '', '', '', '', 3],
  ];
  const bureaus: CellInput[][] = [
    BUREAU_HEADERS,
    ['zs', 'kfq', '招商服务局', '内设机构', '经济发展类', '招商引资、营商环境与政务服务', 12, 0, 3],
    ['jj', '锡东经济开发区管委会', '经济发展局', '内设机构', '经济发展类', '产业发展', 10, 2, 2],
    ['cg', 'kfq', '城市管理局', '内设机构', '社会管理类', '城市管理', 9, 3, 2],
    ['kj', 'kc', '科技创新局', '内设机构', '经济发展类', '科技创新', 5, 0, 1],
    ['sh', 'dg', '社会事业局', '内设机构', '社会管理类', '民生服务', 6, 0, 1],
    ['yl-jj', 'yl', '经济服务中心', '事业单位', '经济发展类', '招商引资', 0, 10, 1],
  ];
  const bureau = (id: string, unit: string, name: string, category: 'economic' | 'social', functions: string[], admin: number, institutional: number, leaderPosts: number, type: 'internal' | 'institution' = 'internal') =>
    ({ id, name, unit, type, category, functions, staff: { admin, institutional }, leaderPosts });
  const json: ScenarioFile = {
    format: 'zonereform/scenario',
    version: 2,
    title: '锡东台账',
    units: [
      { id: 'kfq', name: '锡东经济开发区管委会', kind: 'zone', level: 'provincial', governance: 'separated', partyCommittee: true, territory: ['dg', 'yl'], leaderPosts: 5, leaderPostCap: 6, bodyCap: 8, rank: { position: 3, of: 10 } },
      { id: 'kc', name: '科创园管理办公室', kind: 'office', parent: 'kfq', leaderPosts: 1 },
      { id: 'dg', name: '东港镇', kind: 'town', developedTown: false, leaderPosts: 4 },
      { id: 'yl', name: '云林街道', kind: 'street', leaderPosts: 3 },
    ],
    bureaus: [
      bureau('zs', 'kfq', '招商服务局', 'economic', ['investment-promotion', 'business-environment'], 12, 0, 3),
      bureau('jj', 'kfq', '经济发展局', 'economic', ['industry-development'], 10, 2, 2),
      bureau('cg', 'kfq', '城市管理局', 'social', ['urban-management'], 9, 3, 2),
      bureau('kj', 'kc', '科技创新局', 'economic', ['sci-tech-innovation'], 5, 0, 1),
      bureau('sh', 'dg', '社会事业局', 'social', ['livelihood-services'], 6, 0, 1),
      bureau('yl-jj', 'yl', '经济服务中心', 'economic', ['investment-promotion'], 0, 10, 1, 'institution'),
    ],
    scenarios: [],
  };
  return { bytes: workbook([{ name: '单位', rows: units }, { name: '机构', rows: bureaus }]), json };
}

/**
 * Ten kinds of mistakes, each in a cell of its own (sheet!cell as Excel shows it): a count in
 * words, a count too large, a name missing, a type not allowed, a yes/no that is neither, a rank
 * not written position/of, an id with a space, an id used twice, a unit that does not exist, and a
 * territory naming a zone (a check of the file format, put back at its cell).
 */
export function mistakesWorkbook(): { bytes: Uint8Array; paths: string[] } {
  const units: CellInput[][] = [
    UNIT_HEADERS,
    ['kfq', '锡东经济开发区管委会', '管委会', '省级', '区政分设', '也许', '', 'dg', '', 5, 6, 8, '', '第三'],
    ['xq', '新区管委会', '管委会', '', '区政合一', '', '', 'kfq', '', 2],
    ['dg', '东港镇', '镇', '', '', '', '', '', '否', 4],
    ['a b', '云林街道', '街道', '', '', '', '', '', '', 3],
  ];
  const bureaus: CellInput[][] = [
    BUREAU_HEADERS,
    ['zs', 'kfq', '招商服务局', '内设机构', '经济发展类', '招商引资', '十二', 0, 3],
    ['jj', 'kfq', '经济发展局', '内设机构', '经济发展类', '产业发展', 10, 2000000, 2],
    ['cg', 'kfq', '', '内设机构', '社会管理类', '城市管理', 9, 3, 2],
    ['kj', 'kfq', '科技创新局', '处室', '经济发展类', '科技创新', 5, 0, 1],
    ['zs', 'dg', '社会事业局', '内设机构', '社会管理类', '民生服务', 6, 0, 1],
    ['hx', '不存在的单位', '经济服务中心', '事业单位', '经济发展类', '招商引资', 0, 10, 1],
  ];
  return {
    bytes: workbook([{ name: '单位', rows: units }, { name: '机构', rows: bureaus }]),
    paths: ['单位!F2', '单位!N2', '单位!H3', '单位!A5', '机构!G2', '机构!H3', '机构!C4', '机构!D5', '机构!A6', '机构!B7'],
  };
}
