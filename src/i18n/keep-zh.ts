// Texts of keeping the user's work safe: work that could not be stored before it would be replaced,
// stored records set aside, a recent file damaged in storage, the engine watchdog. keep-en.ts has
// the same keys. (The check of a file read by a guessed encoding has its own pair, encoding-*.ts.)

/** The kinds of record kept in the browser that may be found damaged. */
export type StoredRecord = 'recent' | 'history' | 'revision';
const RECORD_ZH: Record<string, string> = { recent: '最近文件列表', history: '撤销记录', revision: '保存序号' };

export const keepZh = {
  'keep.failed': (a: { title: string }) =>
    `未能把“${a.title}”尚未保存的工作放入最近文件（浏览器存储已满或出错），所以没有打开新文件，当前工作保持不变。请先用“保存文件”把它存到电脑上，然后再打开。`,
  'keep.otherTabFailed': () =>
    '未能把另一个标签页保存的工作放入最近文件（浏览器存储已满或出错），为免覆盖它，本页的工作没有写入浏览器。请先用“保存文件”把本页的工作存到电脑上。',
  'record.setAside': (a: { what: StoredRecord; count: number }) =>
    `浏览器中保存的${RECORD_ZH[a.what] ?? a.what}有 ${a.count} 处无法识别或无法使用（可能来自其他版本），已单独保留，其余照常使用。`,
  'recent.damaged': () => '这份最近文件在浏览器中保存时已损坏，无法打开。其他文件不受影响。',
  'engine.slow': () => '计算引擎已有几秒没有响应；若仍无响应，将自动重新启动。您的工作不受影响。',
  'engine.restarted': () => '计算引擎已重新启动，数字已重新计算。',
};
