// The rows of the sheets 单位, 机构 and 职能 → units, bureaus and duties (SPEC §11), each error at its cell.
import type { Bureau, FunctionDef, Rank, Unit, UnitKind } from '../model';
import { CATEGORY_WORDS, GOVERNANCE_WORDS, KIND_WORDS, LEVEL_WORDS, TYPE_WORDS } from './columns';
import type { FunctionNames } from './functionNames';
import { guessKind, zoneStem } from './kindGuess';
import { type Issues, type ReadSheet, RowReader } from './tableRows';

export interface OrgRows {
  bureaus: ReadSheet;
  units?: ReadSheet;
  functions?: ReadSheet;
}

const ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

export interface UnitRead {
  unit: Unit;
  kindFrom: 'table' | 'name' | 'default' | 'user';
  /** the row that made it: in 单位, or (for a CSV) the first bureau row naming it */
  row: number;
}

export interface UnitsRead {
  list: UnitRead[];
  /** the sheet the units come from: 单位, or 机构 when they are named there only */
  sheet: ReadSheet;
  fromBureaus: boolean;
  /** ids of units whose rows have errors: found by references, but not in the file */
  failed: Set<string>;
  lookup(ref: string): { ok: true; id: string } | { ok: false; ambiguous?: string[] };
}

export interface BureausRead {
  list: Array<{ bureau: Bureau; row: number }>;
}

/** A unit named by its id, else by its exact name (spaces around ignored). */
function lookupOf(units: readonly Unit[]): UnitsRead['lookup'] {
  const ids = new Set(units.map((u) => u.id));
  const byName = new Map<string, string[]>();
  for (const unit of units) byName.set(unit.name.trim(), [...(byName.get(unit.name.trim()) ?? []), unit.id]);
  return (ref) => {
    const key = ref.trim();
    if (ids.has(key)) return { ok: true, id: key };
    const found = byName.get(key);
    if (!found) return { ok: false };
    return found.length === 1 ? { ok: true, id: found[0]! } : { ok: false, ambiguous: found };
  };
}

/** The id of the row, or the one SPEC §11 makes from the row number; each at most once. */
function readId(r: RowReader, prefix: string, seen: Map<string, string>): string | undefined {
  const given = r.plain('id');
  const id = given ?? `${prefix}-${r.row.row}`;
  if (!ID_PATTERN.test(id)) return r.fail('id', 'office.id', { value: id });
  const first = seen.get(id);
  if (first !== undefined) return r.fail('id', 'office.idDuplicate', { value: id, first });
  seen.set(id, r.place('id'));
  return id;
}

function readName(r: RowReader): string | undefined {
  const name = r.text('name');
  if (name === undefined) return r.fail('name', 'office.required', {});
  const length = [...name].length;
  if (length > 200) return r.fail('name', 'office.nameTooLong', { length });
  return name;
}

function readRank(r: RowReader): Rank | undefined {
  const text = r.plain('rank');
  if (text === undefined) return undefined;
  const match = /^(\d+)\s*[/／:]\s*(\d+)$/.exec(text);
  if (!match) return r.fail('rank', 'office.rank', { value: text });
  return { position: Number(match[1]), of: Number(match[2]) };
}

export function unitsFromRows(sheet: ReadSheet, issues: Issues): UnitsRead {
  const seen = new Map<string, string>();
  const read: Array<{ unit: Unit; r: RowReader; refs: { parent?: string; jointWith?: string; territory?: string[] } }> = [];
  const known: Unit[] = [];
  const failed = new Set<string>();
  for (const row of sheet.rows) {
    const r = new RowReader(sheet, row, issues);
    const id = readId(r, 'u', seen);
    const name = readName(r);
    const kind = r.has('kind') ? r.word('kind', KIND_WORDS) : r.fail('kind', 'office.required', {});
    const unit = {
      id, name, kind,
      level: r.word('level', LEVEL_WORDS),
      governance: r.word('governance', GOVERNANCE_WORDS),
      partyCommittee: r.boolean('partyCommittee'),
      developedTown: r.boolean('developedTown'),
      leaderPosts: r.count('leaderPosts'),
      leaderPostCap: r.count('leaderPostCap'),
      bodyCap: r.count('bodyCap'),
      rank: readRank(r),
    };
    const refs = { parent: r.text('parent')?.trim(), jointWith: r.text('jointWith')?.trim(), territory: r.list('territory') };
    // a unit whose row has an error is still found by the rows that name it: they are not blamed for it
    if (id !== undefined && name !== undefined) known.push({ id, name } as Unit);
    // one with an error in another field is still checked by the parser with the rest (the import fails anyway)
    if (id === undefined || name === undefined || kind === undefined) {
      if (id !== undefined) failed.add(id);
      continue;
    }
    read.push({ unit: defined(unit) as Unit, r, refs });
  }
  const lookup = lookupOf(known);
  const resolve = (r: RowReader, field: string, ref: string): string | undefined => {
    const found = lookup(ref);
    if (found.ok) return found.id;
    if (found.ambiguous) return r.fail(field, 'office.unitAmbiguous', { value: ref, ids: found.ambiguous });
    return r.fail(field, 'office.unitRef', { value: ref });
  };
  for (const { unit, r, refs } of read) {
    if (refs.parent !== undefined && refs.parent !== '') unit.parent = resolve(r, 'parent', refs.parent);
    if (refs.jointWith !== undefined && refs.jointWith !== '') unit.jointWith = resolve(r, 'jointWith', refs.jointWith);
    if (refs.territory !== undefined) {
      const ids = refs.territory.map((ref) => resolve(r, 'territory', ref)).filter((id): id is string => id !== undefined);
      if (ids.length === refs.territory.length) unit.territory = ids;
    }
    for (const key of ['parent', 'jointWith'] as const) if (unit[key] === undefined) delete unit[key];
  }
  return { list: read.map(({ unit, r }) => ({ unit, kindFrom: 'table', row: r.row.row })), sheet, fromBureaus: false, failed, lookup };
}

