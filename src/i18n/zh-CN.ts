// What the engine says, in Chinese (the product's first language): why a file or an operation is
// refused and every rule broken (the change list: changes-zh.ts). en.ts must have the same keys. The screen's own
// text is in ui-zh.ts; the worker carries only this catalogue (see engine.ts).
import { type FunctionRef, functionLabel, percent } from './lang';

const list = (items: readonly string[]): string => items.join('、');
const q = (s: string): string => `“${s}”`;
const fns = (refs: readonly FunctionRef[]): string => list(refs.map((f) => functionLabel(f, 'zh')));
const fn = (ref: FunctionRef): string => functionLabel(ref, 'zh');

export const zhCN = {
  // —— reading a file ——
  'file.tooLarge': (a: { bytes: number; limit: number }) =>
    `文件过大：${(a.bytes / 1048576).toFixed(1)} MB，上限为 ${a.limit / 1048576} MB。请拆分方案或删除不需要的内容。`,
  'file.empty': () => '文件为空，没有任何内容。请选择一个方案文件（JSON）。',
  'file.notJson': (a: { detail: string; line?: number; column?: number }) =>
    a.line === undefined
      ? `不是有效的 JSON：${a.detail}`
      : `不是有效的 JSON（第 ${a.line} 行第 ${a.column} 列附近）：${a.detail}`,
  'file.notObject': () => '文件的最外层必须是一个 JSON 对象 { … }。',
  'file.tooDeep': (a: { limit: number }) => `嵌套层级超过 ${a.limit} 层，文件结构异常，已拒绝读取。`,
  'format.wrong': (a: { value: string }) =>
    `format 应为 "zonereform/scenario"，实际为 ${a.value}。这不是 ZoneReform 方案文件。`,
  'version.newer': (a: { value: number }) =>
    `文件格式版本为 ${a.value}，比本程序支持的版本 2 更新。请升级 ZoneReform 后再打开。`,
  'version.wrong': (a: { value: string }) => `文件格式版本应为 1 或 2，实际为 ${a.value}。`,
  'key.forbidden': (a: { key: string }) => `不允许使用键名 ${q(a.key)}（可能被用于攻击程序）。请改用其他名称。`,
  'field.missing': (a: { field: string }) => `缺少必填字段 ${a.field}。`,
  'field.unknown': (a: { field: string }) => `未知字段 ${a.field}（可能是拼写错误）。附加信息请放在 meta 中。`,
  'field.type': (a: { expected: string }) => `类型错误：应为${typeZh(a.expected)}。`,
  'field.enum': (a: { value: string; allowed: readonly string[] }) =>
    `取值 ${a.value} 无效，只能是：${list(a.allowed)}。`,
  'field.kindOnly': (a: { field: string; kinds: readonly string[]; kind: string }) =>
    `字段 ${a.field} 只适用于 ${list(a.kinds.map(kindZh))}，不适用于${kindZh(a.kind)}。`,
  'number.notInteger': () => '必须是整数。',
  'number.negative': () => '不能为负数。',
  'number.tooLarge': () => '数值过大，不能超过 1,000,000。',
  'number.ratio': () => '必须是 0 到 1 之间的数（例如 0.6 表示 60%）。',
  'id.format': () => 'ID 须为 1–64 个字符，只能包含字母、数字、_、- 和 .。',
  'name.empty': () => '名称不能为空。',
  'name.tooLong': (a: { length: number }) => `名称过长（${a.length} 个字符），不能超过 200 个字符。`,
  'id.duplicate': (a: { id: string; first: string }) => `ID ${q(a.id)} 重复，已在 ${a.first} 使用。`,
  'id.reserved': () => '方案 ID 不能是 "baseline"，该名称专指现状。',
  'array.tooShort': (a: { min: number }) => `至少需要 ${a.min} 项。`,
  'ref.unit': (a: { id: string }) => `引用的单位 ${q(a.id)} 不存在。`,
  'ref.function': (a: { id: string }) => `引用的职能 ${q(a.id)} 不存在（既非内置职能，也未在 functions 中定义）。`,
  'territory.notLocal': (a: { id: string; kind: string }) =>
    `辖区 territory 只能列镇或街道，${q(a.id)} 是${kindZh(a.kind)}。`,
  'parent.notZone': (a: { id: string; kind: string }) => `上级 parent 必须是开发区管委会，${q(a.id)} 是${kindZh(a.kind)}。`,
  'jointWith.self': () => 'jointWith 不能指向单位自身。',
  'unit.zoneGovernance': () => '开发区管委会必须填写 governance（integrated 区政合一 / separated 区政分设）。',
  'rank.first': () => '排名从第 1 位算起，不能小于 1。',
  'rank.order': (a: { position: number; of: number }) => `排名第 ${a.position} 位不能大于参评总数 ${a.of}。`,
  'op.unknown': (a: { value: string }) =>
    `未知的操作 ${a.value}，只能是：move、merge、abolish、create、set、reassign、add-unit、set-unit、remove-unit。`,
  // —— operations that cannot be applied ——
  'op.bureauMissing': (a: { id: string }) => `机构 ${q(a.id)} 在此时不存在（可能已被合并、撤销，或 ID 写错）。`,
  'op.unitMissing': (a: { id: string }) => `单位 ${q(a.id)} 在此时不存在（可能已被移除，或 ID 写错）。`,
  'op.alreadyThere': (a: { bureau: string; unit: string }) => `${a.bureau} 已在 ${a.unit}，无需划转。`,
  'op.mergeRepeat': (a: { id: string }) => `机构 ${q(a.id)} 在合并列表中重复出现。`,
  'op.mergeUnits': () => '只能合并同一单位内的机构：这些机构分属不同单位。请先划转到同一单位。',
  'op.mergeTypes': () => '只能合并同一类型的机构：不能把内设职能机构和事业单位合在一起。',
  'op.bureauIdInUse': (a: { id: string }) => `机构 ID ${q(a.id)} 已被占用，请换一个。`,
  'op.unitIdInUse': (a: { id: string }) => `单位 ID ${q(a.id)} 已被占用，请换一个。`,
  'op.functionsToSelf': () => 'functionsTo 不能是被撤销的机构本身。',
  'op.functionNotHeld': (a: { fn: string; bureau: string }) => `${a.bureau} 并不承担职能 ${q(a.fn)}，无法划出。`,
  'op.sameBureau': () => '职责划出和划入的机构不能是同一个。',
  'op.unitHoldsBureaus': (a: { unit: string; count: number }) =>
    `${a.unit} 还有 ${a.count} 个机构，不能移除。请先划转或撤销这些机构。`,
  'op.unitReferenced': (a: { unit: string; by: string; field: string }) =>
    `${a.unit} 仍被 ${a.by} 的 ${a.field} 引用，不能移除。请先修改该引用。`,
  'op.at': (a: { scenario: string; index: number; detail: string }) =>
    `方案 ${q(a.scenario)} 的第 ${a.index + 1} 个操作无法执行：${a.detail}`,
  // —— rules (SPEC §7): what is wrong, what would fix it, and the paper's words ——
  'rule.econ-ratio': (a: { unit: string; office: boolean; parent: string | null; economic: number; internal: number; ratio: number; min: number; remove: number | null; convert: number }) =>
    `${a.unit}（${!a.office ? '区政分设' : a.parent === null ? '不隶属主体开发区，按区政分设' : `所属${a.parent}区政分设`}）经济发展类内设机构 ${a.economic} 个，占内设机构 ${a.internal} 个的 ${percent(a.ratio)}，低于 ${percent(a.min)} 的要求。` +
    `修正：${a.remove === null ? '' : `将 ${a.remove} 个非经济类内设机构划出（社会管理职能交还属地镇街），或`}将 ${a.convert} 个内设机构调整为经济发展类。` +
    `依据：“对于实行‘区政分设’的开发区（功能园区）……确保经济发展类职能机构数量不低于60%”。`,
  'rule.social-in-zone': (a: { bureau: string; unit: string; functions: readonly FunctionRef[]; hosts: readonly string[] }) =>
    `${a.bureau}（${a.unit}）承担社会管理职能：${fns(a.functions)}。` +
    `修正：将这些职能划转至${a.hosts.length > 0 ? `属地镇街（${list(a.hosts)}）` : '属地镇街'}的机构，或将该机构整体划回属地镇街。` +
    `依据：“社会管理职能回归属地镇街承担”。`,
  'rule.econ-in-town': (a: { bureau: string; unit: string; zones: readonly string[]; functions: readonly FunctionRef[] }) =>
    `${a.bureau}（${a.unit}，位于${list(a.zones)}范围内）承担经济发展职能：${fns(a.functions)}。` +
    `修正：将这些职能划转至开发区的经济发展类机构，让镇街专注社会民生事务。依据：“有效剥离镇街承担的经济发展职能”。`,
  'rule.function-lost': (a: { fn: FunctionRef; bureaus: readonly string[] }) =>
    `职能${q(fn(a.fn))}在现状中由 ${list(a.bureaus)} 承担，本方案中已无任何机构承担。` +
    `修正：撤销机构时指定职能承接机构（functionsTo），或用职责划转把它交给某个机构。依据：厘清区政职责关系——移交的职责必须有承接方。`,
  'rule.function-duplicate': (a: { unit: string; fn: FunctionRef; bureaus: readonly string[] }) =>
    `${a.unit}内有 ${a.bureaus.length} 个机构同时承担${q(fn(a.fn))}：${list(a.bureaus)}。` +
    `修正：只保留一个机构承担该职能，其余划出，或合并这些机构。依据：“厘清职责边界”。`,
  'rule.body-cap': (a: { unit: string; count: number; cap: number }) =>
    `${a.unit}内设机构 ${a.count} 个，超过机构限额 ${a.cap} 个。修正：合并或撤销 ${a.count - a.cap} 个内设机构。` +
    `依据：“以‘大部门制’严控机构和职数增长”。`,
  'rule.leader-cap': (a: { unit: string; count: number; cap: number }) =>
    `${a.unit}领导职数 ${a.count} 名，超过核定限额 ${a.cap} 名。修正：核减 ${a.count - a.cap} 名领导职数。` +
    `依据：“在限额内核增领导职数”。`,
  'rule.park-parent': (a: { unit: string; parent: string }) =>
    `${a.unit}的主体开发区${a.parent}未设党工委，管理办公室缺少党的集中统一领导。` +
    `修正：为${a.parent}设立党工委，或将该管理办公室归入设有党工委的主体开发区；不隶属主体开发区的管理办公室（如旅游度假区）也可由区级党组织直接领导（删去 parent）。` +
    `依据：“在主体开发区党工委的集中统一领导下”。`,
  'rule.town-overlap': (a: { unit: string; zones: readonly string[] }) =>
    `经济发达镇${a.unit}位于${list(a.zones)}的辖区内，与开发区地理重叠。` +
    `修正：将${a.unit}移出开发区辖区（territory），或不再作为经济发达镇。依据：“有效避免经济发达镇和开发区的地理重叠”。`,
  'rule.group-staffed': (a: { unit: string; bureaus: readonly string[]; posts: number }) =>
    `${a.unit}是统筹协调机制，` +
    [
      ...(a.bureaus.length > 0 ? [`不应设机构，却有 ${a.bureaus.length} 个：${list(a.bureaus)}`] : []),
      ...(a.posts > 0 ? [`组长等由板块相关领导兼任，不应单设领导职数，却有 ${a.posts} 名`] : []),
    ].join('；') +
    `。修正：${[...(a.bureaus.length > 0 ? ['将这些机构划至管理机构或属地镇街'] : []), ...(a.posts > 0 ? ['将其领导职数改为 0，由相关领导兼任'] : [])].join('，')}。` +
    `依据：“暂不设置管理机构，通过建立健全高位统筹协调机制，由板块相关领导兼任功能区领导小组组长”。`,
  'rule.rank-bottom-growth': (a: RankArgs) =>
    `${a.unit}考核排名第 ${a.position}/${a.of} 位，居末 ${a.bottomN} 位，${growthZh(a)}。` +
    `修正：不得增加，应比现状至少核减 1 个内设机构或 1 名领导职数。依据：“排名居于区域最后2位的开发区，采取核减管理机构领导职数、职能机构个数等约束措施”。`,
  'rule.rank-bottom-no-cut': (a: RankArgs) =>
    `${a.unit}考核排名第 ${a.position}/${a.of} 位，居末 ${a.bottomN} 位，但内设机构（${a.bodiesBefore} → ${a.bodiesAfter} 个）和领导职数（${a.postsBefore} → ${a.postsAfter} 名）均未核减。` +
    `修正：至少核减 1 个内设机构或 1 名领导职数。依据：“排名居于区域最后2位的开发区，采取核减管理机构领导职数、职能机构个数等约束措施”。`,
  'rule.rank-growth-unearned': (a: RankArgs & { topN: number; top: boolean }) =>
    a.top
      ? `${a.unit}考核排名第 ${a.position}/${a.of} 位，居前 ${a.topN} 位，可在限额内核增领导职数，但内设机构由 ${a.bodiesBefore} 个增至 ${a.bodiesAfter} 个。` +
        `修正：不增设内设机构，考核领先的激励以在限额内核增领导职数体现。` +
        `依据：“优先考虑……在限额内核增领导职数”；“靠简单地做机构、编制和职数增量来激励各类开发园区发展的做法已不合时宜”。`
      : `${a.unit}考核排名第 ${a.position}/${a.of} 位，未进入前 ${a.topN} 位，${growthZh(a)}。` +
        `修正：维持现状的内设机构和领导职数；待排名持续领先或连续进位后，再在限额内核增领导职数，而不是增设机构。` +
        `依据：“排名持续领先或连续进位……优先考虑……在限额内核增领导职数”。`,
};

