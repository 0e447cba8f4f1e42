// The words of tables in and out on the first page (SPEC §11): the undo step of a
// replaced organisation and its notices. The menus' entries and the dialogs bring their own words (officeView-zh.ts).
export const officeUiZh = {
  'step.replaceBaseline': (a: { name: string }) => `用“${a.name}”替换现状组织`,
  'notice.replaced': (a: { name: string; kept: readonly string[] }) =>
    `已用“${a.name}”替换现状组织。${a.kept.length ? `无法执行而搁置（未删除）的方案：${a.kept.join('、')}` : ''}`,
  'notice.officeFailed': (a: { reason: string }) => `未做任何改动：${a.reason}`,
};

export type OfficeUiCatalogue = typeof officeUiZh;
