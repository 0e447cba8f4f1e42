// Texts of the table import and of the Office exports (SPEC §11), in Chinese. office-en.ts has the same keys.
const q = (s: string): string => `“${s}”`;
const list = (items: readonly string[]): string => items.join('、');

const KINDS: Record<string, string> = { zone: '开发区管委会', office: '管理办公室', town: '镇', street: '街道', platform: '公司平台', group: '领导小组（统筹协调机制）' };
const CATEGORIES: Record<string, string> = { economic: '经济发展类', social: '社会管理类', general: '综合类' };

const HELP: Record<string, string> = {
  'units.id': '可空：留空时按行号生成（u-行号）。只能用字母、数字、_ - .，最多 64 个字符',
  'units.name': '必填：单位全称，最多 200 个字符',
  'units.kind': '必填：管委会 / 管理办公室 / 镇 / 街道 / 公司平台 / 领导小组',
  'units.level': '管委会、管理办公室可填：国家级 / 省级 / 市级',
  'units.governance': '管委会必填：区政合一 / 区政分设',
  'units.partyCommittee': '是 / 否，空 = 否',
  'units.parent': '管理办公室所属的主体开发区：填其编号或完整名称',
  'units.territory': '管委会、管理办公室覆盖的镇、街道：编号或名称，用“、”分隔',
  'units.developedTown': '镇可填：是 / 否（经济发达镇），空 = 否',
  'units.leaderPosts': '单位本级领导职数：非负整数，空 = 0',
  'units.leaderPostCap': '核定的领导职数限额：非负整数，空 = 无',
  'units.bodyCap': '内设机构限额：非负整数，空 = 无',
  'units.jointWith': '合署办公（一套机构一套职数）的单位：编号或完整名称',
  'units.rank': '考核排名：名次/参评总数，如 3/10，空 = 无',
  'bureaus.id': '可空：留空时按行号生成（b-行号）',
  'bureaus.unit': '必填：“单位”表中某个单位的编号或完整名称',
  'bureaus.name': '必填：机构名称',
  'bureaus.type': '必填：内设机构 / 事业单位',
  'bureaus.category': '必填：经济发展类 / 社会管理类 / 综合类',
  'bureaus.functions': '职责：内置职能的名称（如 招商引资、城市管理）或编号，用“、”分隔；其他名称作为本文件的职能',
  'bureaus.staff.admin': '行政编制：非负整数，空 = 0',
  'bureaus.staff.institutional': '事业编制：非负整数，空 = 0',
  'bureaus.leaderPosts': '机构领导职数：非负整数，空 = 0',
};

