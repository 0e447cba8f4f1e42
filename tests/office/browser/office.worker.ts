// The Office parts in a module worker, as the app may run them.
import { runOffice } from './run';

self.onmessage = async () => postMessage(await runOffice());
