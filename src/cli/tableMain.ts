// Entry point of `npm run table`: the file system and the process, around runTable.
import { nodeIo } from './nodeIo';
import { runTable } from './tableCommand';

process.exitCode = await runTable(process.argv.slice(2), nodeIo);
