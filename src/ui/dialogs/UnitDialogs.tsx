// Dialogs about units: edit (a `set-unit` with only the fields changed, `null` for a field removed:
// ../../app/unitChanges.ts), add, remove.
import { useState } from 'react';
import { unitChanges } from '../../app/unitChanges';
import { GOVERNANCES, LEVELS, type Governance, type Level, type Operation, type OrgState, UNIT_KINDS, type Unit, type UnitKind } from '../../model';
import { useT } from '../context';
import { Removable } from '../status/Removable';
import { Field, Modal, RecordFields, count, withRecord } from './Modal';
import { useReviewText } from '../status/useReviewText';

interface Common {
  state: OrgState;
  /** An id that nothing in the file uses, baseline or proposals. */
  newUnitId(stem: string): string;
  submit(operation: Operation): void;
  onClose(): void;
}

type Draft = {
  name: string;
  kind: UnitKind;
  level: Level | '';
  governance: Governance | '';
  partyCommittee: boolean;
  parent: string;
  territory: string[];
  developedTown: boolean;
  leaderPosts: string;
  leaderPostCap: string;
  bodyCap: string;
  jointWith: string;
  rankPosition: string;
  rankOf: string;
};

function draftOf(unit: Unit | undefined): Draft {
  return {
    name: unit?.name ?? '',
    kind: unit?.kind ?? 'street',
    level: unit?.level ?? '',
    governance: unit?.governance ?? '',
    partyCommittee: unit?.partyCommittee ?? false,
    parent: unit?.parent ?? '',
    territory: unit?.territory ?? [],
    developedTown: unit?.developedTown ?? false,
    leaderPosts: String(unit?.leaderPosts ?? 0),
    leaderPostCap: unit?.leaderPostCap === undefined ? '' : String(unit.leaderPostCap),
    bodyCap: unit?.bodyCap === undefined ? '' : String(unit.bodyCap),
    jointWith: unit?.jointWith ?? '',
    rankPosition: unit?.rank ? String(unit.rank.position) : '',
    rankOf: unit?.rank ? String(unit.rank.of) : '',
  };
}

/** The unit the form describes, with only the fields its kind allows (SPEC §3, §7). */
function unitOf(id: string, d: Draft): Unit | undefined {
  const zoneOrOffice = d.kind === 'zone' || d.kind === 'office';
  const optionalCount = (text: string) => (text.trim() === '' ? undefined : count(text));
  const unit: Unit = { id, name: d.name.trim(), kind: d.kind };
  if (zoneOrOffice && d.level) unit.level = d.level;
  if (d.kind === 'zone') {
    if (!d.governance) return undefined;
    unit.governance = d.governance;
  }
  // an office may have a territory and may have no parent zone (SPEC §3, v2)
  if (zoneOrOffice && d.territory.length > 0) unit.territory = d.territory;
  if (d.partyCommittee) unit.partyCommittee = true;
  if (d.kind === 'office' && d.parent) unit.parent = d.parent;
  if (d.kind === 'town' && d.developedTown) unit.developedTown = true;
  const posts = count(d.leaderPosts);
  if (posts === undefined) return undefined;
  unit.leaderPosts = posts;
  for (const key of ['leaderPostCap', 'bodyCap'] as const) {
    if (d[key].trim() === '') continue;
    const value = optionalCount(d[key]);
    if (value === undefined) return undefined;
    unit[key] = value;
  }
  if (d.jointWith) unit.jointWith = d.jointWith;
  if (zoneOrOffice && (d.rankPosition.trim() || d.rankOf.trim())) {
    const position = count(d.rankPosition);
    const of = count(d.rankOf);
    if (!position || !of || position > of) return undefined;
    unit.rank = { position, of };
  }
  if (unit.name === '' || [...unit.name].length > 200) return undefined;
  return unit;
}

