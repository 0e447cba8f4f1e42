// Texts of reading a file's bytes and text: too large to read, not UTF-8 (nor GB18030),
// a key twice in one object. Only the code that reads files speaks them (the parser, the decoders,
// the command line), so the page's first load does not carry them (./reading.ts). reading-en.ts
// has the same keys.

const mb = (bytes: number): string => (bytes / 1048576).toFixed(1);

export const readingZh = {
  'key.duplicate': (a: { key: string; lines: readonly number[] }) =>
    `同一对象中键名“${a.key}”出现了两次（第 ${a.lines[0]} 行和第 ${a.lines[1]} 行）。JSON 只取其一，无法确定哪个才是本意，请删去多余的一个。`,
  'file.notUtf8': () =>
    '文件不是 UTF-8 文本，也无法按 GB18030（简体中文 Windows 的“ANSI”）读取，可能已损坏或不是方案文件。请在编辑器中以“UTF-8”另存后再打开。',
  'file.tooLargeToRead': (a: { bytes: number | undefined; limit: number }) =>
    `文件过大：${a.bytes === undefined ? `超过上限 ${a.limit / 1048576} MB` : `${mb(a.bytes)} MB，上限为 ${a.limit / 1048576} MB`}，未读取。请拆分方案或删除不需要的内容。`,
};

export type ReadingCatalogue = typeof readingZh;
