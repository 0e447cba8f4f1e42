// Entry point of `npm run evaluate`: the file system and the process, around runEvaluate.
import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../model';
import { type CliIo, runEvaluate } from './run';

const io: CliIo = {
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

process.exitCode = runEvaluate(process.argv.slice(2), io);
