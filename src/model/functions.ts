import type { FunctionRef } from '../i18n';
import type { FunctionDef } from './types';

/** The built-in duties of SPEC §4. A file's own `functions` add to them or replace one by id. */
export const BUILT_IN_FUNCTIONS: readonly FunctionDef[] = [
  { id: 'investment-promotion', name: '招商引资', category: 'economic' },
  { id: 'industry-development', name: '产业发展', category: 'economic' },
  { id: 'sci-tech-innovation', name: '科技创新', category: 'economic' },
  { id: 'business-environment', name: '营商环境与政务服务', category: 'economic' },
  { id: 'talent-attraction', name: '招才引智', category: 'economic' },
  { id: 'economic-management', name: '经济运行管理', category: 'economic' },
  { id: 'urban-management', name: '城市管理', category: 'social' },
  { id: 'municipal-maintenance', name: '市政养护', category: 'social' },
  { id: 'land-acquisition', name: '征地拆迁', category: 'social' },
  { id: 'livelihood-services', name: '民生服务', category: 'social' },
  { id: 'party-affairs', name: '党群工作', category: 'general' },
  { id: 'general-office', name: '综合办公', category: 'general' },
  { id: 'finance', name: '财政金融', category: 'general' },
  { id: 'planning-construction', name: '规划建设', category: 'general' },
  { id: 'ecology-safety', name: '生态环境与安全生产', category: 'general' },
  { id: 'state-assets', name: '国有资产管理', category: 'general' },
];

/** The duties a file may use: the built-in list with the file's entries added or replacing. */
export function functionCatalogue(own: readonly FunctionDef[] | undefined): Map<string, FunctionDef> {
  const catalogue = new Map<string, FunctionDef>();
  for (const fn of BUILT_IN_FUNCTIONS) catalogue.set(fn.id, fn);
  for (const fn of own ?? []) catalogue.set(fn.id, fn);
  return catalogue;
}

const builtIns = new Set<FunctionDef>(BUILT_IN_FUNCTIONS);

/** A duty for a message: its name in the file, and whether it is the built-in one (for translation). */
export function functionRef(functions: ReadonlyMap<string, FunctionDef>, id: string): FunctionRef {
  const def = functions.get(id);
  return { id, name: def?.name ?? id, builtIn: def !== undefined && builtIns.has(def) };
}