/** A CSV, or a workbook without 单位: the units are the distinct values of 所属单位, their kinds guessed. */
export function unitsFromBureauRows(sheet: ReadSheet, issues: Issues, chosen: Readonly<Record<string, UnitKind>>): UnitsRead {
  const list: UnitRead[] = [];
  const byName = new Map<string, Unit>();
  for (const row of sheet.rows) {
    const r = new RowReader(sheet, row, issues);
    const name = r.text('unit')?.trim();
    if (name === undefined || name === '' || byName.has(name) || [...name].length > 200) continue;
    const user = Object.hasOwn(chosen, name) ? chosen[name] : undefined;
    const guessed = guessKind(name);
    const kind: UnitKind = user ?? guessed ?? 'zone';
    const unit: Unit = { id: `u-${list.length + 1}`, name, kind };
    byName.set(name, unit);
    list.push({ unit, kindFrom: user ? 'user' : guessed ? 'name' : 'default', row: row.row });
  }
  const zones = list.filter((u) => u.unit.kind === 'zone').map((u) => u.unit);
  for (const { unit, kindFrom } of list) {
    if (kindFrom !== 'user') issues.notice('office.notice.kind', { unit: unit.name, kind: unit.kind, guessed: kindFrom === 'name' });
    if (unit.kind === 'zone') {
      unit.governance = 'separated';
      issues.notice('office.notice.governance', { unit: unit.name });
    }
    if (unit.kind === 'office') {
      // an office under a zone's name belongs to it: the longest zone name it starts with
      const parent = zones.filter((z) => unit.name.startsWith(zoneStem(z.name))).sort((a, b) => zoneStem(b.name).length - zoneStem(a.name).length)[0];
      if (parent) unit.parent = parent.id;
    }
  }
  const lookup: UnitsRead['lookup'] = (ref) => {
    const unit = byName.get(ref.trim());
    return unit ? { ok: true, id: unit.id } : { ok: false };
  };
  return { list, sheet, fromBureaus: true, failed: new Set(), lookup };
}

export function functionsFromRows(sheet: ReadSheet, issues: Issues): FunctionDef[] {
  const seen = new Map<string, string>();
  const out: FunctionDef[] = [];
  for (const row of sheet.rows) {
    const r = new RowReader(sheet, row, issues);
    const id = r.has('id') ? readId(r, 'fn', seen) : r.fail('id', 'office.required', {});
    const name = readName(r);
    const category = r.has('category') ? r.word('category', CATEGORY_WORDS) : r.fail('category', 'office.required', {});
    if (id !== undefined && name !== undefined && category !== undefined) out.push({ id, name, category });
  }
  return out;
}

export function bureausFromRows(sheet: ReadSheet, units: UnitsRead, names: FunctionNames, issues: Issues): BureausRead {
  const seen = new Map<string, string>();
  const list: BureausRead['list'] = [];
  for (const row of sheet.rows) {
    const r = new RowReader(sheet, row, issues);
    const id = readId(r, 'b', seen);
    const unitRef = r.text('unit')?.trim();
    let unit: string | undefined;
    if (unitRef === undefined || unitRef === '') r.fail('unit', 'office.required', {});
    else {
      const found = units.lookup(unitRef);
      if (found.ok) unit = found.id;
      else if (found.ambiguous) r.fail('unit', 'office.unitAmbiguous', { value: unitRef, ids: found.ambiguous });
      else r.fail('unit', 'office.unitRef', { value: unitRef });
    }
    const name = readName(r);
    const type = r.has('type') ? r.word('type', TYPE_WORDS) : r.fail('type', 'office.required', {});
    const category = r.has('category') ? r.word('category', CATEGORY_WORDS) : r.fail('category', 'office.required', {});
    const functions: string[] = [];
    for (const token of r.list('functions') ?? []) {
      const found = names.lookup(token);
      let fnId: string | undefined;
      if (found.ok) fnId = found.id;
      else if (found.ambiguous) r.fail('functions', 'office.functionAmbiguous', { value: token, ids: found.ambiguous });
      else {
        const created = names.create(token, category ?? 'general');
        issues.notice('office.notice.function', { name: token, id: created.id, category: created.category }, r.place('functions'));
        fnId = created.id;
      }
      // a duty named twice in one cell is carried once
      if (fnId !== undefined && !functions.includes(fnId)) functions.push(fnId);
    }
    const admin = r.count('staff.admin', 0);
    const institutional = r.count('staff.institutional', 0);
    const leaderPosts = r.count('leaderPosts', 0);
    if (id === undefined || unit === undefined || name === undefined || type === undefined || category === undefined || admin === undefined || institutional === undefined || leaderPosts === undefined) continue;
    list.push({ bureau: { id, name, unit, type, category, functions, staff: { admin, institutional }, leaderPosts }, row: row.row });
  }
  return { list };
}

function defined<T extends object>(fields: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out as T;
}
