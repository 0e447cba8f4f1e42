// The names of the top bar's menus (文件, 导出), on the first page; their entries bring their own words.
export const menusZh = {
  'menu.file': () => '文件',
  'menu.export': () => '导出',
};

export type MenusCatalogue = typeof menusZh;
