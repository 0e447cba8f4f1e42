import type { FunctionRef } from '../i18n';
import type { FunctionDef } from './types';

/** A built-in duty: SPEC §4's id, Chinese name and category, and the product's English words for it. */
export interface BuiltInFunction extends FunctionDef {
  en: string;
}

/** The built-in duties of SPEC §4. A file's own `functions` add to them or replace one by id. */
export const BUILT_IN_FUNCTIONS: readonly BuiltInFunction[] = [
  { id: 'investment-promotion', name: '招商引资', en: 'investment promotion', category: 'economic' },
  { id: 'industry-development', name: '产业发展', en: 'industry development', category: 'economic' },
  { id: 'sci-tech-innovation', name: '科技创新', en: 'science and technology innovation', category: 'economic' },
  { id: 'business-environment', name: '营商环境与政务服务', en: 'business environment and government services', category: 'economic' },
  { id: 'talent-attraction', name: '招才引智', en: 'talent attraction', category: 'economic' },
  { id: 'economic-management', name: '经济运行管理', en: 'economic management', category: 'economic' },
  { id: 'urban-management', name: '城市管理', en: 'urban management', category: 'social' },
  { id: 'municipal-maintenance', name: '市政养护', en: 'municipal maintenance', category: 'social' },
  { id: 'land-acquisition', name: '征地拆迁', en: 'land acquisition and relocation', category: 'social' },
  { id: 'livelihood-services', name: '民生服务', en: 'livelihood services', category: 'social' },
  { id: 'party-affairs', name: '党群工作', en: 'Party affairs', category: 'general' },
  { id: 'general-office', name: '综合办公', en: 'general office', category: 'general' },
  { id: 'finance', name: '财政金融', en: 'finance', category: 'general' },
  { id: 'planning-construction', name: '规划建设', en: 'planning and construction', category: 'general' },
  { id: 'ecology-safety', name: '生态环境与安全生产', en: 'ecology and work safety', category: 'general' },
  { id: 'state-assets', name: '国有资产管理', en: 'state asset management', category: 'general' },
];

/** The duties a file may use: the built-in list with the file's entries added or replacing. */
export function functionCatalogue(own: readonly FunctionDef[] | undefined): Map<string, FunctionDef> {
  const catalogue = new Map<string, FunctionDef>();
  for (const fn of BUILT_IN_FUNCTIONS) catalogue.set(fn.id, fn);
  for (const fn of own ?? []) catalogue.set(fn.id, fn);
  return catalogue;
}

const builtIns = new Set<FunctionDef>(BUILT_IN_FUNCTIONS);

/** A duty for a message: its name in the file, and for a built-in duty the file does not rename, its English words. */
export function functionRef(functions: ReadonlyMap<string, FunctionDef>, id: string): FunctionRef {
  const def = functions.get(id);
  return def !== undefined && builtIns.has(def) ? { id, name: def.name, en: (def as BuiltInFunction).en } : { id, name: def?.name ?? id };
}
