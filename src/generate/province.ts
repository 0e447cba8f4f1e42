// A seeded, realistic file of any size: zones with offices and territories, towns and streets,
// platforms and groups, and proposals whose operations all apply. For benchmarks and load tests.
import type { Bureau, BureauType, Category, Operation, ScenarioFile, Unit } from '../model';
import { BUILT_IN_FUNCTIONS } from '../model';
import { seededRandom, type Random } from './random';

export interface ProvinceOptions {
  bureaus: number;
  seed: number;
  /** How many proposals, and how many operations each. */
  scenarios?: number;
  operations?: number;
}

const ECONOMIC = BUILT_IN_FUNCTIONS.filter((f) => f.category === 'economic').map((f) => f.id);
const SOCIAL = BUILT_IN_FUNCTIONS.filter((f) => f.category === 'social').map((f) => f.id);
const GENERAL = BUILT_IN_FUNCTIONS.filter((f) => f.category === 'general').map((f) => f.id);
const BY_CATEGORY: Record<Category, string[]> = { economic: ECONOMIC, social: SOCIAL, general: GENERAL };
const ZONE_BODIES = ['招商局', '经济发展局', '科技创新局', '营商环境局', '人才工作局', '党政办公室', '财政局', '规划建设局', '城市管理局', '社会事业局', '征地拆迁办'];
const LOCAL_BODIES = ['党政办公室', '社会事务办', '城市管理办', '便民服务中心', '经济服务中心'];

function categoryOf(name: string): Category {
  if (/城市|社会|征地|便民|社会事务/.test(name)) return 'social';
  if (/党政|财政|规划/.test(name)) return 'general';
  return 'economic';
}

function bureau(random: Random, id: string, name: string, unit: string, type: BureauType): Bureau {
  const category = categoryOf(name);
  const pool = BY_CATEGORY[category];
  const functions = [...new Set([random.pick(pool), random.pick(pool)])];
  const staff = random.int(9, 30);
  return {
    id,
    name,
    unit,
    type,
    category,
    functions,
    staff: type === 'internal' ? { admin: staff, institutional: 0 } : { admin: 0, institutional: staff },
    leaderPosts: random.int(1, 4),
  };
}

export function generateProvince(options: ProvinceOptions): ScenarioFile {
  const random = seededRandom(options.seed);
  const units: Unit[] = [];
  const bureaus: Bureau[] = [];
  const perZone = 150; // a zone with its offices, towns and streets holds about this many bureaus
  const zoneCount = Math.max(1, Math.round(options.bureaus / perZone));
  for (let z = 0; z < zoneCount && bureaus.length < options.bureaus; z++) {
    const zone = `z${z}`;
    const locals: string[] = [];
    const localCount = random.int(5, 13);
    for (let l = 0; l < localCount; l++) {
      const kind = random.chance(0.6) ? 'street' : 'town';
      const id = `${zone}-${kind[0]}${l}`;
      locals.push(id);
      units.push({ id, name: `${kind === 'street' ? '街道' : '镇'}${z}-${l}`, kind, ...(kind === 'town' && random.chance(0.1) ? { developedTown: true } : {}) });
    }
    const rank = { position: (z % 10) + 1, of: Math.min(10, zoneCount - Math.floor(z / 10) * 10) };
    units.push({
      id: zone,
      name: `开发区${z}管委会`,
      kind: 'zone',
      level: random.pick(['national', 'provincial', 'municipal'] as const),
      governance: random.chance(0.8) ? 'separated' : 'integrated',
      partyCommittee: true,
      territory: locals.filter(() => random.chance(0.5)),
      leaderPosts: random.int(4, 7),
      leaderPostCap: 7,
      bodyCap: 13,
      ...(rank.of >= rank.position ? { rank } : {}),
    });
    const offices = [`${zone}-o0`, `${zone}-o1`];
    for (const office of offices) {
      units.push({ id: office, name: `功能园区${office}管理办公室`, kind: 'office', parent: zone, partyCommittee: false, leaderPosts: random.int(2, 4) });
    }
    units.push({ id: `${zone}-p`, name: `开发区${z}发展集团`, kind: 'platform' });
    units.push({ id: `${zone}-g`, name: `开发区${z}功能区领导小组`, kind: 'group' });
    const holders = [zone, zone, zone, ...offices, ...locals];
    for (let b = 0; b < perZone && bureaus.length < options.bureaus; b++) {
      const unit = random.pick(holders);
      const local = unit !== zone && !offices.includes(unit);
      const name = random.pick(local ? LOCAL_BODIES : ZONE_BODIES);
      bureaus.push(bureau(random, `${zone}-b${b}`, `${name}${b}`, unit, random.chance(0.7) ? 'internal' : 'institution'));
    }
  }
  const scenarios = Array.from({ length: options.scenarios ?? 2 }, (_, s) => ({
    id: `plan-${s + 1}`,
    name: `方案${s + 1}`,
    operations: generateOperations(random, units, bureaus, options.operations ?? 100),
  }));
  return { format: 'zonereform/scenario', version: 1, title: `全省开发区（${options.bureaus} 个机构，示意）`, notes: '生成的示意数据 / generated illustrative data', units, bureaus, scenarios };
}

/** Operations that apply in order: the bureaus and units each one names are tracked as they change. */
function generateOperations(random: Random, units: readonly Unit[], start: readonly Bureau[], count: number): Operation[] {
  const where = new Map(start.map((b) => [b.id, { unit: b.unit, type: b.type, functions: [...b.functions] }]));
  const alive = start.map((b) => b.id);
  const targets = units.filter((u) => u.kind !== 'group').map((u) => u.id);
  const operations: Operation[] = [];
  let created = 0;
  while (operations.length < count && alive.length > 2) {
    const id = random.pick(alive);
    const current = where.get(id)!;
    const roll = random.next();
    if (roll < 0.55) {
      const to = random.pick(targets);
      if (to === current.unit) continue;
      operations.push({ op: 'move', bureau: id, to, doc: `示编〔2025〕${operations.length + 1}号` });
      current.unit = to;
    } else if (roll < 0.7) {
      const partner = alive.find((other) => other !== id && where.get(other)!.unit === current.unit && where.get(other)!.type === current.type);
      if (!partner) continue;
      const into = `m${created++}`;
      operations.push({ op: 'merge', bureaus: [id, partner], into: { id: into, name: `合并机构${created}` } });
      const functions = [...new Set([...current.functions, ...where.get(partner)!.functions])];
      for (const gone of [id, partner]) {
        alive.splice(alive.indexOf(gone), 1);
        where.delete(gone);
      }
      alive.push(into);
      where.set(into, { unit: current.unit, type: current.type, functions });
    } else if (roll < 0.8) {
      const heir = random.pick(alive);
      if (heir === id) continue;
      operations.push({ op: 'abolish', bureau: id, functionsTo: heir });
      const taker = where.get(heir)!;
      taker.functions = [...new Set([...taker.functions, ...current.functions])];
      alive.splice(alive.indexOf(id), 1);
      where.delete(id);
    } else if (roll < 0.9) {
      const to = random.pick(alive);
      const fn = current.functions[0];
      if (to === id || fn === undefined) continue;
      operations.push({ op: 'reassign', function: fn, from: id, to });
      current.functions = current.functions.filter((f) => f !== fn);
      const taker = where.get(to)!;
      if (!taker.functions.includes(fn)) taker.functions.push(fn);
    } else {
      operations.push({ op: 'set', bureau: id, staff: { admin: random.int(5, 20), institutional: random.int(0, 10) }, leaderPosts: random.int(1, 3) });
    }
  }
  return operations;
}
