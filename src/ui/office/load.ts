// The Office screens' chunk (./parts.ts), fetched once on first use: the Export menu's entries and the table import's preview.
import { deferred } from '../deferred';

export const officeParts = deferred(() => import('./parts'));
