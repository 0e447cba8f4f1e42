// The Chinese texts of the planning assistant (fixes and suggested plans). plan-en.ts has the same keys.
const list = (items: readonly string[]): string => items.join('、');

export const planZh = {
  'plan.why.econ-ratio': (a: { unit: string }) => `提高${a.unit}经济发展类机构占比`,
  'plan.why.social-in-zone': (a: { bureau: string }) => `${a.bureau}的社会管理职能回归属地镇街`,
  'plan.why.body-cap': (a: { unit: string }) => `${a.unit}内设机构控制在限额内`,
  'plan.why.group-staffed': (a: { unit: string }) => `${a.unit}（统筹协调机制）不设机构和职数`,
  'plan.why.rank-bottom-growth': (a: { unit: string }) => `${a.unit}（考核排名末位）机构和职数不增`,
  'plan.why.econ-in-town': (a: { bureau: string }) => `剥离${a.bureau}承担的经济发展职能`,
  'plan.why.function-duplicate': (a: { unit: string; fn: string }) => `${a.unit}内“${a.fn}”只由一个机构承担`,
  'plan.why.staff': (a: { staff: number }) => `节约编制 ${a.staff} 名`,
  'plan.note': (a: { reasons: readonly string[] }) => `建议调整：${a.reasons.join('；')}`,
  'plan.fixNote': (a: { reason: string }) => `修正：${a.reason}`,
  'plan.scenarioName': (a: { objective: string }) => `建议方案（${a.objective === 'most-staff-saved' ? '节约编制最多' : '调整最少'}）`,
  'plan.scenarioNotes': (a: { from: string; changes: number }) =>
    `由规划助手根据${a.from}求解得出：${a.changes} 项调整，经评估引擎逐项复核。`,
  'plan.from.baseline': () => '现状',
  'plan.from.scenario': (a: { name: string }) => `方案“${a.name}”`,
  'plan.item.lock': (a: { name: string }) => `锁定“${a.name}”`,
  'plan.item.noAbolitions': () => '不撤销机构',
  'plan.item.noHandOvers': () => '不向公司平台划转',
  'plan.hold.econ-ratio': (a: { unit: string }) => `${a.unit}经济发展类机构占比不低于下限`,
  'plan.hold.social-in-zone': (a: { bureau: string }) => `${a.bureau}不承担社会管理职能`,
  'plan.hold.body-cap': (a: { unit: string }) => `${a.unit}内设机构不超过限额`,
  'plan.hold.group-staffed': (a: { unit: string }) => `${a.unit}不设机构和职数`,
  'plan.hold.rank-bottom-growth': (a: { unit: string }) => `${a.unit}机构和职数不增`,
  'plan.hold.econ-in-town': (a: { bureau: string }) => `${a.bureau}不承担经济发展职能`,
  'plan.hold.function-duplicate': (a: { unit: string; fn: string }) => `${a.unit}内“${a.fn}”只由一个机构承担`,
  'plan.item.rule': (a: { rule: string; name: string }) => `${a.name}须符合 ${a.rule}`,
  'plan.obstacle': (a: { problems: readonly string[]; conflict: readonly string[] }) =>
    `无法做到“${list(a.problems)}”：${a.conflict.length > 0 ? `它与以下条件不能同时满足——${list(a.conflict)}` : '规划助手可用的调整（划转、移交平台、撤销、合并、职责划转、调整类别）都不能做到'}。`,
  'plan.noScenario': (a: { id: string; known: readonly string[] }) =>
    `文件中没有 ID 为“${a.id}”的方案。${a.known.length > 0 ? `现有方案：${list(a.known)}。` : '文件中没有任何方案。'}`,
  'plan.unexplained': (a: { problem: string }) => `${a.problem} 未能清除：求解结果经评估引擎复核后仍存在该问题。`,
  'plan.groupLocked': (a: { unit: string }) => `${a.unit}已锁定，不能核减其领导职数`,
  'plan.cli.usage': () =>
    '用法：npm run suggest -- 文件 [--scenario 方案ID] [--objective fewest-changes|most-staff-saved] [--lock ID,…]\n' +
    '                          [--no-abolitions] [--no-hand-overs] [--also econ-in-town,function-duplicate] [--json] [--lang zh|en]\n' +
    '  --scenario ID      从该方案出发（默认从现状出发）\n' +
    '  --objective        fewest-changes 调整最少（默认）/ most-staff-saved 节约编制最多\n' +
    '  --lock ID,…        锁定这些机构或单位，不作任何调整\n' +
    '  --no-abolitions    不撤销机构\n' +
    '  --no-hand-overs    不向公司平台划转\n' +
    '  --also 规则,…      同时清除这些提醒：econ-in-town、function-duplicate\n' +
    '  --json             输出整个文件，建议方案附在最后\n' +
    '退出码：0 全部清除；3 有问题无法清除（原因见标准错误）；1 文件无效；2 用法错误。',
  'plan.cli.badObjective': (a: { value: string }) => `无法识别的目标：${a.value}（可用 fewest-changes、most-staff-saved）`,
  'plan.cli.badRule': (a: { value: string }) => `--also 只接受 econ-in-town、function-duplicate，不接受 ${a.value}`,
  'plan.cli.unknownLock': (a: { id: string }) => `--lock：文件中没有 ID 为“${a.id}”的机构或单位`,
  'plan.cli.header': (a: { name: string; changes: number; targeted: number; cleared: number }) =>
    `${a.name}：${a.changes} 项调整，清除 ${a.cleared}/${a.targeted} 个问题`,
  'plan.cli.figures': (a: { staff: number; bodies: number; posts: number }) => `较现状：编制 ${a.staff >= 0 ? '节约' : '增加'} ${Math.abs(a.staff)} 名，机构 ${a.bodies >= 0 ? '减少' : '增加'} ${Math.abs(a.bodies)} 个，领导职数 ${a.posts >= 0 ? '减少' : '增加'} ${Math.abs(a.posts)} 名`,
  'plan.cli.inexact': () => '注意：有的整数规划未在迭代上限内证明最优，给出的是找到的最好解。',
  'plan.cancelled': () => '已取消：没有生成建议方案。',
  'plan.noFix': () => '没有一项或几项调整能单独清除该问题而不产生新的错误；请用“建议方案”统筹求解，或手工调整。',
};
