// The file system and the process as the command line's commands see them (./fileText.ts):
// every command reads its files through readCapped, never more than the limit into memory.
import { readCapped } from './readCapped';
import type { BinaryIo } from './fileText';

export const nodeIo: BinaryIo = {
  readFile: (path) => readCapped(path),
  stdout: (data) => process.stdout.write(data),
  stderr: (text) => process.stderr.write(text),
};
