// 中文：带入同事的方案、比较两份文件、合并两份修改稿（share-en.ts 有相同的键）。
const q = (s: string): string => `“${s}”`;
const list = (items: readonly string[]): string => items.join('、');

const FIELDS: Record<string, string> = {
  id: 'ID', name: '名称', kind: '单位类型', level: '级别', governance: '区政关系', partyCommittee: '党工委', parent: '所属开发区',
  territory: '辖区镇街', developedTown: '经济发达镇', leaderPosts: '领导职数', leaderPostCap: '职数限额', bodyCap: '机构限额',
  jointWith: '合署', rank: '考核排名', unit: '所属单位', type: '机构类型', category: '类别', functions: '职责', staff: '编制',
  economicRatioMin: '经济类占比下限', rewardTopN: '奖励名次', bottomN: '末位名次', title: '标题', region: '地区', notes: '说明',
  $schema: '$schema', meta: 'meta', status: '状态', note: '备注', doc: '文号', by: '提出人', at: '日期', op: '操作',
  bureau: '机构', bureaus: '机构', into: '合并为', function: '职责', from: '从', to: '到', functionsTo: '职责交给',
};
const FIGURES: Record<string, string> = {
  'bodies.internal': '内设机构', 'bodies.institution': '事业单位', 'bodies.total': '机构合计', 'staff.admin': '行政编制',
  'staff.institutional': '事业编制', 'staff.total': '编制合计', leaderPosts: '领导职数', released: '交给平台的编制',
  'savings.bodies': '节约机构', 'savings.internalBodies': '节约内设机构', 'savings.staff': '节约编制', 'savings.adminStaff': '节约行政编制',
  'savings.institutionalStaff': '节约事业编制', 'savings.leaderPosts': '节约领导职数', 'savings.released': '多交给平台的编制',
  bodies: '机构', internalBodies: '内设机构', staff: '编制', economicRatio: '经济类占比',
};

export const shareZh = {
  // —— bringing proposals in ——
  'share.noProposal': (a: { id: string; known: readonly string[] }) =>
    `另一份文件中没有 ID 为 ${q(a.id)} 的方案。${a.known.length > 0 ? `其中的方案：${list(a.known)}。` : '其中没有任何方案。'}`,
  'share.choiceMissing': (a: { proposal: string; id: string }) =>
    `方案 ${q(a.proposal)}（${a.id}）有操作在本文件的现状上无法执行：请选择跳过这些操作，还是把整个方案原样搁置。`,
  'share.notAppliedUnreadable': () => '方案 meta 中“未采用的操作”记录无法读取（可能被手工改动过）。',
  'share.renamed': (a: { from: string; to: string }) => `方案 ID ${q(a.from)} 在本文件中已被占用，带入后改为 ${q(a.to)}。`,
  'share.backToDraft': (a: { proposal: string }) => `方案 ${q(a.proposal)} 跳过了部分操作，已与送审或批准时不同，状态改回草稿。`,
  'share.broughtIn': (a: { count: number; aside: number; skipped: number }) =>
    `带入 ${a.count} 个方案${a.aside > 0 ? `，其中 ${a.aside} 个原样搁置` : ''}${a.skipped > 0 ? `，跳过 ${a.skipped} 项无法执行的操作` : ''}。`,
  'share.expired': () => '另一份文件已不在内存中（程序可能重新启动过）：请重新选择该文件。',
  'share.noOpenFile': () => '没有打开的文件。',
  // —— merging two edited copies ——
  'merge.done': (a: { title: string; leftOut: number }) => `已与《${a.title}》合并${a.leftOut > 0 ? `，${a.leftOut} 项操作按所选未采用` : ''}。`,
  'merge.choiceMissing': (a: { conflict: string }) => `冲突 ${a.conflict} 尚未选择采用哪一方。`,
  'merge.choiceInvalid': (a: { conflict: string; choice: string }) => `冲突 ${a.conflict} 不能选择 ${q(a.choice)}。`,
  'merge.approvedGrows': (a: { proposal: string }) =>
    `方案 ${q(a.proposal)} 已批准，不能再加入新的操作：请把它的状态选为对方的草稿，或先在其中一份文件里把它改回草稿再合并。`,
  // —— npm run diff ——
  'diff.usage': () =>
    '用法：npm run diff -- 文件A 文件B [--json] [--lang zh|en]\n' +
    '  --json          以 JSON 输出全部差异（逐一列出不同的单位、机构和操作的 ID）\n' +
    '  --lang zh|en    输出语言，默认中文\n' +
    '退出码：0 两份文件相同，1 有差异，2 出错（无法读取、文件无效或用法错误）',
  'diff.twoFiles': () => '需要且只需要两个方案文件。',
  'diff.unreadable': (a: { reason: string }) => `无法读取：${a.reason}`,
  'diff.same': () => '两份文件没有差别（单位和机构的排列顺序、文件格式不算差别）。',
  'diff.sides': (a: { a: string; b: string }) => `A：${a.a}\nB：${a.b}`,
  'diff.section.file': () => '文件信息',
  'diff.section.baseline': () => '现状（单位、机构、职责与规则参数）',
  'diff.section.proposals': () => '方案',
  'diff.section.figures': () => '指标对比',
  'diff.unit': () => '单位',
  'diff.bureau': () => '机构',
  'diff.function': () => '职责',
  'diff.rules': () => '规则参数',
  'diff.onlyA': () => '仅 A 有',
  'diff.onlyB': () => '仅 B 有',
  'diff.changedIn': () => '有改动',
  'diff.absent': () => '（无）',
  'diff.field': (a: { field: string }) => (Object.hasOwn(FIELDS, a.field) ? FIELDS[a.field]! : String(a.field)),
  'diff.figureName': (a: { figure: string }) => (Object.hasOwn(FIGURES, a.figure) ? FIGURES[a.figure]! : String(a.figure)),
  'diff.proposalOps': (a: { count: number }) => `${a.count} 项操作`,
  'diff.opAdded': (a: { index: number }) => `B 第 ${a.index + 1} 项（仅 B 有）`,
  'diff.opRemoved': (a: { index: number }) => `A 第 ${a.index + 1} 项（仅 A 有）`,
  'diff.opChanged': (a: { before: number; after: number }) => `A 第 ${a.before + 1} 项 → B 第 ${a.after + 1} 项`,
  'diff.byAt': (a: { by: string; at: string }) => `（${[a.by, a.at].filter((s) => s !== '').join('，')}）`,
  'diff.figuresOf': (a: { state: string }) => `${a.state}`,
  'diff.figure': () => '指标',
  'diff.delta': () => 'B − A',
  'diff.unitFigure': (a: { unit: string; figure: string }) => `${a.unit} · ${a.figure}`,
  'diff.violationNew': () => '仅 B 违反',
  'diff.violationGone': () => '仅 A 违反',
  'diff.noFigureChange': () => '指标相同。',
  'diff.summary': (a: { units: number; bureaus: number; proposals: number }) =>
    `共有差异：单位 ${a.units} 个，机构 ${a.bureaus} 个，方案 ${a.proposals} 个。`,
};

export type ShareCatalogue = typeof shareZh;
