// A proposal's status (SPEC §3: 草稿 / 送审 / 已批准) in the words the first page needs: the badge on
// each proposal's tab, the reason an approved proposal refuses a change, and the undo step's name.
// The rest of the words of status, authors, review and fields removed are in review-zh.ts, loaded
// with the parts that use them. status-en.ts has the same keys.
export const statusZh = {
  'status.draft': () => '草稿',
  'status.submitted': () => '送审',
  'status.approved': () => '已批准',
  'status.locked': (a: { name: string }) => `方案“${a.name}”已批准，不能再修改。如需修改，请先把它的状态改回“草稿”。`,
  'step.setStatus': (a: { name: string; status: 'draft' | 'submitted' | 'approved' }) => `方案“${a.name}”的状态改为“${STATUS_ZH[a.status] ?? a.status}”`,
} satisfies Record<string, (...args: never[]) => string>;

const STATUS_ZH = { draft: '草稿', submitted: '送审', approved: '已批准' } as const;

export type StatusCatalogue = typeof statusZh;
