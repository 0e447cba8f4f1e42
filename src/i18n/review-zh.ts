// The words of the status control, the lock note, who made each change and when (SPEC §5 `by`,
// `at`), the review of a submitted proposal, the question of the user's name and clearing a unit's
// field (set-unit with null). Only the parts that load after the first paint use them (./review.ts).
// review-en.ts has the same keys.
export const reviewZh = {
  'status.label': () => '状态',
  'status.choose': (a: { name: string }) => `“${a.name}”的状态`,
  'status.unlock': () => '改回草稿',
  'status.submittedNote': () => '已送审：可以逐项阅读每项调整的提出人和时间，并在说明中写下意见。',
  'status.deleteApprovedTitle': (a: { name: string }) => `删除已批准的方案“${a.name}”？`,
  'status.deleteApprovedBody': () => '这个方案已经批准。删除后可以用“撤销”找回。',
  'status.delete': () => '删除',
  'author.title': () => '您的名字',
  'author.why': () => '方案中的每项调整都会记下提出人和时间，便于同事审阅。名字只保存在这台电脑的浏览器里。',
  'author.name': () => '姓名',
  'author.placeholder': () => '例如：张三',
  'author.skip': () => '暂不填写',
  'author.save': () => '确定',
  'author.menu': (a: { name: string }) => (a.name ? `署名：${a.name}` : '署名：未填写'),
  'author.change': () => '修改署名',
  'author.tooLong': () => '名字最多 100 个字符。',
  'when.date': (a: { year?: number; month: number; day: number }) => `${a.year === undefined ? '' : `${a.year}年`}${a.month}月${a.day}日`,
  'when.dateTime': (a: { date: string; time: string }) => `${a.date} ${a.time}`,
  'review.by': () => '提出人',
  'review.at': () => '时间',
  'review.doc': () => '文号',
  'review.note': () => '说明',
  'review.mode': () => '审阅视图',
  'review.none': () => '—',
  'clear.remove': () => '移除',
  'clear.removed': () => '将移除',
  'clear.undo': () => '保留',
  'adjust.by': (a: { names: string }) => `提出人：${a.names}`,
  'adjust.bySeparator': () => '、',
  'clear.current': (a: { value: string }) => `现为 ${a.value}`,
} satisfies Record<string, (...args: never[]) => string>;

export type ReviewCatalogue = typeof reviewZh;
