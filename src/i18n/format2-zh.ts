// Texts of format version 2 (SPEC §3, §5): author and date of an operation, clearing a unit's
// field, and the rules that make a file invalid since version 2. format2-en.ts has the same keys.
import { kindZh } from './zh-CN';

const list = (items: readonly string[]): string => items.join('、');
const q = (s: string): string => `“${s}”`;

export const format2Zh = {
  'version.v2rule': (a: { detail: string }) =>
    `${a.detail}（这是格式版本 2 的规则：本文件写的是版本 1，同样按此检查，请照上面的办法修改文件；保存时将写为版本 2。）`,
  'jointWith.pair': (a: { id: string; name: string }) =>
    `jointWith 指向的${q(a.name)}（${a.id}）又以 jointWith 指回本单位：两个班子互相“一体运作”，双方的领导职数都不会计入。` +
    `“一套机构一套职数”只需由不承担职数的一方写 jointWith：请删去其中一方的 jointWith。`,
  'jointWith.chain': (a: { id: string; name: string; next: string }) =>
    `jointWith 指向的${q(a.name)}（${a.id}）本身又与 ${q(a.next)} 一体运作，形成链条，本单位的领导职数无从计入。` +
    `请把 jointWith 直接指向实际承担领导职数、自身不写 jointWith 的单位，或删去${q(a.name)}的 jointWith。`,
  'jointWith.kind': (a: { id: string; name: string; kind: string }) =>
    `jointWith 只能指向开发区管委会、管理办公室、镇或街道；${q(a.name)}（${a.id}）是${kindZh(a.kind)}，` +
    `${a.kind === 'platform' ? '其人员不在机构编制之内' : '不设领导职数'}，本单位的领导职数将无处计入。请改为指向实际一体运作的单位，或删去 jointWith。`,
  'functionDef.repeat': (a: { id: string; first: string }) =>
    `职能编号 ${q(a.id)} 在 functions 中重复定义（首次定义在 ${a.first}）。每个编号只能定义一次：请删去重复的一项，或给它另起编号。`,
  'function.repeat': (a: { id: string; first: number }) =>
    `职能 ${q(a.id)} 在本机构的 functions 中重复列出（第 ${a.first + 1} 项已列出）。请删去重复的一项。`,
  'setUnit.nullRequired': (a: { field: string }) =>
    a.field === 'leaderPosts'
      ? 'leaderPosts 不能用 null 清除：单位没有领导职数请写 0。'
      : a.field === 'governance'
        ? 'governance 不能用 null 清除：开发区管委会必须有区政关系（integrated 区政合一 / separated 区政分设），其他单位本就不填这一项。'
        : `${a.field} 是必填字段，不能用 null 清除。请写出新的值。`,
  'by.empty': () => '提出人 by 不能为空：不记提出人时请删去 by。',
  'by.tooLong': (a: { length: number }) => `提出人过长（${a.length} 个字符），不能超过 100 个字符。`,
  'at.format': (a: { value: string }) =>
    `时间 ${a.value} 不是 ISO 8601 格式。请写成日期 2026-11-29，或日期时间 2026-11-29T10:15:00+08:00（时区写 Z 或 ±hh:mm，时区不超过 14 小时）。`,
  'at.noSuchDay': (a: { value: string }) => `日期 ${a.value} 不存在（该月没有这一天）。请改为实际的日期。`,
};

export type Format2Catalogue = typeof format2Zh;
