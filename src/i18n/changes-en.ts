// The change list in English: every key of changes-zh.ts, in the same order.
import { changesInWords, kindInWords } from './changeWords';
import type { ChangesCatalogue } from './changes-zh';
import { functionLabel } from './lang';

const names = (items: readonly string[]): string => items.join(', ');
const size = (staff: number, posts: number): string => ` (staff ${staff}, posts ${posts})`;

export const changesEn: ChangesCatalogue = {
  'change.move': (a) => `${a.bureau}${size(a.staff, a.posts)} moves from ${a.from} to ${a.to}`,
  'change.toPlatform': (a) => `${a.bureau}${size(a.staff, a.posts)} is handed from ${a.from} to the company platform ${a.to}`,
  'change.merge': (a) => `${names(a.parts)} of ${a.unit} merge into ${a.name}: staff ${a.staff}, posts ${a.postsBefore} → ${a.posts}`,
  'change.abolish': (a) =>
    `${a.bureau} of ${a.unit}${size(a.staff, a.posts)} is abolished${a.heir === '' ? '; no bureau takes over its duties' : `; its duties go to ${a.heir} of ${a.heirUnit}`}`,
  'change.create': (a) => `${a.bureau}${size(a.staff, a.posts)} is created in ${a.unit}`,
  'change.set': (a) => (a.changes.length === 0 ? `${a.bureau} of ${a.unit}: nothing changes` : `${a.bureau} of ${a.unit}: ${changesInWords('en', a.changes)}`),
  'change.reassign': (a) => `The duty "${functionLabel(a.fn, 'en')}" moves from ${a.from} of ${a.fromUnit} to ${a.to} of ${a.toUnit}`,
  'change.addUnit': (a) => `New ${kindInWords('en', a.kind)}: ${a.unit}`,
  'change.setUnit': (a) => (a.changes.length === 0 ? `${a.unit}: nothing changes` : `${a.unit}: ${changesInWords('en', a.changes)}`),
  'change.removeUnit': (a) => `The unit ${a.unit} is removed`,
};
