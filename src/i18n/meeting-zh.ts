// Texts for meetings that the first page needs: the file's provenance and notes, the examples, the
// folded bands of the chart, the words for a change's direction and the savings as the figures
// panel says them. The views that load on demand have theirs in views-zh.ts; the change list is
// the engine's (changes-zh.ts). meeting-en.ts has the same keys.

/** 个 for bodies, 名 for people and posts: how a count is said in Chinese. */
const MEASURE_ZH: Record<string, string> = { bodies: ' 个', people: ' 名', posts: ' 名', '': '' };

export const meetingZh = {
  // —— the file: provenance, notes, examples ——
  'fileInfo.illustrative': () => '示意数据',
  'fileInfo.illustrativeHint': () => '这个文件的机构、编制和职数是示意数据，不是官方核定数。',
  'fileInfo.illustrativeLong': () => '示意数据，非官方核定数',
  'examples.failed': () => '示例文件没能载入，请稍后再试。',
  'examples.title': () => '示例',
  'panel.ledger': () => '瘦身台账',
  'drop.group': (a: { name: string; unit: string }) => `${a.unit} 是统筹协调机制（领导小组），不设机构、不占编制，${a.name} 不能划入。可划到相关镇街或开发区。`,
  'drop.groupShort': () => '领导小组不设机构，不能划入',
  'chart.bandUnits': (a: { n: number }) => `${a.n} 个单位`,
  'chart.expandBand': () => '展开',
  'chart.foldBand': () => '收起',
  'chart.folded': (a: { n: number }) => `${a.n} 个机构 · 点击展开`,
  'chart.backToOverview': () => '回到全图',
  'chart.emptyView': () => '这里没有单位',
  'export.pngScaled': (a: { percent: string; width: number; height: number }) => `机构图很大（${a.width} × ${a.height} 像素），PNG 已按 ${a.percent} 缩小；需要清晰的大图请导出 SVG。`,
  // —— a change said in words (colour-blind safe: the arrow and the word carry it, not the colour) ——
  'delta.down': (a: { n: string; measure: string }) => `减少 ${a.n}${MEASURE_ZH[a.measure] ?? ''}`,
  'delta.up': (a: { n: string; measure: string }) => `增加 ${a.n}${MEASURE_ZH[a.measure] ?? ''}`,
  'delta.same': () => '不变',
  'delta.ratioDown': (a: { pt: string }) => `降低 ${a.pt} 个百分点`,
  'delta.ratioUp': (a: { pt: string }) => `提高 ${a.pt} 个百分点`,
  // —— the figures panel ——
  'figures.change': () => '变化',
  'figures.ofWhichPlatform': () => '其中划转公司平台',
  'figures.caption': () => '变化为方案相比现状。“其中划转公司平台”已含在编制变化之内，不是另一项节约。',
};
