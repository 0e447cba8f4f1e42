// Dialogs about one bureau. Each ends in one operation of SPEC §5, which the controller checks
// with the engine before it enters the scenario.
import { useMemo, useState } from 'react';
import type { Bureau, BureauType, Category, FunctionDef, Operation, OrgState } from '../../model';
import { BUREAU_TYPES, CATEGORIES, functionRef } from '../../model';
import { functionLabel } from '../../i18n';
import { useT } from '../context';
import { Field, Modal, RecordFields, count, withRecord } from './Modal';

interface Common {
  state: OrgState;
  functions: ReadonlyMap<string, FunctionDef>;
  /** An id that nothing in the file uses, baseline or proposals. */
  newBureauId(stem: string): string;
  submit(operation: Operation): void;
  onClose(): void;
}

function UnitOptions({ state, exclude }: { state: OrgState; exclude?: string }) {
  const { t } = useT();
  const kinds = ['zone', 'office', 'street', 'town', 'platform', 'group'] as const;
  return (
    <>
      {kinds.map((kind) => {
        const units = state.units.filter((u) => u.kind === kind && u.id !== exclude);
        if (units.length === 0) return null;
        return (
          <optgroup key={kind} label={t(`kind.${kind}`)}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>{u.name}</option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}

export function MoveDialog({ bureau, state, submit, onClose }: Common & { bureau: Bureau }) {
  const { t } = useT();
  const [to, setTo] = useState('');
  const [doc, setDoc] = useState('');
  const [note, setNote] = useState('');
  return (
    <Modal title={t('dialog.moveTitle', { name: bureau.name })} submitDisabled={to === ''} onClose={onClose} onSubmit={() => submit(withRecord({ op: 'move', bureau: bureau.id, to }, doc, note))}>
      <Field label={t('dialog.moveTo')} hint={t('dialog.moveHint')}>
        <select name="to" value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="">{t('dialog.choose')}</option>
          <UnitOptions state={state} exclude={bureau.unit} />
        </select>
      </Field>
      <RecordFields doc={doc} note={note} onDoc={setDoc} onNote={setNote} />
    </Modal>
  );
}

export function MergeDialog({ bureau, with: partner, state, newBureauId, submit, onClose }: Common & { bureau: Bureau; with?: string }) {
  const { t } = useT();
  const candidates = state.bureaus.filter((b) => b.unit === bureau.unit && b.type === bureau.type && b.id !== bureau.id);
  const [chosen, setChosen] = useState<string[]>(partner ? [partner] : []);
  const [name, setName] = useState(bureau.name);
  const [category, setCategory] = useState<Category>(bureau.category);
  const [doc, setDoc] = useState('');
  const [note, setNote] = useState('');
  const valid = chosen.length > 0 && name.trim() !== '' && [...name].length <= 200;
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  return (
    <Modal
      title={t('dialog.mergeTitle', { name: bureau.name })}
      submitDisabled={!valid}
      onClose={onClose}
      onSubmit={() =>
        submit(withRecord({ op: 'merge', bureaus: [bureau.id, ...chosen], into: { id: newBureauId(bureau.unit), name: name.trim(), category } }, doc, note))
      }
    >
      {candidates.length === 0 ? (
        <p className="dialog-warning">{t('dialog.mergeNone')}</p>
      ) : (
        <fieldset className="checks">
          <legend>{t('dialog.mergeWith')}</legend>
          {candidates.map((b) => (
            <label key={b.id}>
              <input type="checkbox" checked={chosen.includes(b.id)} onChange={() => toggle(b.id)} /> {b.name}
            </label>
          ))}
        </fieldset>
      )}
      <Field label={t('dialog.mergeName')}>
        <input name="name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={t('field.category')}>
        <select value={category} onChange={(e) => setCategory(e.target.value as Category)}>
          {CATEGORIES.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
        </select>
      </Field>
      <p className="dialog-hint">{t('dialog.mergeHint')}</p>
      <RecordFields doc={doc} note={note} onDoc={setDoc} onNote={setNote} />
    </Modal>
  );
}

export function ReassignDialog({ bureau, state, functions, submit, onClose }: Common & { bureau: Bureau }) {
  const { t, lang } = useT();
  const [fn, setFn] = useState(bureau.functions[0] ?? '');
  const [to, setTo] = useState('');
  const [doc, setDoc] = useState('');
  const [note, setNote] = useState('');
  const units = useMemo(() => new Map(state.units.map((u) => [u.id, u])), [state]);
  return (
    <Modal title={t('dialog.reassignTitle', { name: bureau.name })} submitDisabled={!fn || !to} onClose={onClose} onSubmit={() => submit(withRecord({ op: 'reassign', function: fn, from: bureau.id, to }, doc, note))}>
      <Field label={t('field.function')}>
        <select value={fn} onChange={(e) => setFn(e.target.value)}>
          {bureau.functions.map((id) => <option key={id} value={id}>{functionLabel(functionRef(functions, id), lang)}</option>)}
        </select>
      </Field>
      <Field label={t('dialog.reassignTo')}>
        <select name="to" value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="">{t('dialog.choose')}</option>
          {state.bureaus.filter((b) => b.id !== bureau.id).map((b) => (
            <option key={b.id} value={b.id}>{b.name} · {units.get(b.unit)?.name ?? b.unit}</option>
          ))}
        </select>
      </Field>
      <RecordFields doc={doc} note={note} onDoc={setDoc} onNote={setNote} />
    </Modal>
  );
}

export function AbolishDialog({ bureau, state, submit, onClose }: Common & { bureau: Bureau }) {
  const { t } = useT();
  const [heir, setHeir] = useState('');
  const [doc, setDoc] = useState('');
  const [note, setNote] = useState('');
  const units = useMemo(() => new Map(state.units.map((u) => [u.id, u])), [state]);
  const sameUnitFirst = [...state.bureaus].filter((b) => b.id !== bureau.id).sort((a, b) => Number(b.unit === bureau.unit) - Number(a.unit === bureau.unit));
  return (
    <Modal
      title={t('dialog.abolishTitle', { name: bureau.name })}
      danger
      submitLabel={t('action.abolish')}
      onClose={onClose}
      onSubmit={() => submit(withRecord({ op: 'abolish', bureau: bureau.id, ...(heir ? { functionsTo: heir } : {}) }, doc, note))}
    >
      <Field label={t('dialog.abolishHeir')} hint={heir ? undefined : t('dialog.abolishNoHeir')}>
        <select name="functionsTo" value={heir} onChange={(e) => setHeir(e.target.value)}>
          <option value="">{t('dialog.abolishNone')}</option>
          {sameUnitFirst.map((b) => <option key={b.id} value={b.id}>{b.name} · {units.get(b.unit)?.name ?? b.unit}</option>)}
        </select>
      </Field>
      <p className="dialog-hint">{t('dialog.abolishHint', { staff: bureau.staff.admin + bureau.staff.institutional, posts: bureau.leaderPosts })}</p>
      <RecordFields doc={doc} note={note} onDoc={setDoc} onNote={setNote} />
    </Modal>
  );
}

/** Edits a bureau (a `set` with only the fields changed) or creates one in a unit. */
export function BureauDialog({ bureau, unitId, state, functions, newBureauId, submit, onClose }: Common & { bureau?: Bureau; unitId?: string }) {
  const { t, lang } = useT();
  const [name, setName] = useState(bureau?.name ?? '');
  const [category, setCategory] = useState<Category>(bureau?.category ?? 'economic');
  const [type, setType] = useState<BureauType>(bureau?.type ?? 'internal');
  const [chosen, setChosen] = useState<string[]>(bureau?.functions ?? []);
  const [admin, setAdmin] = useState(String(bureau?.staff.admin ?? 0));
  const [institutional, setInstitutional] = useState(String(bureau?.staff.institutional ?? 0));
  const [posts, setPosts] = useState(String(bureau?.leaderPosts ?? 1));
  const [doc, setDoc] = useState('');
  const [note, setNote] = useState('');
  const numbers = { admin: count(admin), institutional: count(institutional), posts: count(posts) };
  const valid = name.trim() !== '' && [...name].length <= 200 && Object.values(numbers).every((n) => n !== undefined);
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));

  const onSubmit = () => {
    const staff = { admin: numbers.admin!, institutional: numbers.institutional! };
    const fields = { name: name.trim(), type, category, functions: chosen, staff, leaderPosts: numbers.posts! };
    if (!bureau) {
      const unit = unitId!;
      submit(withRecord({ op: 'create', bureau: { id: newBureauId(unit), unit, ...fields } }, doc, note));
      return;
    }
    const changed: Partial<typeof fields> = {};
    if (fields.name !== bureau.name) changed.name = fields.name;
    if (fields.type !== bureau.type) changed.type = fields.type;
    if (fields.category !== bureau.category) changed.category = fields.category;
    if (fields.functions.join() !== bureau.functions.join()) changed.functions = fields.functions;
    if (staff.admin !== bureau.staff.admin || staff.institutional !== bureau.staff.institutional) changed.staff = staff;
    if (fields.leaderPosts !== bureau.leaderPosts) changed.leaderPosts = fields.leaderPosts;
    if (Object.keys(changed).length === 0) return onClose();
    submit(withRecord({ op: 'set', bureau: bureau.id, ...changed }, doc, note));
  };

  const unitName = state.units.find((u) => u.id === (bureau?.unit ?? unitId))?.name ?? '';
  return (
    <Modal title={bureau ? t('dialog.editBureauTitle', { name: bureau.name }) : t('dialog.createBureauTitle', { unit: unitName })} submitDisabled={!valid} onClose={onClose} onSubmit={onSubmit}>
      <Field label={t('field.name')}>
        <input name="name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </Field>
      <div className="field-row">
        <Field label={t('field.category')}>
          <select name="category" value={category} onChange={(e) => setCategory(e.target.value as Category)}>
            {CATEGORIES.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
          </select>
        </Field>
        <Field label={t('field.bureauType')}>
          <select name="type" value={type} onChange={(e) => setType(e.target.value as BureauType)}>
            {BUREAU_TYPES.map((c) => <option key={c} value={c}>{t(`typeLong.${c}`)}</option>)}
          </select>
        </Field>
      </div>
      <div className="field-row">
        <Field label={t('metric.staff.admin')}>
          <input name="admin" inputMode="numeric" value={admin} aria-invalid={numbers.admin === undefined} onChange={(e) => setAdmin(e.target.value)} />
        </Field>
        <Field label={t('metric.staff.institutional')}>
          <input name="institutional" inputMode="numeric" value={institutional} aria-invalid={numbers.institutional === undefined} onChange={(e) => setInstitutional(e.target.value)} />
        </Field>
        <Field label={t('field.leaderPosts')}>
          <input name="leaderPosts" inputMode="numeric" value={posts} aria-invalid={numbers.posts === undefined} onChange={(e) => setPosts(e.target.value)} />
        </Field>
      </div>
      <fieldset className="checks functions">
        <legend>{t('field.functions')}</legend>
        {CATEGORIES.map((c) => (
          <div key={c} className={`fn-group cat-${c}`}>
            <span className="fn-group-name">{t(`category.${c}`)}</span>
            {[...functions.values()].filter((f) => f.category === c).map((f) => (
              <label key={f.id}>
                <input type="checkbox" checked={chosen.includes(f.id)} onChange={() => toggle(f.id)} /> {functionLabel(functionRef(functions, f.id), lang)}
              </label>
            ))}
          </div>
        ))}
      </fieldset>
      <RecordFields doc={doc} note={note} onDoc={setDoc} onNote={setNote} />
    </Modal>
  );
}
