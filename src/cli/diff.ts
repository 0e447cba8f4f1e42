// Entry point of `npm run diff`: the file system and the process, around runDiff.
import { runDiff } from './diffRun';
import { nodeIo } from './nodeIo';

process.exitCode = runDiff(process.argv.slice(2), nodeIo);
