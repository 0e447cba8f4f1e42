import type { robustZh } from './robust-zh';

export const robustEn: typeof robustZh = {
  'file.moreErrors': (a) => `… and ${a.count} more ${a.count === 1 ? 'error' : 'errors'}, not listed one by one (fix those above first).`,
  'file.decoded': (a) => `The file is in ${a.encoding}; it was converted to be read. Saving writes it as UTF-8.`,
  'file.unreadable': (a) => `The file cannot be read: ${a.reason}`,
};
