// Texts of reading any file without harm that the page itself may say: a list of errors cut short,
// a file read in another encoding, a file that could not be read. They travel with the engine's words (./engine.ts). robust-en.ts
// has the same keys; what only the code that reads a file's bytes says is in reading-*.ts, keeping
// work safe on the screen in keep-*.ts.

export const robustZh = {
  'file.moreErrors': (a: { count: number }) => `…… 另有 ${a.count} 处错误未逐条列出（先修正上面这些）。`,
  'file.decoded': (a: { encoding: string }) => `文件是 ${a.encoding} 编码，已转换后读取。保存时将写为 UTF-8。`,
  'file.unreadable': (a: { reason: string }) => `无法读取该文件：${a.reason}`,
};
