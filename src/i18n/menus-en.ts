import type { MenusCatalogue } from './menus-zh';

export const menusEn: MenusCatalogue = {
  'menu.file': () => 'File',
  'menu.export': () => 'Export',
};
