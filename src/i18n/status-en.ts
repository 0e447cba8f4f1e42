// The English of status-zh.ts, key for key.
import type { StatusCatalogue } from './status-zh';

const STATUS_EN = { draft: 'Draft', submitted: 'Submitted', approved: 'Approved' } as const;

export const statusEn: StatusCatalogue = {
  'status.draft': () => 'Draft',
  'status.submitted': () => 'Submitted',
  'status.approved': () => 'Approved',
  'status.locked': (a) => `“${a.name}” is approved and cannot be changed. To change it, set its status back to Draft first.`,
  'step.setStatus': (a) => `set the status of “${a.name}” to ${STATUS_EN[a.status] ?? a.status}`,
};
