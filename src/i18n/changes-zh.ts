// The change list (调整清单) in Chinese: one line per operation, each with its numbers before →
// after, naming the unit of every bureau it names. Spoken by the engine (the worker and the command
// line), so it is part of the engine's catalogue (engine.ts). changes-en.ts has the same keys.
import { type FieldChange, changesInWords, kindInWords } from './changeWords';
import { type FunctionRef, functionLabel } from './lang';

const names = (items: readonly string[]): string => items.join('、');
/** "（编制 14，职数 3）" */
const size = (staff: number, posts: number): string => `（编制 ${staff}，职数 ${posts}）`;

export const changesZh = {
  'change.move': (a: { bureau: string; from: string; to: string; staff: number; posts: number }) => `${a.bureau}${size(a.staff, a.posts)}由 ${a.from} 划转至 ${a.to}`,
  'change.toPlatform': (a: { bureau: string; from: string; to: string; staff: number; posts: number }) => `${a.bureau}${size(a.staff, a.posts)}由 ${a.from} 交由公司平台 ${a.to} 承担`,
  'change.merge': (a: { parts: readonly string[]; name: string; unit: string; staff: number; posts: number; postsBefore: number }) =>
    `${a.unit} ${names(a.parts)} 合并为 ${a.name}：编制 ${a.staff}，职数 ${a.postsBefore} → ${a.posts}`,
  'change.abolish': (a: { bureau: string; unit: string; staff: number; posts: number; heir: string; heirUnit: string }) =>
    `撤销 ${a.unit} ${a.bureau}${size(a.staff, a.posts)}${a.heir === '' ? '，职能不再由任何机构承担' : `，职能并入 ${a.heirUnit} ${a.heir}`}`,
  'change.create': (a: { bureau: string; unit: string; staff: number; posts: number }) => `在 ${a.unit} 新设 ${a.bureau}${size(a.staff, a.posts)}`,
  'change.set': (a: { bureau: string; unit: string; changes: readonly FieldChange[] }) =>
    a.changes.length === 0 ? `${a.unit} ${a.bureau}：无实际变化` : `调整 ${a.unit} ${a.bureau}：${changesInWords('zh', a.changes)}`,
  'change.reassign': (a: { fn: FunctionRef; from: string; fromUnit: string; to: string; toUnit: string }) =>
    `“${functionLabel(a.fn, 'zh')}”职责由 ${a.fromUnit} ${a.from} 划入 ${a.toUnit} ${a.to}`,
  'change.addUnit': (a: { unit: string; kind: string }) => `新设${kindInWords('zh', a.kind)} ${a.unit}`,
  'change.setUnit': (a: { unit: string; changes: readonly FieldChange[] }) =>
    a.changes.length === 0 ? `${a.unit}：无实际变化` : `调整 ${a.unit}：${changesInWords('zh', a.changes)}`,
  'change.removeUnit': (a: { unit: string }) => `撤销单位 ${a.unit}`,
};

export type ChangesCatalogue = typeof changesZh;
