// The Chinese texts of the browser app. ui-en.ts must have the same keys.
export const uiZh = {
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
