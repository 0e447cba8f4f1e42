// Texts of the table import and of the Office exports (SPEC §11), in Chinese. office-en.ts has the same keys.
const q = (s: string): string => `“${s}”`;
const list = (items: readonly string[]): string => items.join('、');

const KINDS: Record<string, string> = { zone: '开发区管委会', office: '管理办公室', town: '镇', street: '街道', platform: '公司平台', group: '领导小组（统筹协调机制）' };
const CATEGORIES: Record<string, string> = { economic: '经济发展类', social: '社会管理类', general: '综合类' };

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
  'office.check': (a: { detail: string }) => a.detail,
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
  'office.kind': (a: { kind: string }) => KINDS[a.kind] ?? a.kind,
  'office.category': (a: { category: string }) => CATEGORIES[a.category] ?? a.category,
};

export type OfficeCatalogue = typeof officeZh;
