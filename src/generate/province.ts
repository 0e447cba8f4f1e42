// A seeded, realistic file of any size (format version 2): zones with offices and territories,
// resort offices under no zone, towns and streets, platforms and groups, and proposals whose
// operations all apply, with their authors, dates and statuses. For benchmarks and load tests.
import type { Bureau, BureauType, Category, Operation, Scenario, ScenarioFile, Unit } from '../model';
import { BUILT_IN_FUNCTIONS, FILE_FORMAT, FILE_VERSION, SCENARIO_STATUSES } from '../model';
import { seededRandom, type Random } from './random';

export interface ProvinceOptions {
  bureaus: number;
  seed: number;
  /** How many proposals, and how many operations each. */
  scenarios?: number;
  operations?: number;
}

interface Template {
  name: string;
  category: Category;
  functions: string[];
}

const t = (name: string, category: Category, ...functions: string[]): Template => ({ name, category, functions });

/** Bodies of a zone committee as public reports describe them: mostly economic, some general, a few social. */
const ZONE_BODIES: readonly Template[] = [
  t('党政办公室', 'general', 'party-affairs', 'general-office'),
  t('招商局', 'economic', 'investment-promotion'),
  t('经济发展局', 'economic', 'economic-management', 'industry-development'),
  t('科技创新局', 'economic', 'sci-tech-innovation'),
  t('营商环境局', 'economic', 'business-environment'),
  t('人才工作局', 'economic', 'talent-attraction'),
  t('财政局', 'general', 'finance'),
  t('规划建设局', 'general', 'planning-construction'),
  t('安全生产和生态环境局', 'general', 'ecology-safety'),
  t('国有资产管理办公室', 'general', 'state-assets'),
  t('城市管理局', 'social', 'urban-management'),
  t('社会事业局', 'social', 'livelihood-services'),
  t('征地拆迁办公室', 'social', 'land-acquisition'),
];

/** Bodies of a park office: a handful, economic first. */
const OFFICE_BODIES: readonly Template[] = [
  t('综合办公室', 'general', 'general-office'),
  t('招商服务部', 'economic', 'investment-promotion'),
  t('产业发展部', 'economic', 'industry-development'),
  t('企业服务部', 'economic', 'business-environment'),
];

/** Bodies of a town or street: social services, general offices, sometimes an economic office. */
const LOCAL_BODIES: readonly Template[] = [
  t('党政办公室', 'general', 'party-affairs', 'general-office'),
  t('社会事业办公室', 'social', 'livelihood-services'),
  t('城市管理办公室', 'social', 'urban-management'),
  t('市政养护所', 'social', 'municipal-maintenance'),
  t('征收安置办公室', 'social', 'land-acquisition'),
  t('财政所', 'general', 'finance'),
  t('规划建设办公室', 'general', 'planning-construction'),
  t('安全生产办公室', 'general', 'ecology-safety'),
  t('经济发展办公室', 'economic', 'economic-management'),
  t('便民服务中心', 'social'),
  t('社区服务中心', 'social'),
  t('综合执法队', 'social'),
  t('农业农村服务中心', 'general'),
  t('文体服务中心', 'social'),
  t('退役军人服务站', 'social'),
  t('网格化治理中心', 'social'),
];

