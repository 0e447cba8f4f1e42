// Entry point of `npm run table`: the file system and the process, around runTable.
import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../model';
import { type TableIo, runTable } from './tableCommand';

const io: TableIo = {
  readBytes(path) {
    try {
      // a file far larger than any table or scenario file is refused by the readers; read no more than that
      if (statSync(path).size > MAX_FILE_BYTES + 1) return { bytes: readFileSync(path).subarray(0, MAX_FILE_BYTES + 1) };
      return { bytes: new Uint8Array(readFileSync(path)) };
    } catch (error) {
      return { error: error instanceof Error && 'code' in error ? String(error.code) : String(error) };
    }
  },
  stdout: (data) => process.stdout.write(data),
  stderr: (text) => process.stderr.write(text),
};

process.exitCode = await runTable(process.argv.slice(2), io);
