// The words of a proposal's status (SPEC §3: 草稿 / 送审 / 已批准), of who made each change and
// when (SPEC §5 `by`, `at`), of the review of a submitted proposal, and of clearing a unit's field
// (set-unit with null). status-en.ts has the same keys.
export const statusZh = {
  'status.draft': () => '草稿',
  'status.submitted': () => '送审',
  'status.approved': () => '已批准',
  'status.label': () => '状态',
  'status.choose': (a: { name: string }) => `“${a.name}”的状态`,
  'status.locked': (a: { name: string }) => `方案“${a.name}”已批准，不能再修改。如需修改，请先把它的状态改回“草稿”。`,
  'status.lockedShort': () => '已批准，已锁定',
  'status.unlock': () => '改回草稿',
  'status.submittedNote': () => '已送审：可以逐项阅读每项调整的提出人和时间，并在说明中写下意见。',
  'status.deleteApprovedTitle': (a: { name: string }) => `删除已批准的方案“${a.name}”？`,
  'status.deleteApprovedBody': () => '这个方案已经批准。删除后可以用“撤销”找回。',
  'status.delete': () => '删除',
  'step.setStatus': (a: { name: string; status: 'draft' | 'submitted' | 'approved' }) => `方案“${a.name}”的状态改为“${STATUS_ZH[a.status] ?? a.status}”`,
  'author.title': () => '您的名字',
  'author.why': () => '方案中的每项调整都会记下提出人和时间，便于同事审阅。名字只保存在这台电脑的浏览器里。',
  'author.name': () => '姓名',
  'author.placeholder': () => '例如：张三',
  'author.skip': () => '暂不填写',
  'author.save': () => '确定',
  'author.menu': (a: { name: string }) => (a.name ? `署名：${a.name}` : '署名：未填写'),
  'author.change': () => '修改署名',
  'author.tooLong': () => '名字最多 100 个字符。',
  'author.anonymous': () => '未署名',
  'when.date': (a: { year?: number; month: number; day: number }) => `${a.year === undefined ? '' : `${a.year}年`}${a.month}月${a.day}日`,
  'when.dateTime': (a: { date: string; time: string }) => `${a.date} ${a.time}`,
  'review.title': () => '审阅',
  'review.by': () => '提出人',
  'review.at': () => '时间',
  'review.doc': () => '文号',
  'review.note': () => '说明',
  'review.mode': () => '审阅视图',
  'review.none': () => '—',
  'adjust.madeBy': () => '提出人 · 时间',
  'clear.remove': () => '移除',
  'clear.removed': () => '将移除',
  'clear.undo': () => '保留',
  'clear.current': (a: { value: string }) => `现为 ${a.value}`,
  'clear.none': () => '无',
} satisfies Record<string, (...args: never[]) => string>;

const STATUS_ZH = { draft: '草稿', submitted: '送审', approved: '已批准' } as const;

export type StatusCatalogue = typeof statusZh;
