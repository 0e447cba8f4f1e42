// A drop the engine would accept but a rule forbids outright is refused before it is made, with
// the reason, as other impossible drops are: a coordination group (领导小组) holds no bureaus
// (SPEC §7 group-staffed: "暂不设置管理机构…由板块相关领导兼任组长").
import { type Message, message } from '../../i18n';
import type { OrgState } from '../../model';

export function dropRefusal(state: OrgState, bureauId: string, unitId: string): Message | undefined {
  const unit = state.units.find((u) => u.id === unitId);
  if (unit?.kind !== 'group') return undefined;
  const bureau = state.bureaus.find((b) => b.id === bureauId);
  return message('drop.group', { name: bureau?.name ?? bureauId, unit: unit.name });
}
