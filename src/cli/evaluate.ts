// Entry point of `npm run evaluate`: the file system and the process, around runEvaluate.
import { readCapped } from './readCapped';
import { type CliIo, runEvaluate } from './run';

const io: CliIo = {
  readFile: (path) => readCapped(path),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

process.exitCode = runEvaluate(process.argv.slice(2), io);
