// A message not yet put into words, made without loading any catalogue: what code loaded on
// demand imports (importing the catalogues' module from such code splits them out of the first page's bundle).
import type { Message, MessageArgs, MessageKey } from './index';

export function message<K extends MessageKey>(key: K, args: MessageArgs<K>): Message {
  return { key, args } as Message;
}
