// The Chinese texts of the browser app. ui-en.ts must have the same keys.
const list = (items: readonly string[]): string => items.join('、');
const FIELD_ZH: Record<string, string> = {
  name: '名称', type: '类型', category: '类别', functions: '职能', staff: '编制', leaderPosts: '领导职数',
  kind: '单位类型', level: '级别', governance: '区政关系', partyCommittee: '党工委', parent: '所属开发区',
  territory: '辖区', developedTown: '经济发达镇', leaderPostCap: '职数限额', bodyCap: '机构限额', jointWith: '一体运作', rank: '考核排名',
};
export const KIND_ZH: Record<string, string> = {
  zone: '开发区管委会', office: '管理办公室', town: '镇', street: '街道', platform: '公司平台', group: '领导小组',
};

export const uiZh = {
  // —— the change list (调整清单) ——
  'change.move': (a: { bureau: string; from: string; to: string }) => `${a.bureau} 由 ${a.from} 划转至 ${a.to}`,
  'change.toPlatform': (a: { bureau: string; from: string; to: string }) => `${a.bureau} 由 ${a.from} 交由公司平台 ${a.to} 承担`,
  'change.merge': (a: { parts: readonly string[]; name: string; unit: string }) => `${list(a.parts)} 合并为 ${a.name}（${a.unit}）`,
  'change.abolish': (a: { bureau: string; unit: string; heir: string }) =>
    a.heir === '' ? `撤销 ${a.unit} ${a.bureau}` : `撤销 ${a.unit} ${a.bureau}，职能并入 ${a.heir}`,
  'change.create': (a: { bureau: string; unit: string }) => `在 ${a.unit} 新设 ${a.bureau}`,
  'change.set': (a: { bureau: string; fields: readonly string[] }) => `调整 ${a.bureau} 的${list(a.fields.map((f) => FIELD_ZH[f] ?? f))}`,
  'change.reassign': (a: { fn: string; from: string; to: string }) => `“${a.fn}”职责由 ${a.from} 划入 ${a.to}`,
  'change.addUnit': (a: { unit: string; kind: string }) => `新设${KIND_ZH[a.kind] ?? a.kind} ${a.unit}`,
  'change.setUnit': (a: { unit: string; fields: readonly string[] }) => `调整 ${a.unit} 的${list(a.fields.map((f) => FIELD_ZH[f] ?? f))}`,
  'change.removeUnit': (a: { unit: string }) => `撤销单位 ${a.unit}`,
  'notice.refused': () => '这项调整无法执行，未做任何改动：',
  'notice.storageFailed': () => '无法保存到浏览器（存储已满或被禁止）。工作仍在内存中，请尽快将文件另存。',
  'notice.storageUnavailable': () => '浏览器存储不可用（可能是隐私模式），关闭页面后工作不会保留。请另存文件。',
  'notice.restoreInvalid': () => '上次保存的工作无法通过校验，已另行保留一份副本，现打开示例方案。',
  'notice.restoreNewer': () => '上次保存的工作来自更新版本的 ZoneReform，已另行保留一份副本，现打开示例方案。',
  'notice.restoreUnreadable': () => '上次保存的工作无法读取，已另行保留一份副本，现打开示例方案。',
  'step.createScenario': (a: { name: string }) => `新建方案“${a.name}”`,
  'step.renameScenario': (a: { name: string }) => `方案改名为“${a.name}”`,
  'step.deleteScenario': (a: { name: string }) => `删除方案“${a.name}”`,
  'step.editRecord': (a: { index: number }) => `修改第 ${a.index} 项调整的文号或说明`,
};
