// Runs the Office parts on the page, then in a module worker, and leaves the answers and any
// Content-Security-Policy violation on `window` for the browser test. The first page holds no
// Office code: each part is loaded with import() when asked for.
import { runOffice } from './run';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
const out = window as unknown as Record<string, unknown>;
out.cspViolations = violations;
// no top-level await: the parts' chunks import from this page's chunk (the build keeps the first
// page in one chunk), and a page module awaiting them would wait on itself
void runOffice().then((onPage) => {
  out.onPage = onPage;
  const worker = new Worker(new URL('./office.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent) => {
    out.inWorker = event.data;
  };
  worker.onerror = (event) => {
    out.inWorker = { error: event.message || 'the worker failed' };
  };
  worker.postMessage('run');
});