/** The `index`-th body of a unit from its templates; past the end, further bodies of no duty of their own. */
function bureau(random: Random, id: string, unit: string, templates: readonly Template[], index: number, type: BureauType): Bureau {
  const template = templates[index % templates.length]!;
  const again = index >= templates.length;
  const staff = random.int(9, 30);
  return {
    id,
    name: again ? `${template.name}${Math.floor(index / templates.length) + 1}` : template.name,
    unit,
    type,
    category: template.category,
    functions: again ? [] : [...template.functions],
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
    // every third zone's district also has a tourism resort: an office under no zone, led by the
    // district's Party organisation, coordinating some of the towns and streets (v2)
    if (z % 3 === 2) {
      const resort = `${zone}-r`;
      offices.push(resort);
      units.push({ id: resort, name: `旅游度假区${z}管理办公室`, kind: 'office', territory: locals.filter(() => random.chance(0.3)), leaderPosts: random.int(2, 3) });
    }
    units.push({ id: `${zone}-p`, name: `开发区${z}发展集团`, kind: 'platform' });
    units.push({ id: `${zone}-g`, name: `开发区${z}功能区领导小组`, kind: 'group' });
    // the zone's own bodies, its offices', then the rest spread over its towns and streets
    const counts = new Map<string, number>();
    const add = (unit: string, templates: readonly Template[], type: BureauType) => {
      if (bureaus.length >= options.bureaus) return;
      const index = counts.get(unit) ?? 0;
      counts.set(unit, index + 1);
      bureaus.push(bureau(random, `${unit}-b${index}`, unit, templates, index, type));
    };
    const zoneBodies = random.int(8, 13);
    for (let i = 0; i < zoneBodies; i++) add(zone, ZONE_BODIES, i < zoneBodies - 2 ? 'internal' : 'institution');
    for (const office of offices) {
      const count = random.int(3, 4);
      for (let i = 0; i < count; i++) add(office, OFFICE_BODIES, 'internal');
    }
    const start = bureaus.length;
    for (let i = 0; bureaus.length - start < perZone - zoneBodies - 8 && bureaus.length < options.bureaus; i++) {
      const local = locals[i % locals.length]!;
      add(local, LOCAL_BODIES, random.chance(0.65) ? 'internal' : 'institution');
    }
  }
  const scenarios = Array.from({ length: options.scenarios ?? 2 }, (_, s): Scenario => ({
    id: `plan-${s + 1}`,
    name: `方案${s + 1}`,
    ...(s > 0 ? { status: SCENARIO_STATUSES[s % SCENARIO_STATUSES.length]! } : {}),
    operations: generateOperations(random, units, bureaus, options.operations ?? 100),
  }));
  return { format: FILE_FORMAT, version: FILE_VERSION, title: `全省开发区（${options.bureaus} 个机构，示意）`, notes: '生成的示意数据 / generated illustrative data', units, bureaus, scenarios };
}

const AUTHORS = ['省委编办', '市委编办体制改革处', '开发区党工委组织人事部'];

/** v2: who proposed an operation and when, on most of them: a day in 2025, a time on some. */
function record(random: Random): Pick<Operation, 'by' | 'at'> {
  if (random.chance(0.2)) return {};
  const day = `2025-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  const at = random.chance(0.5) ? day : `${day}T${String(random.int(8, 18)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00+08:00`;
  return { by: random.pick(AUTHORS), at };
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
      operations.push({ op: 'move', bureau: id, to, doc: `示编〔2025〕${operations.length + 1}号`, ...record(random) });
      current.unit = to;
    } else if (roll < 0.7) {
      const partner = alive.find((other) => other !== id && where.get(other)!.unit === current.unit && where.get(other)!.type === current.type);
      if (!partner) continue;
      const into = `m${created++}`;
      operations.push({ op: 'merge', bureaus: [id, partner], into: { id: into, name: `合并机构${created}` }, ...record(random) });
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
      operations.push({ op: 'abolish', bureau: id, functionsTo: heir, ...record(random) });
      const taker = where.get(heir)!;
      taker.functions = [...new Set([...taker.functions, ...current.functions])];
      alive.splice(alive.indexOf(id), 1);
      where.delete(id);
    } else if (roll < 0.9) {
      const to = random.pick(alive);
      const fn = current.functions[0];
      if (to === id || fn === undefined) continue;
      operations.push({ op: 'reassign', function: fn, from: id, to, ...record(random) });
      current.functions = current.functions.filter((f) => f !== fn);
      const taker = where.get(to)!;
      if (!taker.functions.includes(fn)) taker.functions.push(fn);
    } else {
      operations.push({ op: 'set', bureau: id, staff: { admin: random.int(5, 20), institutional: random.int(0, 10) }, leaderPosts: random.int(1, 3), ...record(random) });
    }
  }
  return operations;
}
