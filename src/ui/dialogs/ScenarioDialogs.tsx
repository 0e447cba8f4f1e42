import { useState } from 'react';
import type { ScenarioFile } from '../../model';
import { useT } from '../context';
import { Field, Modal } from './Modal';

export function NewScenarioDialog({ file, current, onCreate, onClose }: { file: ScenarioFile; current: string; onCreate(name: string, copyOf?: string): void; onClose(): void }) {
  const { t } = useT();
  const [name, setName] = useState(t('scenario.defaultName', { n: file.scenarios.length + 1 }));
  // a new proposal starts from today unless the user chooses a proposal to copy: the choice of a
  // dialog before does not carry over (a copy of a copy of a copy by surprise)
  const [copyOf, setCopyOf] = useState('');
  const valid = name.trim() !== '' && [...name].length <= 200;
  return (
    <Modal title={t('scenario.newTitle')} submitDisabled={!valid} onClose={onClose} onSubmit={() => onCreate(name.trim(), copyOf || undefined)}>
      <Field label={t('field.name')}>
        <input name="name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={t('scenario.startFrom')}>
        <select name="copyOf" value={copyOf} onChange={(e) => setCopyOf(e.target.value)}>
          <option value="">{t('scenario.empty')}</option>
          {file.scenarios.map((s) => <option key={s.id} value={s.id}>{t('scenario.copyOf', { name: s.name })}</option>)}
        </select>
      </Field>
    </Modal>
  );
}

export function RenameScenarioDialog({ name: initial, onRename, onClose }: { name: string; onRename(name: string): void; onClose(): void }) {
  const { t } = useT();
  const [name, setName] = useState(initial);
  const valid = name.trim() !== '' && [...name].length <= 200;
  return (
    <Modal title={t('scenario.renameTitle')} submitDisabled={!valid} onClose={onClose} onSubmit={() => onRename(name.trim())}>
      <Field label={t('field.name')}>
        <input name="name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </Field>
    </Modal>
  );
}
