// Entry point of `npm run suggest`: the file system and the process, around runSuggest.
import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../model';
import type { CliIo } from './run';
import { runSuggest } from './runSuggest';

const io: CliIo = {
  readFile(path) {
    try {
      const size = statSync(path).size;
      if (size > MAX_FILE_BYTES) return { size };
      return { text: readFileSync(path, 'utf8') };
    } catch (error) {
      return { error: error instanceof Error && 'code' in error ? String(error.code) : String(error) };
    }
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

process.exitCode = await runSuggest(process.argv.slice(2), io);
