// The English texts of format version 2: every key of format2-zh.ts, in the same order.
import { kindEn } from './en';
import type { Format2Catalogue } from './format2-zh';

const list = (items: readonly string[]): string => items.join(', ');
const q = (s: string): string => `"${s}"`;

export const format2En: Format2Catalogue = {
  'version.v2rule': (a) =>
    `${a.detail} (A rule of format version 2: this file says version 1 and is checked by it all the same; change the file as said. It will be saved as version 2.)`,
  'jointWith.pair': (a) =>
    `jointWith names ${q(a.name)} (${a.id}), whose own jointWith names this unit back: each team runs "as one" with the other, so neither team's leader posts are counted. ` +
    `For "one set of bodies, one set of posts" only the unit that does not hold the posts writes jointWith: remove one of the two.`,
  'jointWith.chain': (a) =>
    `jointWith names ${q(a.name)} (${a.id}), which itself runs as one with ${q(a.next)}: a chain, so this unit's leader posts are counted nowhere. ` +
    `Let jointWith name the unit that holds the posts and has no jointWith of its own, or remove the jointWith of ${q(a.name)}.`,
  'jointWith.kind': (a) =>
    `jointWith may name only a zone committee, park office, town or street; ${q(a.name)} (${a.id}) is a ${kindEn(a.kind)}, ` +
    `${a.kind === 'platform' ? 'whose people are outside the establishment' : 'which has no leader posts'}, so this unit's posts would be counted nowhere. ` +
    `Name the unit it really runs as one with, or remove jointWith.`,
  'functionDef.repeat': (a) =>
    `The function id ${q(a.id)} is defined twice under functions (first at ${a.first}). Define each id once: remove the repeat, or give it another id.`,
  'function.repeat': (a) => `The duty ${q(a.id)} is listed twice in this bureau's functions (already item ${a.first + 1}). Remove the repeat.`,
  'setUnit.nullRequired': (a) =>
    a.field === 'leaderPosts'
      ? 'leaderPosts cannot be cleared with null: write 0 for a unit without leader posts of its own.'
      : a.field === 'governance'
        ? 'governance cannot be cleared with null: a zone committee must say integrated or separated, and other units have none to clear.'
        : `${a.field} is required and cannot be cleared with null. Write its new value.`,
  'by.empty': () => 'by, who proposed it, must not be empty: leave by out when nobody is named.',
  'by.tooLong': (a) => `The proposer's name is too long (${a.length} characters); at most 100.`,
  'at.format': (a) =>
    `${a.value} is not an ISO 8601 date: write a date such as 2026-11-29, or a date and time such as 2026-11-29T10:15:00+08:00 (the offset Z or ±hh:mm, at most 14 hours).`,
  'at.noSuchDay': (a) => `There is no such day as ${a.value} (the month has fewer days). Write the real date.`,
};
