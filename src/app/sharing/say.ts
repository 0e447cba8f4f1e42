// A message of the app's catalogues, made without importing the catalogues' module. Sharing loads
// on first use (./lazy.ts); when a chunk loaded that way imports src/i18n (or src/app/history.ts),
// the bundler (rolldown 1.2) moves those modules out of the first page's chunk into chunks of their
// own that the first page then loads too, about 1.6 KB gzipped more on a budget of 150 KB. What the
// first page already holds is used through types here, or handed in by ./lazy.ts.
import type { Message, MessageArgs, MessageKey } from '../../i18n';

export function say<K extends MessageKey>(key: K, args: MessageArgs<K>): Message {
  return { key, args } as Message;
}
