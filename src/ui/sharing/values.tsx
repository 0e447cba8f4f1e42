// How the sharing dialogs write what differs: a field's value in words (a unit by its name, duties
// by theirs, staff as admin and institutional, kinds and classes as the app names them), and each
// operation as the change list says it, with who proposed it and when.
import { createContext, useContext, useMemo } from 'react';
import type { ChangeLine } from '../../engine';
import type { Names } from '../../engine/share';
import { type FunctionRef, functionLabel, grouped, percent } from '../../i18n';
import { renderChange } from '../../i18n/changes';
import { when } from '../../i18n/shareView-zh';
import { useShareWords } from './words';

export interface Namer {
  unit(id: string): string;
  bureau(id: string): string | undefined;
  duty(id: string): FunctionRef;
}

const NamesContext = createContext<Namer>({ unit: (id) => id, bureau: () => undefined, duty: (id) => ({ id, name: id }) });

/** The names a view of the worker came with, for the values below it. */
export function NamesProvider({ names, children }: { names: Names; children: React.ReactNode }) {
  const namer = useMemo((): Namer => {
    const units = new Map(names.units);
    const bureaus = new Map(names.bureaus);
    const duties = new Map(names.functions);
    return { unit: (id) => units.get(id) ?? id, bureau: (id) => bureaus.get(id), duty: (id) => duties.get(id) ?? { id, name: id } };
  }, [names]);
  return <NamesContext.Provider value={namer}>{children}</NamesContext.Provider>;
}

export function useNames(): Namer {
  return useContext(NamesContext);
}

const UNIT_REFS = new Set(['parent', 'jointWith', 'unit', 'to']);
const FLAGS = new Set(['partyCommittee', 'developedTown']);
const WORDS: Record<string, string> = { kind: 'kind', level: 'level', governance: 'governance', category: 'category', type: 'type' };

/** A field's value in words; `undefined` (the field is not there) as "(none)". */
export function useFieldText(): (field: string, value: unknown) => string {
  const { t, s, lang } = useShareWords();
  const names = useNames();
  return (field, value) => {
    if (value === undefined || value === null) return s('sv.none');
    if (FLAGS.has(field)) return value === true ? s('sv.yes') : s('sv.no');
    if (UNIT_REFS.has(field) && typeof value === 'string') return `${names.unit(value)}（${value}）`;
    if (field === 'territory' && Array.isArray(value)) return value.map((id) => names.unit(String(id))).join('、') || s('sv.none');
    if (field === 'functions' && Array.isArray(value)) return value.map((id) => functionLabel(names.duty(String(id)), lang)).join('、') || s('sv.none');
    if (field === 'staff' && typeof value === 'object') {
      const staff = value as { admin?: number; institutional?: number };
      return s('sv.staffValue', { admin: staff.admin ?? 0, institutional: staff.institutional ?? 0 });
    }
    if (field === 'rank' && typeof value === 'object') {
      const rank = value as { position?: number; of?: number };
      return `${rank.position ?? '?'}/${rank.of ?? '?'}`;
    }
    if (field === 'status' && (value === 'draft' || value === 'submitted' || value === 'approved')) return s(`sv.status.${value}`);
    if (field === 'economicRatioMin' && typeof value === 'number') return percent(value);
    const words = Object.hasOwn(WORDS, field) ? WORDS[field] : undefined;
    if (words && typeof value === 'string') {
      const key = `${words}.${value}`;
      // only the values the format has: a file could hold anything there only if it were invalid
      if (KNOWN.has(key)) return t(key as 'kind.zone');
    }
    if (typeof value === 'number') return grouped(value);
    if (field === 'at' && typeof value === 'string') return when(value);
    if (typeof value === 'string') return value;
    const text = JSON.stringify(value);
    return text.length > 160 ? `${text.slice(0, 157)}…` : text;
  };
}

const KNOWN = new Set([
  'kind.zone', 'kind.office', 'kind.town', 'kind.street', 'kind.platform', 'kind.group',
  'level.national', 'level.provincial', 'level.municipal', 'governance.integrated', 'governance.separated',
  'category.economic', 'category.social', 'category.general', 'type.internal', 'type.institution',
]);

/** One operation as the change list says it, its number in its list, and who proposed it when. */
export function OperationText({ line, number }: { line: ChangeLine; number?: number }) {
  const { lang, s } = useShareWords();
  const byAt = s('sv.byAt', { by: line.by ?? '', at: line.at ?? '' });
  return (
    <span className="share-op">
      {number !== undefined && <span className="share-op-number">{number}.</span>}
      <span className="share-op-text">{renderChange(lang, line.message)}</span>
      {line.doc && <span className="share-op-doc">{line.doc}</span>}
      {byAt && <span className="share-op-by">{byAt}</span>}
      {line.note && <span className="share-op-note">{line.note}</span>}
    </span>
  );
}

/** added / removed / changed, as a small badge. */
export function ChangeBadge({ change }: { change: 'added' | 'removed' | 'changed' }) {
  const { s } = useShareWords();
  return <span className={`share-badge ${change}`}>{s(`sv.change.${change}`)}</span>;
}

/** A status as the tabs show it. */
export function StatusBadge({ status }: { status: 'draft' | 'submitted' | 'approved' }) {
  const { s } = useShareWords();
  return <span className={`share-status ${status}`}>{s(`sv.status.${status}`)}</span>;
}
