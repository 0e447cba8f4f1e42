// The user's name, asked once before the first change (skippable) or changed from the menu: every
// operation made here is signed with it (SPEC §5 `by`). Loaded with the dialogs, on first use.
import { useState } from 'react';
import { MAX_NAME, cleanName } from '../../app/author';
import { useActions, useAppState, useT } from '../context';
import { Field, Modal } from '../dialogs/Modal';

export function AuthorDialog({ onDone }: { onDone?(): void }) {
  const { t } = useT();
  const actions = useActions();
  const current = useAppState((s) => s.author.name);
  const [name, setName] = useState(current ?? '');
  const valid = cleanName(name) !== undefined;
  const finish = (text: string | undefined) => {
    if (actions.setAuthor(text)) onDone?.();
  };
  return (
    <Modal title={t('author.title')} submitLabel={t('author.save')} cancelLabel={t('author.skip')} submitDisabled={!valid} onClose={() => finish(current)} onSubmit={() => finish(name)}>
      <p className="dialog-hint">{t('author.why')}</p>
      <Field label={t('author.name')} hint={valid ? undefined : t('author.tooLong')}>
        <input name="author" data-author-name="" value={name} maxLength={MAX_NAME * 2} placeholder={t('author.placeholder')} autoComplete="name" onChange={(e) => setName(e.target.value)} />
      </Field>
    </Modal>
  );
}