// Long: one form for every field of a unit, whose fields depend on its kind.
export function UnitDialog({ unit, state, newUnitId, submit, onClose }: Common & { unit?: Unit }) {
  const { t } = useT();
  const { r } = useReviewText();
  const [d, setD] = useState<Draft>(() => draftOf(unit));
  const [doc, setDoc] = useState('');
  const [note, setNote] = useState('');
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setD((old) => ({ ...old, [key]: value }));
  const [newId] = useState(() => newUnitId('unit'));
  const result = unitOf(unit?.id ?? newId, d);
  const locals = state.units.filter((u) => u.kind === 'town' || u.kind === 'street');
  const zones = state.units.filter((u) => u.kind === 'zone' && u.id !== unit?.id);

  const onSubmit = () => {
    if (!result) return;
    if (!unit) return submit(withRecord({ op: 'add-unit', unit: result }, doc, note));
    const changes = unitChanges(unit, result);
    if (!changes) return onClose();
    submit(withRecord(changes, doc, note));
  };
  // what the unit has now, said beside each field it may lose, and how the field is emptied and refilled
  const was = draftOf(unit);
  const nameOf = (id: string) => state.units.find((u) => u.id === id)?.name ?? id;
  const removable = (field: 'level' | 'parent' | 'leaderPostCap' | 'bodyCap' | 'jointWith', text: (value: string) => string) => ({
    field,
    current: unit && was[field] !== '' ? text(was[field]) : undefined,
    emptied: d[field] === '',
    onRemove: () => set(field, ''),
    onKeep: () => set(field, was[field]),
  });
  const rankWas = unit?.rank ? `${unit.rank.position}/${unit.rank.of}` : undefined;

  return (
    <Modal title={unit ? t('dialog.editUnitTitle', { name: unit.name }) : t('dialog.addUnitTitle')} submitDisabled={!result} onClose={onClose} onSubmit={onSubmit}>
      <div className="field-row">
        <Field label={t('field.name')}>
          <input name="name" value={d.name} maxLength={200} onChange={(e) => set('name', e.target.value)} />
        </Field>
        <Field label={t('field.kind')}>
          <select name="kind" value={d.kind} onChange={(e) => set('kind', e.target.value as UnitKind)}>
            {UNIT_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
        </Field>
      </div>
      {(d.kind === 'zone' || d.kind === 'office') && (
        <div className="field-row">
          <Removable {...removable('level', (l) => t(`level.${l as Level}`))}>
            <Field label={t('field.level')}>
              <select name="level" value={d.level} onChange={(e) => set('level', e.target.value as Level | '')}>
                <option value="">—</option>
                {LEVELS.map((l) => <option key={l} value={l}>{t(`level.${l}`)}</option>)}
              </select>
            </Field>
          </Removable>
          {d.kind === 'zone' && (
            <Field label={t('field.governance')}>
              <select name="governance" value={d.governance} onChange={(e) => set('governance', e.target.value as Governance | '')}>
                <option value="">{t('dialog.choose')}</option>
                {GOVERNANCES.map((g) => <option key={g} value={g}>{t(`governance.${g}`)}</option>)}
              </select>
            </Field>
          )}
          {d.kind === 'office' && (
            <Removable {...removable('parent', nameOf)}>
              <Field label={t('field.parent')}>
                <select name="parent" value={d.parent} onChange={(e) => set('parent', e.target.value)}>
                  <option value="">—</option>
                  {zones.map((z) => <option key={z.id} value={z.id}>{z.name}</option>)}
                </select>
              </Field>
            </Removable>
          )}
        </div>
      )}
      <div className="checks-inline">
        <label data-removable="partyCommittee">
          <input type="checkbox" name="partyCommittee" checked={d.partyCommittee} onChange={(e) => set('partyCommittee', e.target.checked)} /> {t('tag.party')}
          {was.partyCommittee && !d.partyCommittee && <span className="removable-state" data-removing="partyCommittee">（{r('clear.removed')}）</span>}
        </label>
        {d.kind === 'town' && (
          <label data-removable="developedTown">
            <input type="checkbox" name="developedTown" checked={d.developedTown} onChange={(e) => set('developedTown', e.target.checked)} /> {t('tag.developedTown')}
            {was.developedTown && !d.developedTown && <span className="removable-state" data-removing="developedTown">（{r('clear.removed')}）</span>}
          </label>
        )}
      </div>
      {(d.kind === 'zone' || d.kind === 'office') && locals.length > 0 && (
        <Removable
          field="territory"
          current={unit && was.territory.length > 0 ? was.territory.map(nameOf).join('、') : undefined}
          emptied={d.territory.length === 0}
          onRemove={() => set('territory', [])}
          onKeep={() => set('territory', was.territory)}
        >
          <fieldset className="checks territory">
            <legend>{t('field.territory')}</legend>
            {locals.map((u) => (
              <label key={u.id}>
                <input type="checkbox" checked={d.territory.includes(u.id)} onChange={() => set('territory', d.territory.includes(u.id) ? d.territory.filter((x) => x !== u.id) : [...d.territory, u.id])} /> {u.name}
              </label>
            ))}
          </fieldset>
        </Removable>
      )}
      <div className="field-row">
        <Field label={t('field.unitLeaderPosts')}>
          <input name="leaderPosts" inputMode="numeric" value={d.leaderPosts} onChange={(e) => set('leaderPosts', e.target.value)} />
        </Field>
        <Removable {...removable('leaderPostCap', String)}>
          <Field label={t('field.leaderPostCap')}>
            <input name="leaderPostCap" inputMode="numeric" value={d.leaderPostCap} onChange={(e) => set('leaderPostCap', e.target.value)} />
          </Field>
        </Removable>
        <Removable {...removable('bodyCap', String)}>
          <Field label={t('field.bodyCap')}>
            <input name="bodyCap" inputMode="numeric" value={d.bodyCap} onChange={(e) => set('bodyCap', e.target.value)} />
          </Field>
        </Removable>
      </div>
      <div className="field-row">
        <Removable {...removable('jointWith', nameOf)}>
          <Field label={t('field.jointWith')}>
            <select name="jointWith" value={d.jointWith} onChange={(e) => set('jointWith', e.target.value)}>
              <option value="">—</option>
              {state.units.filter((u) => u.id !== unit?.id).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </Field>
        </Removable>
        {(d.kind === 'zone' || d.kind === 'office') && (
          <Removable
            field="rank"
            current={rankWas}
            emptied={d.rankPosition.trim() === '' && d.rankOf.trim() === ''}
            onRemove={() => setD((old) => ({ ...old, rankPosition: '', rankOf: '' }))}
            onKeep={() => setD((old) => ({ ...old, rankPosition: was.rankPosition, rankOf: was.rankOf }))}
          >
            <Field label={t('field.rank')}>
              <span className="rank-inputs">
                <input name="rankPosition" inputMode="numeric" value={d.rankPosition} aria-label={t('field.rankPosition')} onChange={(e) => set('rankPosition', e.target.value)} />
                <span>/</span>
                <input name="rankOf" inputMode="numeric" value={d.rankOf} aria-label={t('field.rankOf')} onChange={(e) => set('rankOf', e.target.value)} />
              </span>
            </Field>
          </Removable>
        )}
      </div>
      <RecordFields doc={doc} note={note} onDoc={setDoc} onNote={setNote} />
    </Modal>
  );
}

export function RemoveUnitDialog({ unit, submit, onClose }: Common & { unit: Unit }) {
  const { t } = useT();
  const [doc, setDoc] = useState('');
  const [note, setNote] = useState('');
  return (
    <Modal title={t('dialog.removeUnitTitle', { name: unit.name })} danger submitLabel={t('action.removeUnit')} onClose={onClose} onSubmit={() => submit(withRecord({ op: 'remove-unit', unit: unit.id }, doc, note))}>
      <p className="dialog-hint">{t('dialog.removeUnitHint')}</p>
      <RecordFields doc={doc} note={note} onDoc={setDoc} onNote={setNote} />
    </Modal>
  );
}