export interface RankArgs {
  unit: string;
  position: number;
  of: number;
  bottomN: number;
  bodiesBefore: number;
  bodiesAfter: number;
  postsBefore: number;
  postsAfter: number;
}

function growthZh(a: RankArgs): string {
  const parts: string[] = [];
  if (a.bodiesAfter > a.bodiesBefore) parts.push(`内设机构由 ${a.bodiesBefore} 个增至 ${a.bodiesAfter} 个`);
  if (a.postsAfter > a.postsBefore) parts.push(`领导职数由 ${a.postsBefore} 名增至 ${a.postsAfter} 名`);
  return parts.join('，');
}

export function kindZh(kind: string): string {
  const names: Record<string, string> = {
    zone: '开发区管委会',
    office: '管理办公室',
    town: '镇',
    street: '街道',
    platform: '公司平台',
    group: '统筹协调机制',
  };
  return names[kind] ?? kind;
}

function typeZh(expected: string): string {
  const names: Record<string, string> = {
    string: '文字',
    integer: '整数',
    number: '数字',
    boolean: 'true 或 false',
    object: '对象 { … }',
    array: '列表 [ … ]',
  };
  return names[expected] ?? expected;
}

export type Catalogue = typeof zhCN;
export type MessageKey = keyof Catalogue;
