// JSZip (inside pptxgenjs) queues its work with setImmediate, which browsers do not have. The
// polyfill it bundles carries a `new Function` branch that the page's CSP forbids; this one queues
// the same tasks through a MessageChannel and nothing else. The build points `setimmediate` here.
type Task = () => void;

const scope = globalThis as unknown as { setImmediate?: (fn: (...args: unknown[]) => void, ...args: unknown[]) => unknown };

if (typeof scope.setImmediate !== 'function') {
  const queue: Task[] = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => queue.shift()?.();
  scope.setImmediate = (fn, ...args) => {
    queue.push(() => fn(...args));
    channel.port2.postMessage(0);
    return queue.length;
  };
}

export {};
