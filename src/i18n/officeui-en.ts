import type { OfficeUiCatalogue } from './officeui-zh';

export const officeUiEn: OfficeUiCatalogue = {
  'step.replaceBaseline': (a) => `Replace today’s organisation with “${a.name}”`,
  'notice.replaced': (a) =>
    `Today’s organisation replaced with “${a.name}”.${a.kept.length ? ` Kept aside as no longer applicable (not deleted): ${a.kept.join(', ')}` : ''}`,
  'notice.officeFailed': (a) => `Nothing was changed: ${a.reason}`,
};