export const officeZh = {
  // —— where an import error is ——
  'office.at': (a: { at: string; header: string; detail: string }) => `${a.at}（${a.header}）：${a.detail}`,
  'office.atSheet': (a: { at: string; detail: string }) => `${a.at}：${a.detail}`,
  // —— what is wrong with a cell ——
  'office.count': (a: { value: string }) => `须为非负整数，现为${q(a.value)}`,
  'office.countTooLarge': (a: { value: string }) => `数值过大（${a.value}），不能超过 1,000,000`,
  'office.date': (a: { value: string }) => `这是一个日期（${a.value}），须为非负整数；请把单元格格式改为“常规”或“数值”`,
  'office.formulaError': (a: { value: string }) => `公式出错（${a.value}），请检查公式或直接填入数值`,
  'office.required': () => '不能为空',
  'office.enum': (a: { value: string; allowed: readonly string[] }) => `取值${q(a.value)}无效，可填：${list(a.allowed)}`,
  'office.boolean': (a: { value: string }) => `须填“是”或“否”，现为${q(a.value)}`,
  'office.rank': (a: { value: string }) => `须写作“名次/参评总数”（如 3/10），现为${q(a.value)}`,
  'office.id': (a: { value: string }) => `编号${q(a.value)}无效：须为 1–64 个字母、数字或 _ - .`,
  'office.idDuplicate': (a: { value: string; first: string }) => `编号${q(a.value)}重复，${a.first} 已经使用`,
  'office.nameTooLong': (a: { length: number }) => `名称过长（${a.length} 个字符），不能超过 200 个字符`,
  'office.unitRef': (a: { value: string }) => `找不到单位${q(a.value)}：须为“单位”表中某个单位的编号或完整名称`,
  'office.unitAmbiguous': (a: { value: string; ids: readonly string[] }) => `名称${q(a.value)}对应多个单位（编号 ${list(a.ids)}），请改填编号`,
  'office.functionAmbiguous': (a: { value: string; ids: readonly string[] }) => `职责${q(a.value)}对应多个职能（编号 ${list(a.ids)}），请改填编号`,
  'office.check': (a: { detail: string }) => `${a.detail}`,
  // —— the table as a whole ——
  'office.noSheet': (a: { wanted: readonly string[]; found: readonly string[] }) =>
    `找不到工作表 ${list(a.wanted.map(q))}。${a.found.length > 0 ? `本工作簿的工作表：${list(a.found.map(q))}。` : '本工作簿没有工作表。'}`,
  'office.missingColumn': (a: { header: string }) => `缺少必需的列${q(a.header)}（第 1 行应为表头）`,
  'office.duplicateColumn': (a: { header: string; first: string }) => `列${q(a.header)}与第 ${a.first} 列重复`,
  'office.noRows': () => '没有任何数据行',
  'office.notXlsx': () => '不是 .xlsx 工作簿（也不是 CSV 文本）。请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）',
  'office.xls': () => '这是旧版 Excel 97-2003 工作簿（.xls），无法直接读取。请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）后再导入',
  'office.corrupt': () => '工作簿已损坏，无法解压。请重新保存后再导入',
  'office.tooLarge': (a: { limit: number }) => `工作簿解压后超过 ${a.limit} MB，不像是编制台账，已拒绝读取`,
  'office.fileTooLarge': (a: { limit: number }) => `文件超过 ${a.limit} MB，不像是编制台账，已拒绝读取`,
  'office.tooManyRows': (a: { limit: number }) => `工作表超过 ${a.limit} 行，已拒绝读取`,
  'office.empty': () => '文件是空的',
  'office.encoding': () => '文件既不是 UTF-8，也不是 GB18030 编码的文本，无法读取',
  // —— notices ——
  'office.notice.ignored': (a: { sheet: string; columns: readonly string[] }) => `工作表${q(a.sheet)}中未识别的列已忽略：${list(a.columns)}`,
  'office.notice.encoding': (a: { encoding: string }) => `文件按 ${a.encoding} 编码读取`,
  'office.notice.function': (a: { name: string; id: string; category: string }) => `职责${q(a.name)}不是内置职能，已作为本文件的职能（编号 ${a.id}，${CATEGORIES[a.category] ?? a.category}）`,
  'office.notice.merged': (a: { sheet: string; count: number }) => `工作表${q(a.sheet)}有 ${a.count} 处合并单元格：合并区域内每个单元格都取左上角的值`,
  'office.notice.formulas': (a: { sheet: string; count: number }) => `工作表${q(a.sheet)}有 ${a.count} 个公式单元格：按工作簿保存时的计算结果读取`,
  'office.notice.kind': (a: { unit: string; kind: string; guessed: boolean }) => (a.guessed ? `单位${q(a.unit)}按名称推断为${KINDS[a.kind] ?? a.kind}，可在导入前修改` : `单位${q(a.unit)}的类型无法从名称推断，暂按${KINDS[a.kind] ?? a.kind}处理，请在导入前修改`),
  'office.notice.governance': (a: { unit: string }) => `管委会${q(a.unit)}暂按“区政分设”处理，如为区政合一请修改`,
  'office.notice.headerRow': (a: { sheet: string; row: number }) => `工作表${q(a.sheet)}的表头在第 ${a.row} 行，上方各行已跳过`,
  'office.kind': (a: { kind: string }) => `${KINDS[a.kind] ?? a.kind}`,
  'office.category': (a: { category: string }) => `${CATEGORIES[a.category] ?? a.category}`,
  'office.sheet.figures': () => '指标对比',
  'office.sheet.adjustments': () => '调整对照表',
  'office.sheet.changes': () => '调整清单',
  'office.sheet.ledger': () => '单位前后对比',
  'office.sheet.problems': () => '问题清单',
  'office.sheet.help': () => '填写说明',
  'office.col.no': () => '序号',
  'office.col.proposal': () => '方案',
  'office.col.figure': () => '指标',
  'office.col.baseline': () => '现状',
  'office.col.bureau': () => '机构',
  'office.col.change': () => '调整方式',
  'office.col.unitBefore': () => '原单位',
  'office.col.unitAfter': () => '调整后单位',
  'office.col.adminBefore': () => '行政编制（前）',
  'office.col.adminAfter': () => '行政编制（后）',
  'office.col.instBefore': () => '事业编制（前）',
  'office.col.instAfter': () => '事业编制（后）',
  'office.col.postsBefore': () => '职数（前）',
  'office.col.postsAfter': () => '职数（后）',
  'office.col.doc': () => '文号',
  'office.col.note': () => '说明',
  'office.col.by': () => '提出人',
  'office.col.at': () => '日期',
  'office.col.item': () => '调整事项',
  'office.col.unit': () => '单位',
  'office.col.bodiesBefore': () => '机构（前）',
  'office.col.bodiesAfter': () => '机构（后）',
  'office.col.internalBefore': () => '内设（前）',
  'office.col.internalAfter': () => '内设（后）',
  'office.col.staffBefore': () => '编制合计（前）',
  'office.col.staffAfter': () => '编制合计（后）',
  'office.col.severity': () => '类别',
  'office.col.rule': () => '规则',
  'office.col.subject': () => '对象',
  'office.col.message': () => '问题与修正',
  'office.col.column': () => '列名',
  'office.col.required': () => '必填',
  'office.col.values': () => '可填的值',
  'office.col.sheet': () => '工作表',
  'office.title.illustrative': () => '示意数据',
  'office.none': () => '无',
  'office.col.savingOf': (a: { name: string }) => `${a.name}：较现状节约`,
  'office.col.valueOf': (a: { name: string }) => `${a.name}`,
  'office.deck.title': (a: { title: string }) => `${a.title}`,
  'office.deck.before': () => '调整前：现状机构设置',
  'office.deck.after': (a: { name: string }) => `调整后：${a.name}`,
  'office.deck.part': (a: { n: number; of: number }) => `（${a.n}/${a.of}）`,
  'office.deck.figures': () => '主要指标变化',
  'office.deck.ledger': () => '各单位调整前后对比',
  'office.deck.compare': () => '方案比较',
  'office.deck.adjustments': () => '调整对照表',
  'office.deck.problems': () => '仍需解决的问题',
  'office.deck.noProblems': () => '没有违反任何规则。',
  'office.deck.noChanges': () => '本方案没有调整任何机构。',
  'office.doc.title': (a: { name: string }) => `${a.name}机构编制调整方案`,
  'office.doc.summary': (a: SummaryArgs) =>
    `调整后，机构由 ${a.bodiesBefore} 个调整为 ${a.bodiesAfter} 个（其中内设机构由 ${a.internalBefore} 个调整为 ${a.internalAfter} 个），行政编制由 ${a.adminBefore} 名调整为 ${a.adminAfter} 名，事业编制由 ${a.instBefore} 名调整为 ${a.instAfter} 名，领导职数由 ${a.postsBefore} 名调整为 ${a.postsAfter} 名。编制合计${a.staffChange}${a.platform === '' ? '' : `，${a.platform}`}。`,
  'office.doc.h1': () => '一、主要指标',
  'office.doc.h2': () => '二、调整对照表',
  'office.doc.h3': () => '三、各单位调整前后对比',
  'office.doc.h4': () => '四、仍需解决的问题',
  'office.doc.appendix': () => '附件',
  'office.doc.page': () => '页',
  'office.help': (a: { sheet: string; field: string }) => HELP[`${a.sheet}.${a.field}`] ?? `${a.sheet}.${a.field}`,
  'office.cli.usage': () =>
    '用法：\n' +
    '  npm run -s table -- import 文件.xlsx|文件.csv [--kind 单位名称=zone|office|town|street|platform|group]… [--lang zh|en] > 方案.json\n' +
    '  npm run -s table -- export 方案.json [--scenario 方案ID]… [--xlsx|--pptx|--docx] [--lang zh|en] > 输出文件\n' +
    '  npm run -s table -- template > 编制台账模板.xlsx\n' +
    '  export 默认导出全部方案；--scenario 可重复，只导出所选方案（按给出的顺序）。',
  'office.cli.badKind': (a: { value: string }) => `--kind 须写作“单位名称=类型”，类型为 zone、office、town、street、platform 或 group，现为“${a.value}”`,
  'office.cli.ttyRefused': () => '输出是二进制文件，请重定向到文件（> 输出文件）。',
  'office.deck.continued': () => '（续）',
  'office.deck.unitFigures': (a: { bodies: number; staff: number; posts: number }) => `机构 ${a.bodies} · 编制 ${a.staff} · 职数 ${a.posts}`,
  'office.deck.bureauStaff': (a: { staff: number }) => `编制 ${a.staff}`,
  'office.deck.bureauInstitution': (a: { staff: number }) => `事业单位 · 编制 ${a.staff}`,
};

export type OfficeCatalogue = typeof officeZh;

/** The figures before and after that the summary of a 调整方案 names. */
export interface SummaryArgs {
  bodiesBefore: number;
  bodiesAfter: number;
  internalBefore: number;
  internalAfter: number;
  adminBefore: number;
  adminAfter: number;
  instBefore: number;
  instAfter: number;
  postsBefore: number;
  postsAfter: number;
  /** The staff change in words, as the screen says it ("减少 47 名"). */
  staffChange: string;
  /** The hand-over to company platforms as the screen says it beside the staff change ("其中划转公司平台 34 名"), or ''. */
  platform: string;
}
