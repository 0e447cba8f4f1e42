// The user's name, asked once before the first change (skippable) or changed from the menu: every
// operation made here is signed with it (SPEC §5 `by`). Loaded after the first paint (./lazy.ts).
import { useState } from 'react';
import { MAX_NAME, cleanName } from '../../app/author';
import { useActions, useAppState } from '../context';
import { Field, Modal } from '../dialogs/Modal';
import { useReviewText } from './useReviewText';

export function AuthorDialog({ onDone }: { onDone?(): void }) {
  const { r } = useReviewText();
  const actions = useActions();
  const current = useAppState((s) => s.author.name);
  const [name, setName] = useState(current ?? '');
  const valid = cleanName(name) !== undefined;
  const finish = (text: string | undefined) => {
    if (actions.setAuthor(text)) onDone?.();
  };
  return (
    <Modal title={r('author.title')} submitLabel={r('author.save')} cancelLabel={r('author.skip')} submitDisabled={!valid} onClose={() => finish(current)} onSubmit={() => finish(name)}>
      <p className="dialog-hint">{r('author.why')}</p>
      <Field label={r('author.name')} hint={valid ? undefined : r('author.tooLong')}>
        <input name="author" data-author-name="" value={name} maxLength={MAX_NAME * 2} placeholder={r('author.placeholder')} autoComplete="name" onChange={(e) => setName(e.target.value)} />
      </Field>
    </Modal>
  );
}
