// Texts of the check of a file read by a guessed encoding (GB18030): they load with that dialog,
// not with the first page. encoding-en.ts has the same keys.

export const encodingZh = {
  'encoding.title': () => '请确认文件的编码',
  'encoding.body': (a: { name: string; encoding: string }) =>
    `${a.name} 不是 UTF-8 文本。按 ${a.encoding}（简体中文 Windows 的“ANSI”）读取后，其中的文字如下。文字正确才打开；如果是乱码，请取消，并在编辑器中以“UTF-8”另存后再打开。`,
  'encoding.open': () => '文字正确，打开',
  'encoding.cancel': () => '取消',
};

export type EncodingCatalogue = typeof encodingZh;
