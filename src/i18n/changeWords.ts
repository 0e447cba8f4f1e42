// An edit's fields before → after, as the change list says them in each language (the engine
// hands over the values, already with names instead of ids; the words are chosen here).
import { type FunctionRef, functionLabel, grouped } from './lang';

export type ChangeValue =
  | string
  | number
  | boolean
  | null
  | readonly string[]
  | { position: number; of: number }
  | { admin: number; institutional: number };

export type FieldChange =
  /** `cleared`: a set-unit removed the field with null (format 2), said "无（移除）". */
  | { field: string; from: ChangeValue; to: ChangeValue; cleared?: true }
  /** A bureau's duties: those it gains and those it gives up. */
  | { field: 'functions'; added: FunctionRef[]; removed: FunctionRef[] };

type Words = {
  fields: Record<string, string>;
  values: Record<string, string>;
  none: string;
  removed: string;
  yes: string;
  no: string;
  rank(r: { position: number; of: number }): string;
  staffSplit(admin: string, institutional: string): string;
  gains: string;
  loses: string;
  list: string;
  sep: string;
  lang: 'zh' | 'en';
};

const ZH: Words = {
  fields: {
    name: '名称', type: '类型', category: '类别', functions: '职能', staff: '编制', leaderPosts: '领导职数',
    kind: '单位类型', level: '级别', governance: '区政关系', partyCommittee: '党工委', parent: '所属开发区',
    territory: '辖区', developedTown: '经济发达镇', leaderPostCap: '职数限额', bodyCap: '机构限额', jointWith: '一体运作', rank: '考核排名',
  },
  values: {
    internal: '内设机构', institution: '事业单位', economic: '经济发展类', social: '社会管理类', general: '综合类',
    national: '国家级', provincial: '省级', municipal: '市级', integrated: '区政合一', separated: '区政分设',
    zone: '开发区管委会', office: '管理办公室', town: '镇', street: '街道', platform: '公司平台', group: '领导小组',
  },
  none: '无', removed: '无（移除）', yes: '是', no: '否',
  rank: (r) => `第 ${r.position}/${r.of} 位`,
  staffSplit: (admin, institutional) => `行政 ${admin}，事业 ${institutional}`,
  gains: '增加', loses: '取消', list: '、', sep: '；', lang: 'zh',
};

const EN: Words = {
  fields: {
    name: 'name', type: 'type', category: 'category', functions: 'duties', staff: 'staff', leaderPosts: 'leader posts',
    kind: 'kind', level: 'level', governance: 'governance', partyCommittee: 'Party committee', parent: 'main zone',
    territory: 'territory', developedTown: 'developed town', leaderPostCap: 'leader-post cap', bodyCap: 'body cap', jointWith: 'joint running', rank: 'ranking',
  },
  values: {
    internal: 'internal body', institution: 'public institution', economic: 'economic', social: 'social', general: 'general',
    national: 'national', provincial: 'provincial', municipal: 'municipal', integrated: 'integrated', separated: 'separate',
    zone: 'zone committee', office: 'park office', town: 'town', street: 'street', platform: 'company platform', group: 'leading group',
  },
  none: 'none', removed: 'none (removed)', yes: 'yes', no: 'no',
  rank: (r) => `${r.position} of ${r.of}`,
  staffSplit: (admin, institutional) => `admin ${admin}, institutional ${institutional}`,
  gains: 'gains', loses: 'gives up', list: ', ', sep: '; ', lang: 'en',
};

const isList = (v: ChangeValue): v is readonly string[] => Array.isArray(v);

function value(words: Words, v: ChangeValue): string {
  if (v === null) return words.none;
  if (typeof v === 'boolean') return v ? words.yes : words.no;
  if (typeof v === 'number') return grouped(v);
  if (typeof v === 'string') return words.values[v] ?? v;
  if (isList(v)) return v.length === 0 ? words.none : v.join(words.list);
  if ('position' in v) return words.rank(v);
  return grouped(v.admin + v.institutional);
}

const pair = (a: number, b: number) => (a === b ? grouped(a) : `${grouped(a)}→${grouped(b)}`);

function one(words: Words, change: FieldChange): string {
  const label = words.fields[change.field] ?? change.field;
  if ('added' in change) {
    const names = (refs: FunctionRef[]) => refs.map((f) => functionLabel(f, words.lang)).join(words.list);
    const parts = [change.added.length > 0 ? `${words.gains} ${names(change.added)}` : '', change.removed.length > 0 ? `${words.loses} ${names(change.removed)}` : ''].filter((p) => p !== '');
    return `${label} ${parts.join(words.list)}`;
  }
  const { from, to } = change;
  let text = `${label} ${value(words, from)} → ${'cleared' in change ? words.removed : value(words, to)}`;
  // staff: the admin · institutional split where institutional staff are involved
  if (change.field === 'staff' && from && to && typeof from === 'object' && typeof to === 'object' && 'admin' in from && 'admin' in to && (from.institutional > 0 || to.institutional > 0)) {
    text += words.lang === 'zh' ? `（${words.staffSplit(pair(from.admin, to.admin), pair(from.institutional, to.institutional))}）` : ` (${words.staffSplit(pair(from.admin, to.admin), pair(from.institutional, to.institutional))})`;
  }
  return text;
}

/** "名称 城市管理局 → 城市管理办公室；编制 14 → 8" */
export function changesInWords(lang: 'zh' | 'en', changes: readonly FieldChange[]): string {
  const words = lang === 'zh' ? ZH : EN;
  return changes.map((c) => one(words, c)).join(words.sep);
}

/** A unit kind in words (a new unit's kind in the change list). */
export function kindInWords(lang: 'zh' | 'en', kind: string): string {
  return (lang === 'zh' ? ZH : EN).values[kind] ?? kind;
}
