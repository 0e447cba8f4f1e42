import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { useT } from '../context';

interface Props {
  title: string;
  children: ReactNode;
  submitLabel?: string;
  /** The button that closes without submitting (取消 unless told). */
  cancelLabel?: string;
  submitDisabled?: boolean;
  danger?: boolean;
  onSubmit(): void;
  onClose(): void;
}

/** A modal form: Enter submits, Esc closes, focus starts on the first field and stays inside. */
export function Modal({ title, children, submitLabel, cancelLabel, submitDisabled, danger, onSubmit, onClose }: Props) {
  const { t } = useT();
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input, select, textarea, button[type=submit]');
    first?.focus();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!submitDisabled) onSubmit();
  };
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <form
        ref={ref}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
          if (e.key === 'Tab') trapFocus(e.nativeEvent, ref.current);
        }}
      >
        <h2>{title}</h2>
        <div className="modal-body">{children}</div>
        <div className="modal-actions">
          <button type="button" data-action="cancel" onClick={onClose}>{cancelLabel ?? t('dialog.cancel')}</button>
          <button type="submit" className={danger ? 'danger primary' : 'primary'} disabled={submitDisabled} data-action="confirm">
            {submitLabel ?? t('dialog.ok')}
          </button>
        </div>
      </form>
    </div>
  );
}

function trapFocus(event: KeyboardEvent, container: HTMLElement | null): void {
  if (!container) return;
  const items = [...container.querySelectorAll<HTMLElement>('input, select, textarea, button')].filter((el) => !el.hasAttribute('disabled'));
  const first = items[0];
  const last = items[items.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}

export function Field({ label, children, hint }: { label: string; children: ReactNode; hint?: string }) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      {children}
      {hint && <span className="field-hint">{hint}</span>}
    </label>
  );
}

/** The document number and note every operation may carry (SPEC §5). */
export function RecordFields({ doc, note, onDoc, onNote }: { doc: string; note: string; onDoc(v: string): void; onNote(v: string): void }) {
  const { t } = useT();
  return (
    <div className="record-fields">
      <Field label={t('changes.doc')}>
        <input name="doc" value={doc} placeholder={t('changes.docPlaceholder')} onChange={(e) => onDoc(e.target.value)} />
      </Field>
      <Field label={t('changes.note')}>
        <input name="note" value={note} onChange={(e) => onNote(e.target.value)} />
      </Field>
    </div>
  );
}

export function withRecord<T extends object>(operation: T, doc: string, note: string): T {
  return { ...operation, ...(doc.trim() ? { doc: doc.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}) };
}

/** A whole number from 0 to 1,000,000 typed in a field, or undefined. */
export function count(text: string): number | undefined {
  if (!/^\d{1,7}$/.test(text.trim())) return undefined;
  const n = Number(text);
  return n <= 1_000_000 ? n : undefined;
}
