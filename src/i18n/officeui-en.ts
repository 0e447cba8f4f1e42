import type { OfficeUiCatalogue } from './officeui-zh';

const names = (list: readonly string[]): string => list.map((n) => `“${n}”`).join(', ');

export const officeUiEn: OfficeUiCatalogue = {
  'menu.file': () => 'File',
  'menu.export': () => 'Export',
  'menu.importTable': () => 'Import a staffing table (.xlsx / .csv)…',
  'menu.template': () => 'Download the table template (.xlsx)',
  'menu.saveJson': () => 'Scenario file (.json)',
  'menu.exportXlsx': () => 'Excel workbook (.xlsx)…',
  'menu.exportPptx': () => 'Meeting deck (.pptx)…',
  'menu.exportDocx': () => 'Word adjustment plan (.docx)…',
  'step.replaceBaseline': (a) => `Replace today’s organisation with “${a.name}”`,
  'notice.replaced': (a) =>
    a.kept.length === 0
      ? `Today’s organisation replaced with “${a.name}”; every proposal kept as it was.`
      : `Today’s organisation replaced with “${a.name}”. ${names(a.kept)} no longer apply to it and are kept aside (nothing deleted; their operations are kept in the proposal):`,
  'notice.officeFailed': (a) => `The table work could not be finished; nothing was changed: ${a.reason}`,
};
