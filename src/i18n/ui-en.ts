import type { uiZh } from './ui-zh';

const list = (items: readonly string[]): string => items.join(', ');
const FIELD_EN: Record<string, string> = {
  name: 'name', type: 'type', category: 'category', functions: 'duties', staff: 'staff', leaderPosts: 'leader posts',
  kind: 'kind', level: 'level', governance: 'governance', partyCommittee: 'Party committee', parent: 'main zone',
  territory: 'territory', developedTown: 'developed town', leaderPostCap: 'leader-post cap', bodyCap: 'body cap', jointWith: 'joint running', rank: 'ranking',
};
export const KIND_EN: Record<string, string> = {
  zone: 'zone committee', office: 'park office', town: 'town', street: 'street', platform: 'company platform', group: 'leading group',
};

export const uiEn: typeof uiZh = {
  'change.move': (a) => `${a.bureau} moves from ${a.from} to ${a.to}`,
  'change.toPlatform': (a) => `${a.bureau} is handed from ${a.from} to the company platform ${a.to}`,
  'change.merge': (a) => `${list(a.parts)} merge into ${a.name} (${a.unit})`,
  'change.abolish': (a) => (a.heir === '' ? `${a.bureau} of ${a.unit} is abolished` : `${a.bureau} of ${a.unit} is abolished; its duties go to ${a.heir}`),
  'change.create': (a) => `${a.bureau} is created in ${a.unit}`,
  'change.set': (a) => `${a.bureau}: ${list(a.fields.map((f) => FIELD_EN[f] ?? f))} changed`,
  'change.reassign': (a) => `The duty "${a.fn}" moves from ${a.from} to ${a.to}`,
  'change.addUnit': (a) => `New ${KIND_EN[a.kind] ?? a.kind}: ${a.unit}`,
  'change.setUnit': (a) => `${a.unit}: ${list(a.fields.map((f) => FIELD_EN[f] ?? f))} changed`,
  'change.removeUnit': (a) => `The unit ${a.unit} is removed`,
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
