// Entry point of `npm run suggest`: the file system and the process, around runSuggest.
import { nodeIo } from './nodeIo';
import { runSuggest } from './runSuggest';

process.exitCode = await runSuggest(process.argv.slice(2), nodeIo);
