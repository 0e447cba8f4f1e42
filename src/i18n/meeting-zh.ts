// Texts for meetings (issue: meeting-ready) that the first page needs: the file's provenance and
// notes, the examples, the words for a change's direction, the savings as the figures panel says
// them, the presentation chooser, and how file errors name what they are about. The slides' own
// texts load with the slides (slides-zh.ts). meeting-en.ts has the same keys.

/** 个 for bodies, 名 for people and posts: how a count is said in Chinese. */
const MEASURE_ZH: Record<string, string> = { bodies: ' 个', people: ' 名', posts: ' 名', '': '' };

export const meetingZh = {
  // —— the file: provenance, notes, examples ——
  'fileInfo.illustrative': () => '示意数据',
  'fileInfo.illustrativeHint': () => '这个文件的机构、编制和职数是示意数据，不是官方核定数。',
  'fileInfo.illustrativeLong': () => '示意数据，非官方核定数',
  'fileInfo.notes': () => '说明',
  'fileInfo.notesTitle': () => '文件说明',
  'fileInfo.noNotes': () => '这个文件没有说明。',
  'fileInfo.region': () => '地区',
  'fileInfo.proposals': (a: { n: number }) => `方案 ${a.n} 个`,
  'examples.title': () => '示例',
  'panel.ledger': () => '瘦身台账',
  'header.more': () => '更多',
  // —— a change said in words (colour-blind safe: the arrow and the word carry it, not the colour) ——
  'delta.down': (a: { n: string; measure: string }) => `减少 ${a.n}${MEASURE_ZH[a.measure] ?? ''}`,
  'delta.up': (a: { n: string; measure: string }) => `增加 ${a.n}${MEASURE_ZH[a.measure] ?? ''}`,
  'delta.same': () => '不变',
  'delta.ratioDown': (a: { pt: string }) => `降低 ${a.pt} 个百分点`,
  'delta.ratioUp': (a: { pt: string }) => `提高 ${a.pt} 个百分点`,
  // —— the figures panel ——
  'figures.change': () => '变化',
  'figures.ofWhichPlatform': () => '其中划转公司平台',
  'figures.caption': () => '变化为方案相比现状。“其中划转公司平台”已含在编制变化之内，不是另一项节约。',
  // —— presenting ——
  // —— file errors: what each is about, and JSON syntax in words ——
  'subject.bureau': (a: { name: string; id: string; unit: string }) => (a.unit === '' ? `机构“${a.name}”（编号 ${a.id}）` : `${a.unit} 的机构“${a.name}”（编号 ${a.id}）`),
  'subject.unit': (a: { name: string; id: string }) => `单位“${a.name}”（编号 ${a.id}）`,
  'subject.scenario': (a: { name: string; id: string }) => `方案“${a.name}”（编号 ${a.id}）`,
  'subject.operation': (a: { scenario: string; index: number; about: string }) => `方案“${a.scenario}”第 ${a.index} 项调整${a.about === '' ? '' : `（${a.about}）`}`,
  'subject.function': (a: { name: string; id: string }) => `职能“${a.name}”（编号 ${a.id}）`,
  'subject.item': (a: { list: string; index: number; id: string }) => `${a.list}第 ${a.index} 项${a.id === '' ? '' : `（编号 ${a.id}）`}`,
  'subject.list.units': () => '单位列表',
  'subject.list.bureaus': () => '机构列表',
  'subject.list.scenarios': () => '方案列表',
  'subject.list.functions': () => '职能列表',
  'json.syntax': (a: { line: number; column: number; what: string }) => `文件不是有效的 JSON：第 ${a.line} 行第 ${a.column} 列${a.what}。请用文本编辑器在该处修改后再打开。`,
  'json.what.unterminatedString': () => '的文字没有结束引号（"）',
  'json.what.unexpectedEnd': () => '处文件意外结束：可能缺少 }、] 或引号，或文件没有保存完整',
  'json.what.expectedComma': () => '处缺少逗号（,）或右括号',
  'json.what.expectedName': () => '处应为带双引号的字段名（可能多了一个逗号）',
  'json.what.expectedColon': () => '处字段名后缺少冒号（:）',
  'json.what.badControl': () => '的文字中有换行或控制字符，须写成 \\n',
  'json.what.badEscape': () => '处的转义写法（\\ 后的字符）无效',
  'json.what.badNumber': () => '处的数字格式不对',
  'json.what.unexpected': (a: { char: string }) => `处出现了不应有的字符 ${a.char}`,
  'json.what.unknown': () => '处格式有误',
  'json.snippet': () => '该行内容',
  'json.nonJson': () => '文件不是 JSON 格式（可能是表格、文档或其他文件）。请选择 ZoneReform 方案文件（.json）。',
};
