// Duties named in a table cell: a duty's id, or its name (the file's, or a built-in one's Chinese or
// English name). A name that is none of these becomes a duty of the file itself (SPEC §11).
import { functionLabel } from '../i18n';
import { BUILT_IN_FUNCTIONS, type Category, type FunctionDef, functionCatalogue, functionRef } from '../model';
import { headerKey } from './columns';

const ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;
const builtIns = new Set(BUILT_IN_FUNCTIONS.map((fn) => fn.id));

export type FunctionLookup = { ok: true; id: string } | { ok: false; ambiguous: string[] } | { ok: false; ambiguous?: undefined };

export class FunctionNames {
  readonly catalogue: Map<string, FunctionDef>;
  private readonly byName = new Map<string, Set<string>>();
  /** duties made from names that were none of the known ones, in the order met */
  readonly created: FunctionDef[] = [];

  constructor(private readonly own: readonly FunctionDef[]) {
    this.catalogue = functionCatalogue(own);
    for (const fn of this.catalogue.values()) {
      this.addName(fn.name, fn.id);
      // a built-in duty the file did not rename answers to its English name too
      if (builtIns.has(fn.id) && BUILT_IN_FUNCTIONS.some((b) => b === fn)) this.addName(functionLabel(functionRef(this.catalogue, fn.id), 'en'), fn.id);
    }
  }

  private addName(name: string, id: string): void {
    const key = headerKey(name);
    const ids = this.byName.get(key) ?? new Set<string>();
    ids.add(id);
    this.byName.set(key, ids);
  }

  /** the file's own duties: those it defined, then those made from unknown names */
  ownFunctions(): FunctionDef[] {
    return [...this.own, ...this.created];
  }

  lookup(token: string): FunctionLookup {
    if (this.catalogue.has(token)) return { ok: true, id: token };
    const ids = this.byName.get(headerKey(token));
    if (!ids) return { ok: false };
    if (ids.size > 1) return { ok: false, ambiguous: [...ids] };
    return { ok: true, id: [...ids][0]! };
  }

  /** A new duty of the file for a name nobody knows: its id is the name where that is a valid id. */
  create(name: string, category: Category): FunctionDef {
    let id = ID_PATTERN.test(name) && !this.catalogue.has(name) ? name : '';
    for (let n = this.created.length + 1; id === '' || this.catalogue.has(id); n++) id = `fn-${n}`;
    const fn: FunctionDef = { id, name: [...name].slice(0, 200).join(''), category };
    this.catalogue.set(id, fn);
    this.addName(name, id);
    this.created.push(fn);
    return fn;
  }

  /** What an export writes for a duty: its name where that reads back as this duty, else its id. */
  token(id: string): string {
    const name = this.catalogue.get(id)?.name;
    if (name !== undefined && name.trim() === name && !/[、，,;；\n]/.test(name)) {
      const back = this.lookup(name);
      if (back.ok && back.id === id) return name;
    }
    return id;
  }
}
