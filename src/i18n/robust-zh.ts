// Texts of reading any file without harm: error caps, encodings, duplicate keys, files too large to
// read. The model speaks them, so they travel with the engine's words (./engine.ts). robust-en.ts
// has the same keys; keeping work safe on the screen is in keep-*.ts.

const mb = (bytes: number): string => (bytes / 1048576).toFixed(1);

export const robustZh = {
  'file.moreErrors': (a: { count: number }) => `…… 另有 ${a.count} 处错误未逐条列出（先修正上面这些）。`,
  'key.duplicate': (a: { key: string; lines: readonly number[] }) =>
    `同一对象中键名“${a.key}”出现了两次（第 ${a.lines[0]} 行和第 ${a.lines[1]} 行）。JSON 只取其一，无法确定哪个才是本意，请删去多余的一个。`,
  'file.notUtf8': () =>
    '文件不是 UTF-8 文本，也无法按 GB18030（简体中文 Windows 的“ANSI”）读取，可能已损坏或不是方案文件。请在编辑器中以“UTF-8”另存后再打开。',
  'file.decoded': (a: { encoding: string }) => `文件是 ${a.encoding} 编码，已转换后读取。保存时将写为 UTF-8。`,
  'file.unreadable': (a: { reason: string }) => `无法读取该文件：${a.reason}`,
  'file.tooLargeToRead': (a: { bytes: number | undefined; limit: number }) =>
    `文件过大：${a.bytes === undefined ? `超过上限 ${a.limit / 1048576} MB` : `${mb(a.bytes)} MB，上限为 ${a.limit / 1048576} MB`}，未读取。请拆分方案或删除不需要的内容。`,
};
