// Entry point of `npm run evaluate`: the file system and the process, around runEvaluate.
import { nodeIo } from './nodeIo';
import { runEvaluate } from './run';

process.exitCode = runEvaluate(process.argv.slice(2), nodeIo);
