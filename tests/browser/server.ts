// Serving a build on 127.0.0.1 for the browser tests and the benchmark: a free port, and waiting
// until the server answers.
import { type AddressInfo, createServer } from 'node:net';

/** A port nobody listens on now (several checkouts may run their browser tests at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Waits until `url` answers with success, for at most `ms`. */
export async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`nothing answered at ${url}`);
}
