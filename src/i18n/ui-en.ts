import type { uiZh } from './ui-zh';

export const uiEn: typeof uiZh = {
  'notice.refused': () => 'This change cannot be made; nothing was changed:',
  'notice.storageFailed': () => 'Cannot save in the browser (storage full or refused). Your work is kept in memory: save the file soon.',
  'notice.storageUnavailable': () => 'Browser storage is unavailable (private mode?): work will not survive closing the page. Save the file.',
  'notice.restoreInvalid': () => 'The work saved last time did not pass the checks. A copy is kept aside; the example opens instead.',
  'notice.restoreNewer': () => 'The work saved last time comes from a newer ZoneReform. A copy is kept aside; the example opens instead.',
  'notice.restoreUnreadable': () => 'The work saved last time cannot be read. A copy is kept aside; the example opens instead.',
  'step.createScenario': (a) => `New proposal "${a.name}"`,
  'step.renameScenario': (a) => `Proposal renamed "${a.name}"`,
  'step.deleteScenario': (a) => `Proposal "${a.name}" deleted`,
  'step.editRecord': (a) => `Document number or note of change ${a.index} edited`,
};
