// The Office work in a web worker of its own, started when first asked for: a thin comlink
// wrapper. Files made here go back to the page transferred, not copied.
import { expose, transfer } from 'comlink';
import { type OfficeApi, createOfficeApi } from './officeApi';

const api = createOfficeApi();

const worker: OfficeApi = {
  ...api,
  template: (lang) => {
    const bytes = api.template(lang);
    return transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },
  exportFile: async (...args) => {
    const reply = await api.exportFile(...args);
    return reply.ok ? transfer(reply, [reply.bytes.buffer as ArrayBuffer]) : reply;
  },
};
export type { OfficeApi };
expose(worker);
