// The words of tables in and out on the first page (SPEC §11): the menus, the undo step of a
// replaced organisation and its notices. The dialogs' own words load with them (office-zh.ts).
const names = (list: readonly string[]): string => list.map((n) => `“${n}”`).join('、');

export const officeUiZh = {
  'menu.file': () => '文件',
  'menu.export': () => '导出',
  'menu.importTable': () => '导入编制台账（.xlsx / .csv）…',
  'menu.template': () => '下载台账模板（.xlsx）',
  'menu.saveJson': () => '方案文件（.json）',
  'menu.exportXlsx': () => 'Excel 工作簿（.xlsx）…',
  'menu.exportPptx': () => '会议演示文稿（.pptx）…',
  'menu.exportDocx': () => 'Word 调整方案（.docx）…',
  'step.replaceBaseline': (a: { name: string }) => `用“${a.name}”替换现状组织`,
  'notice.replaced': (a: { name: string; kept: readonly string[] }) =>
    a.kept.length === 0
      ? `已用“${a.name}”替换现状组织，各方案照常保留。`
      : `已用“${a.name}”替换现状组织。${names(a.kept)}的调整在新的现状上无法执行，已原样搁置（未删除，操作保存在方案中）：`,
  'notice.officeFailed': (a: { reason: string }) => `表格处理未能完成，未做任何改动：${a.reason}`,
};

export type OfficeUiCatalogue = typeof officeUiZh;
