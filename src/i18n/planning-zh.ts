// The Chinese words of the planning assistant's screens: the fixes of a problem and the suggestion
// dialog. planning-en.ts has the same keys.

/** 个 for bodies, 名 for people and posts. */
const MEASURE: Record<string, string> = { bodies: ' 个', people: ' 名' };

export const planningZh = {
  'planning.stale': () => '文件在算出这些调整之后又有了改动，请重新打开修正或重新求解。',
  // —— a change of a figure, in words ——
  'planning.figure.staff': () => '编制',
  'planning.figure.bodies': () => '机构',
  'planning.figure.leaderPosts': () => '领导职数',
  'planning.figure.released': () => '划转公司平台编制',
  'planning.figure.economicRatio': () => '经济发展类机构占比',
  'planning.effect.area': () => '全区',
  'planning.effect.areaSame': () => '编制、机构、领导职数合计不变',
  'planning.delta.down': (a: { n: string; measure: string }) => `减少 ${a.n}${MEASURE[a.measure] ?? ''}`,
  'planning.delta.up': (a: { n: string; measure: string }) => `增加 ${a.n}${MEASURE[a.measure] ?? ''}`,
  'planning.delta.same': () => '不变',
  'planning.delta.ratioDown': (a: { pt: string }) => `降低 ${a.pt} 个百分点`,
  'planning.delta.ratioUp': (a: { pt: string }) => `提高 ${a.pt} 个百分点`,
  // —— fixes of one problem ——
  'planning.fixes.title': () => '可以清除这个问题的调整',
  'planning.fixes.loading': () => '规划助手正在计算可行的调整…',
  'planning.fixes.failed': () => '没能算出调整，请稍后重试。',
  'planning.fixes.retry': () => '重试',
  'planning.fixes.option': (a: { n: number }) => `做法 ${a.n}`,
  'planning.fixes.several': (a: { n: number }) => `${a.n} 项调整，一步完成`,
  'planning.fixes.apply': () => '采用这项调整',
  'planning.fixes.applyNew': () => '在新方案中采用',
  'planning.fixes.baselineNote': () => '现状不直接修改：采用后新建一个方案，只含这项调整，可撤销。',
  'planning.fixes.copyName': (a: { name: string; fix: string }) => `${a.name}（${a.fix}）`,
  'planning.fixes.approvedNote': () => '这个方案已批准，不直接修改：采用后新建一个草稿方案，含本方案的全部调整和这项调整，可撤销。',
  'planning.fixes.none': () => '没有可行的调整',
  'planning.fixes.effect': () => '采用后',
  // —— the suggestion dialog ——
  'planning.suggest.title': () => '求解合规方案',
  'planning.suggest.intro': () =>
    '规划助手用整数规划精确求解一个新方案：清除全部错误（经济发展类机构占比、开发区承担社会管理职能、机构限额、领导小组设机构或职数、排名末位增设机构职数），且不产生新的错误。求出后先给您核对，加入后才改动文件。',
  'planning.suggest.from': () => '出发点',
  'planning.suggest.objective': () => '求解目标',
  'planning.objective.fewest-changes': () => '调整最少',
  'planning.objective.fewest-changesHint': () => '用最少的调整清除全部错误',
  'planning.objective.most-staff-saved': () => '节约编制最多',
  'planning.objective.most-staff-savedHint': () => '清除错误，并尽量撤销、移交以节约编制（调整可能很多）',
  'planning.suggest.warnings': () => '同时清除这些提醒',
  'planning.suggest.locks': () => '锁定（不作任何调整）',
  'planning.suggest.lockSearch': () => '搜索要锁定的机构或单位',
  'planning.suggest.lockHint': () => '锁定的机构不划转、合并、撤销或修改，也不接收职责；锁定的单位不调入也不调出机构。',
  'planning.suggest.lockMore': (a: { n: number }) => `还有 ${a.n} 个匹配，请输入更多字缩小范围`,
  'planning.suggest.lockNone': () => '没有匹配的机构或单位',
  'planning.suggest.unlock': (a: { name: string }) => `取消锁定 ${a.name}`,
  'planning.suggest.noAbolitions': () => '不撤销机构',
  'planning.suggest.noHandOvers': () => '不向公司平台划转',
  'planning.suggest.start': () => '开始求解',
  'planning.suggest.close': () => '关闭',
  // —— progress ——
  'planning.progress.preparing': () => '正在准备（首次使用时载入求解器）…',
  'planning.progress.solving': (a: { done: number; total: number }) => `已求解 ${a.done} / ${a.total} 组开发区`,
  'planning.progress.checking': () => '正在用评估引擎逐项复核…',
  'planning.progress.cancel': () => '取消求解',
  'planning.progress.hint': () => '求解在后台进行，页面可以照常使用；取消后文件不会有任何改动。',
  'planning.cancelled': () => '已取消求解，文件没有任何改动。',
  'planning.failed': () => '求解没能完成：',
  // —— the result ——
  'planning.result.changes': (a: { n: number }) => `${a.n} 项调整`,
  'planning.result.cleared': (a: { cleared: number; targeted: number }) => `清除 ${a.cleared} / ${a.targeted} 个问题`,
  'planning.result.allCleared': () => '全部清除，且没有产生新的错误',
  'planning.result.nothingToClear': () => '出发点没有需要清除的问题。',
  'planning.result.nothingPossible': () => '没有找到可行的方案',
  'planning.result.figures': () => '指标变化（与出发点相比）',
  'planning.result.list': () => '调整清单（每项注明原因，加入后写入说明）',
  'planning.result.notCleared': () => '未能清除的问题及原因',
  'planning.result.many': (a: { n: number }) => `调整较多（${a.n} 项），请逐项核对；想要更少的调整，可改选“调整最少”。`,
  'planning.result.inexact': () => '有的整数规划未在迭代上限内证明最优，给出的是找到的最好解。',
  'planning.result.add': () => '加入为新方案',
  'planning.result.back': () => '修改条件',
  'planning.result.moreShares': (a: { n: number }) => `另有 ${a.n} 个开发区的占比也有变化`,
};

export type PlanningCatalogue = typeof planningZh;
