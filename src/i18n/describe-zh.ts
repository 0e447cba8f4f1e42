// How file errors are described to a reform designer: what each is about (the bureau or unit by
// name and id beside its JSON path) and JSON syntax errors in words, with line and column. Used by
// the engine's session (the worker) and the command line, through describe.ts.
// describe-en.ts has the same keys.
export const describeZh = {
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
  'json.syntax': (a: { line: number; column: number; what: string; snippet: string }) =>
    `文件不是有效的 JSON：第 ${a.line} 行第 ${a.column} 列${a.what}。该行内容：${a.snippet}　请用文本编辑器在该处修改后再打开。`,
  'json.what.unterminatedString': () => '的文字没有结束引号（"）',
  'json.what.unexpectedEnd': () => '处文件意外结束：可能缺少 }、] 或引号，或文件没有保存完整',
  'json.what.expectedComma': () => '处缺少逗号（,）或右括号，也可能是此前的文字少了结束引号',
  'json.what.expectedName': () => '处应为带双引号的字段名（可能多了一个逗号）',
  'json.what.expectedColon': () => '处字段名后缺少冒号（:）',
  'json.what.badControl': () => '的文字中有换行或控制字符，须写成 \\n',
  'json.what.badEscape': () => '处的转义写法（\\ 后的字符）无效',
  'json.what.badNumber': () => '处的数字格式不对',
  'json.what.unexpected': (a: { char: string }) => `处出现了不应有的字符 ${a.char}`,
  'json.what.unknown': () => '处格式有误',
  'json.nonJson': () => '文件不是 JSON 格式（可能是表格、文档或其他文件）。请选择 ZoneReform 方案文件（.json）。',
};
