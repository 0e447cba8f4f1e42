// The file system and the process as the command line's commands see them (CliIo in run.ts).
import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../model';
import type { CliIo } from './run';

export const nodeIo: CliIo = {
  readFile(path) {
    try {
      const size = statSync(path).size;
      if (size > MAX_FILE_BYTES) return { size }; // refused before reading it into memory
      return { text: readFileSync(path, 'utf8') };
    } catch (error) {
      return { error: error instanceof Error && 'code' in error ? String(error.code) : String(error) };
    }
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
