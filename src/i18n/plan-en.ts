// The English texts of the planning assistant. Same keys as plan-zh.ts.
import type { planZh } from './plan-zh';

const list = (items: readonly string[]): string => items.join(', ');

export const planEn: { [K in keyof typeof planZh]: (typeof planZh)[K] } = {
  'plan.why.econ-ratio': (a) => `raise the economic share of ${a.unit}`,
  'plan.why.social-in-zone': (a) => `return the social duties of ${a.bureau} to the host towns and streets`,
  'plan.why.body-cap': (a) => `bring the internal bodies of ${a.unit} within its cap`,
  'plan.why.group-staffed': (a) => `${a.unit} (a coordination group) holds no bodies and no posts`,
  'plan.why.rank-bottom-growth': (a) => `no growth of bodies or posts in ${a.unit} (ranked last)`,
  'plan.why.econ-in-town': (a) => `take the economic duties away from ${a.bureau}`,
  'plan.why.function-duplicate': (a) => `only one body of ${a.unit} carries "${a.fn}"`,
  'plan.why.staff': (a) => `saves ${a.staff} staff`,
  'plan.note': (a) => `Suggested: ${a.reasons.join('; ')}`,
  'plan.fixNote': (a) => `Fix: ${a.reason}`,
  'plan.scenarioName': (a) => `Suggested plan (${a.objective === 'most-staff-saved' ? 'most staff saved' : 'fewest changes'})`,
  'plan.scenarioNotes': (a) => `Solved by the planning assistant from ${a.from}: ${a.changes} changes, each checked again by the engine.`,
  'plan.from.baseline': () => "today's organisation",
  'plan.from.scenario': (a) => `proposal "${a.name}"`,
  'plan.item.lock': (a) => `the lock on "${a.name}"`,
  'plan.item.noAbolitions': () => 'no abolitions',
  'plan.item.noHandOvers': () => 'no hand-overs to platforms',
  'plan.hold.econ-ratio': (a) => `the economic share of ${a.unit} is at least the minimum`,
  'plan.hold.social-in-zone': (a) => `${a.bureau} carries no social duty`,
  'plan.hold.body-cap': (a) => `${a.unit} stays within its cap on internal bodies`,
  'plan.hold.group-staffed': (a) => `${a.unit} holds no bodies and no posts`,
  'plan.hold.rank-bottom-growth': (a) => `${a.unit} grows neither bodies nor posts`,
  'plan.hold.econ-in-town': (a) => `${a.bureau} carries no economic duty`,
  'plan.hold.function-duplicate': (a) => `only one body of ${a.unit} carries "${a.fn}"`,
  'plan.item.rule': (a) => `${a.rule} on ${a.name}`,
  'plan.obstacle': (a) =>
    `Cannot make sure that ${list(a.problems)}: ${a.conflict.length > 0 ? `that cannot hold together with ${list(a.conflict)}` : 'none of the changes the assistant makes (moves, hand-overs, abolitions, merges, reassigned duties, reclassification) can do it'}.`,
  'plan.noScenario': (a) =>
    `The file has no scenario with id "${a.id}". ${a.known.length > 0 ? `Its scenarios: ${list(a.known)}.` : 'It has no scenarios.'}`,
  'plan.unexplained': (a) => `${a.problem} is not cleared: the engine still reports it after the solver's plan.`,
  'plan.groupLocked': (a) => `${a.unit} is locked, so its leader posts cannot be cut`,
  'plan.cli.usage': () =>
    'usage: npm run suggest -- FILE [--scenario ID] [--objective fewest-changes|most-staff-saved] [--lock ID,…]\n' +
    '                          [--no-abolitions] [--no-hand-overs] [--also econ-in-town,function-duplicate] [--json] [--lang zh|en]\n' +
    '  --scenario ID      start from this proposal (default: today)\n' +
    '  --objective        fewest-changes (default) or most-staff-saved\n' +
    '  --lock ID,…        bureaus or units that must not change\n' +
    '  --no-abolitions    abolish no bureau\n' +
    '  --no-hand-overs    hand nothing to a company platform\n' +
    '  --also RULE,…      clear these warnings too: econ-in-town, function-duplicate\n' +
    '  --json             print the whole file with the suggestion as its last proposal\n' +
    'exit status: 0 all cleared; 3 some cannot be (why, on standard error); 1 invalid file; 2 wrong usage.',
  'plan.cli.badObjective': (a) => `unknown objective: ${a.value} (fewest-changes or most-staff-saved)`,
  'plan.cli.badRule': (a) => `--also takes econ-in-town and function-duplicate, not ${a.value}`,
  'plan.cli.unknownLock': (a) => `--lock: the file has no bureau or unit with the id "${a.id}"`,
  'plan.cli.header': (a) => `${a.name}: ${a.changes} changes, ${a.cleared} of ${a.targeted} problems cleared`,
  'plan.cli.figures': (a) => `against today: staff ${a.staff >= 0 ? 'saved' : 'added'} ${Math.abs(a.staff)}, bodies ${a.bodies >= 0 ? 'fewer' : 'more'} ${Math.abs(a.bodies)}, leader posts ${a.posts >= 0 ? 'fewer' : 'more'} ${Math.abs(a.posts)}`,
  'plan.cli.inexact': () => 'Note: some integer programs were not proven optimal within the iteration limit; the best solution found is given.',
  'plan.cancelled': () => 'Cancelled: no plan was made.',
  'plan.noFix': () => 'No change found clears this alone without creating a new error; use Suggest a plan to solve it with the rest, or change it by hand.',
};
