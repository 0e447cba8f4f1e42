// 中文：文件菜单中与同事交换文件的几项，以及它们的撤销步骤和提示（首屏就要用到的字）。
// 对话框里的字在 shareView-zh.ts，随对话框按需加载。sharing-en.ts 有相同的键。
export const sharingZh = {
  'menu.file': () => '文件',
  'menu.importProposals': () => '带入同事的方案…',
  'menu.diff': () => '比较差异…',
  'menu.merge': () => '合并两份修改稿…',
  'sharing.unreadable': (a: { reason: string }) => `无法读取这个文件：${a.reason}`,
  'step.bringIn': (a: { count: number }) => `带入 ${a.count} 个方案`,
  'step.mergeCopies': (a: { title: string }) => `合并“${a.title}”`,
  'notice.broughtIn': (a: { count: number; aside: number; skipped: number }) =>
    `已带入 ${a.count} 个方案${a.aside > 0 ? `，其中 ${a.aside} 个原样搁置` : ''}${a.skipped > 0 ? `，跳过 ${a.skipped} 项无法执行的操作` : ''}。可一步撤销。`,
  'notice.mergedCopies': (a: { leftOut: number }) => `已合并${a.leftOut > 0 ? `，${a.leftOut} 项操作按所选未采用` : ''}。可一步撤销。`,
};
