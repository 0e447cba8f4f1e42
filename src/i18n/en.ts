// The English catalogue: every key of the Chinese one, in the same order.
import { functionLabel, percent } from './lang';
import type { FunctionRef } from './lang';
import type { Catalogue, RankArgs } from './zh-CN';

const list = (items: readonly string[]): string => items.join(', ');
const q = (s: string): string => `"${s}"`;
const fns = (refs: readonly FunctionRef[]): string => list(refs.map((f) => functionLabel(f, 'en')));
const fn = (ref: FunctionRef): string => functionLabel(ref, 'en');

export const en: Catalogue = {
  'file.tooLarge': (a) =>
    `The file is too large: ${(a.bytes / 1048576).toFixed(1)} MB; the limit is ${a.limit / 1048576} MB. Split the proposals or remove what is not needed.`,
  'file.empty': () => 'The file is empty. Choose a scenario file (JSON).',
  'file.notJson': (a) =>
    a.line === undefined
      ? `Not valid JSON: ${a.detail}`
      : `Not valid JSON (near line ${a.line}, column ${a.column}): ${a.detail}`,
  'file.notObject': () => 'The file must be one JSON object { … } at the top level.',
  'file.tooDeep': (a) => `Nested more than ${a.limit} levels deep; the file's structure is not plausible and was refused.`,
  'format.wrong': (a) => `format must be "zonereform/scenario", not ${a.value}. This is not a ZoneReform scenario file.`,
  'version.newer': (a) =>
    `The file is of format version ${a.value}, newer than version 2 that this program reads. Update ZoneReform to open it.`,
  'version.wrong': (a) => `The format version must be 1 or 2, not ${a.value}.`,
  'key.forbidden': (a) => `The key ${q(a.key)} is not allowed (it can be used to attack programs). Use another name.`,
  'field.missing': (a) => `The required field ${a.field} is missing.`,
  'field.unknown': (a) => `Unknown field ${a.field} (perhaps a typo). Put extra information under meta.`,
  'field.type': (a) => `Wrong type: expected ${typeEn(a.expected)}.`,
  'field.enum': (a) => `${a.value} is not allowed here; use one of: ${list(a.allowed)}.`,
  'field.kindOnly': (a) =>
    `The field ${a.field} applies only to ${list(a.kinds.map(kindEn))}, not to a ${kindEn(a.kind)}.`,
  'number.notInteger': () => 'Must be a whole number.',
  'number.negative': () => 'Must not be negative.',
  'number.tooLarge': () => 'Too large: at most 1,000,000.',
  'number.ratio': () => 'Must be a number from 0 to 1 (0.6 means 60%).',
  'id.format': () => 'An id has 1–64 characters, only letters, digits, _, - and .',
  'name.empty': () => 'A name must not be empty.',
  'name.tooLong': (a) => `The name is too long (${a.length} characters); at most 200.`,
  'id.duplicate': (a) => `The id ${q(a.id)} is used twice; it is already used at ${a.first}.`,
  'id.reserved': () => 'A scenario id must not be "baseline": that word names the current organisation.',
  'array.tooShort': (a) => `At least ${a.min} ${a.min === 1 ? 'item is' : 'items are'} needed.`,
  'ref.unit': (a) => `The unit ${q(a.id)} does not exist.`,
  'ref.function': (a) => `The function ${q(a.id)} does not exist (neither built in nor defined under functions).`,
  'territory.notLocal': (a) => `territory may list only towns and streets; ${q(a.id)} is a ${kindEn(a.kind)}.`,
  'parent.notZone': (a) => `parent must be a zone committee; ${q(a.id)} is a ${kindEn(a.kind)}.`,
  'jointWith.self': () => 'jointWith must not name the unit itself.',
  'unit.zoneGovernance': () => 'A zone committee needs governance (integrated or separated).',
  'rank.first': () => 'A rank position starts at 1.',
  'rank.order': (a) => `Rank position ${a.position} cannot exceed the number ranked, ${a.of}.`,
  'op.unknown': (a) =>
    `Unknown operation ${a.value}; use one of: move, merge, abolish, create, set, reassign, add-unit, set-unit, remove-unit.`,
  'op.bureauMissing': (a) => `The bureau ${q(a.id)} does not exist at this point (merged, abolished, or a wrong id).`,
  'op.unitMissing': (a) => `The unit ${q(a.id)} does not exist at this point (removed, or a wrong id).`,
  'op.alreadyThere': (a) => `${a.bureau} is already in ${a.unit}; there is nothing to move.`,
  'op.mergeRepeat': (a) => `The bureau ${q(a.id)} is listed twice in the merge.`,
  'op.mergeUnits': () => 'Only bureaus of one unit can be merged; these belong to different units. Move them into one unit first.',
  'op.mergeTypes': () => 'Only bureaus of one type can be merged: not an internal body with a public institution.',
  'op.bureauIdInUse': (a) => `The bureau id ${q(a.id)} is already in use; choose another.`,
  'op.unitIdInUse': (a) => `The unit id ${q(a.id)} is already in use; choose another.`,
  'op.functionsToSelf': () => 'functionsTo must not be the abolished bureau itself.',
  'op.functionNotHeld': (a) => `${a.bureau} does not carry the function ${q(a.fn)}, so it cannot hand it over.`,
  'op.sameBureau': () => 'A duty cannot be reassigned from a bureau to the same bureau.',
  'op.unitHoldsBureaus': (a) =>
    `${a.unit} still holds ${a.count} ${a.count === 1 ? 'bureau' : 'bureaus'} and cannot be removed. Move or abolish them first.`,
  'op.unitReferenced': (a) => `${a.unit} is still named by ${a.field} of ${a.by} and cannot be removed. Change that first.`,
  'op.at': (a) => `Operation ${a.index + 1} of scenario ${q(a.scenario)} cannot be applied: ${a.detail}`,
  'rule.econ-ratio': (a) =>
    `${a.unit} (${!a.office ? 'zone and district separate' : a.parent === null ? 'an office under no main zone, so separate from the district' : `its zone ${a.parent} separate from the district`}) has ${a.economic} economic-development bodies out of ${a.internal} internal bodies, ` +
    `${percent(a.ratio)}, below the required ${percent(a.min)}. ` +
    (a.remove === null
      ? 'Fix: '
      : `Fix: move out ${a.remove} non-economic internal ${a.remove === 1 ? 'body' : 'bodies'} (social duties go back to the towns and streets), or `) +
    `turn ${a.convert} internal ${a.convert === 1 ? 'body' : 'bodies'} into economic-development ${a.convert === 1 ? 'body' : 'bodies'}. ` +
    `Paper: "for zones (functional parks) where zone and district are separate … ensure economic-development bodies are no fewer than 60%".`,
  'rule.social-in-zone': (a) =>
    `${a.bureau} (${a.unit}) carries social-management duties: ${fns(a.functions)}. ` +
    `Fix: reassign them to bureaus of the host towns and streets${a.hosts.length > 0 ? ` (${list(a.hosts)})` : ''}, ` +
    `or move the bureau back to them. Paper: "social-management duties return to the host towns and streets".`,
  'rule.econ-in-town': (a) =>
    `${a.bureau} (${a.unit}, inside ${list(a.zones)}) carries economic-development duties: ${fns(a.functions)}. ` +
    `Fix: reassign them to the zone's economic-development bureaus, so the town or street can focus on public services. ` +
    `Paper: "strip towns and streets of economic-development duties".`,
  'rule.function-lost': (a) =>
    `The duty ${q(fn(a.fn))}, carried today by ${list(a.bureaus)}, is carried by no bureau in this proposal. ` +
    `Fix: when abolishing a bureau, name the bureau that takes its duties (functionsTo), or reassign the duty. ` +
    `Basis: clarify duties between zone and district — a duty handed over must land somewhere.`,
  'rule.function-duplicate': (a) =>
    `${a.bureaus.length} bureaus of ${a.unit} all carry ${q(fn(a.fn))}: ${list(a.bureaus)}. ` +
    `Fix: keep the duty in one bureau and reassign it away from the others, or merge them. Paper: "clarify the boundaries of duties".`,
  'rule.body-cap': (a) =>
    `${a.unit} has ${a.count} internal bodies, above its cap of ${a.cap}. Fix: merge or abolish ${a.count - a.cap}. ` +
    `Paper: "strictly control the growth of bodies and posts through super-departments".`,
  'rule.leader-cap': (a) =>
    `${a.unit} has ${a.count} leader posts, above its approved cap of ${a.cap}. Fix: cut ${a.count - a.cap}. ` +
    `Paper: "add leader posts only within the cap".`,
  'rule.park-parent': (a) =>
    `The main zone of ${a.unit}, ${a.parent}, has no Party working committee, so the office lacks unified Party leadership. ` +
    `Fix: give ${a.parent} a Party working committee, or place the office under a zone that has one; an office that belongs to no main zone ` +
    `(a tourism resort's, say) may instead be led directly by the district's Party organisation (remove parent). ` +
    `Paper: "under the unified leadership of the main zone's Party working committee".`,
  'rule.town-overlap': (a) =>
    `The developed town ${a.unit} lies inside ${list(a.zones)}, so the town and the zone overlap. ` +
    `Fix: take ${a.unit} out of the zone's territory, or stop treating it as a developed town. ` +
    `Paper: "avoid geographic overlap between developed towns and development zones".`,
  'rule.group-staffed': (a) =>
    `${a.unit} is a coordination mechanism` +
    [
      ...(a.bureaus.length > 0 ? [`: it should hold no bureaus, yet it holds ${a.bureaus.length}: ${list(a.bureaus)}`] : []),
      ...(a.posts > 0 ? [`${a.bureaus.length > 0 ? '; and' : ':'} its leaders serve concurrently, yet it has ${a.posts} leader ${a.posts === 1 ? 'post' : 'posts'} of its own`] : []),
    ].join('') +
    `. Fix: ${[...(a.bureaus.length > 0 ? ['move the bureaus to a management body or to the host towns and streets'] : []), ...(a.posts > 0 ? ['set its leader posts to 0, the leaders serving concurrently'] : [])].join(', and ')}. ` +
    `Paper: "set up no management body for now; coordinate through a high-level mechanism, with the area's leaders serving concurrently as heads of the leading group".`,
  'rule.rank-bottom-growth': (a) =>
    `${a.unit} ranks ${a.position} of ${a.of}, in the bottom ${a.bottomN}, yet ${growthEn(a)}. ` +
    `Fix: no growth; cut at least one internal body or one leader post below today's figures. ` +
    `Paper: "zones ranked in the last 2 have leader posts and functional bodies cut".`,
  'rule.rank-bottom-no-cut': (a) =>
    `${a.unit} ranks ${a.position} of ${a.of}, in the bottom ${a.bottomN}, but neither its internal bodies ` +
    `(${a.bodiesBefore} → ${a.bodiesAfter}) nor its leader posts (${a.postsBefore} → ${a.postsAfter}) are cut. ` +
    `Fix: cut at least one internal body or one leader post. Paper: "zones ranked in the last 2 have leader posts and functional bodies cut".`,
  'rule.rank-growth-unearned': (a) =>
    a.top
      ? `${a.unit} ranks ${a.position} of ${a.of}, in the top ${a.topN}, which may earn more leader posts within the cap, yet its internal bodies grow from ${a.bodiesBefore} to ${a.bodiesAfter}. ` +
        `Fix: add no internal bodies; a leading rank is rewarded with leader posts within the cap. ` +
        `Paper: "first in line for more leader posts within the cap"; "incentives by simply adding bodies, staff and posts are outdated".`
      : `${a.unit} ranks ${a.position} of ${a.of}, outside the top ${a.topN}, yet ${growthEn(a)}. ` +
        `Fix: keep today's bodies and posts; once the zone leads or keeps rising in the ranking, add leader posts within the cap rather than bodies. ` +
        `Paper: "zones that lead or keep rising are first in line for more leader posts within the cap".`,
};

function growthEn(a: RankArgs): string {
  const parts: string[] = [];
  if (a.bodiesAfter > a.bodiesBefore) parts.push(`its internal bodies grow from ${a.bodiesBefore} to ${a.bodiesAfter}`);
  if (a.postsAfter > a.postsBefore) parts.push(`its leader posts grow from ${a.postsBefore} to ${a.postsAfter}`);
  return parts.join(' and ');
}

export function kindEn(kind: string): string {
  const names: Record<string, string> = {
    zone: 'zone committee',
    office: 'park office',
    town: 'town',
    street: 'street',
    platform: 'company platform',
    group: 'coordination group',
  };
  return names[kind] ?? kind;
}

function typeEn(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object { … }',
    array: 'a list [ … ]',
  };
  return names[expected] ?? expected;
}
