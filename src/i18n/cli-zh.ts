// The command line's own text, in Chinese (cli-en.ts must have the same keys): only the command
// line reads it, so neither the page nor the worker carries it (see cli.ts).
const list = (items: readonly string[]): string => items.join('、');
const q = (s: string): string => `“${s}”`;

export const cliZh = {
  'cli.usage': () =>
    '用法：npm run evaluate -- 文件 [--json] [--scenario 方案ID] [--lang zh|en]\n' +
    '  --json          输出 JSON 格式的完整评估报告\n' +
    '  --scenario ID   只评估这一个方案（现状总会包含）\n' +
    '  --lang zh|en    报告语言，默认中文',
  'cli.badOption': (a: { option: string }) => `无法识别的参数：${a.option}`,
  'cli.missingValue': (a: { option: string }) => `参数 ${a.option} 后面需要一个值。`,
  'cli.oneFile': () => '需要且只需要一个方案文件。',
  'cli.unreadable': (a: { file: string; reason: string }) => `无法读取文件 ${a.file}：${a.reason}`,
  'cli.noScenario': (a: { id: string; known: readonly string[] }) =>
    `文件中没有 ID 为 ${q(a.id)} 的方案。${a.known.length > 0 ? `现有方案：${list(a.known)}。` : '文件中没有任何方案。'}`,
  'cli.invalid': (a: { count: number }) => `文件无效，共 ${a.count} 处错误（见标准错误输出，每行以 JSON 路径开头），未做任何评估。`,
  'cli.figure': () => '指标',
  'cli.savings': () => '较现状节约',
  'cli.violations': (a: { state: string; errors: number; warnings: number }) =>
    `${a.state}：${a.errors} 个错误，${a.warnings} 个提醒`,
  'cli.noViolations': (a: { state: string }) => `${a.state}：没有违反任何规则。`,
  'cli.ratioOf': (a: { unit: string }) => `${a.unit} 经济类占比`,
};
