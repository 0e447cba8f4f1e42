// 中文：与同事交换文件时首屏就要用到的字：撤销步骤和完成提示（详情由引擎用 share-zh.ts 写成）。
// 对话框里的字在 shareView-zh.ts，随对话框按需加载。sharing-en.ts 有相同的键。
export const sharingZh = {
  'step.bringIn': () => '带入方案',
  'step.mergeCopies': () => '合并修改稿',
  'notice.sharingDone': () => '已完成，可一步撤销：',
};
