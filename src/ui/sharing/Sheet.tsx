// The frame of a sharing dialog: a large sheet over the page (readable at 1366×768), its title,
// a body that scrolls, and a footer of actions. Esc and the close button close it; focus starts
// inside and stays there.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useShareWords } from './words';

interface Props {
  /** `data-sharing`: which dialog it is (tests find it by this). */
  kind: string;
  title: string;
  subtitle?: ReactNode;
  /** The work it shows is done: `data-ready` for tests, `aria-busy` while not. */
  ready?: boolean;
  /** A narrow dialog (a question) rather than a sheet. */
  narrow?: boolean;
  footer?: ReactNode;
  children: ReactNode;
  onClose(): void;
  attributes?: Record<string, string>;
}

export function Sheet({ kind, title, subtitle, ready = true, narrow, footer, children, onClose, attributes }: Props) {
  const { s } = useShareWords();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('[autofocus], input, select, button:not([data-action="close-sharing"])');
    first?.focus();
  }, []);
  return (
    <div className="modal-backdrop share-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className={`share-sheet${narrow ? ' narrow' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        aria-busy={!ready}
        data-sharing={kind}
        {...(ready ? { 'data-ready': '' } : {})}
        {...attributes}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
          if (e.key === 'Tab') trapFocus(e.nativeEvent, ref.current);
        }}
      >
        <header className="share-head">
          <div className="share-title">
            <h2>{title}</h2>
            {subtitle && <div className="share-subtitle">{subtitle}</div>}
          </div>
          <button type="button" className="share-close" data-action="close-sharing" aria-label={s('sv.close')} title={s('sv.close')} onClick={onClose}>
            ×
          </button>
        </header>
        <div className="share-body">{children}</div>
        {footer && <footer className="share-foot">{footer}</footer>}
      </div>
    </div>
  );
}

function trapFocus(event: KeyboardEvent, container: HTMLElement | null): void {
  if (!container) return;
  const items = [...container.querySelectorAll<HTMLElement>('input, select, textarea, button, summary')].filter((el) => !el.hasAttribute('disabled') && el.offsetParent !== null);
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

/** Reasons the engine gave for refusing what was asked, each with its place. */
export function ShareErrors({ title, errors }: { title: string; errors: ReadonlyArray<{ path: string; message: { zh: string; en: string } }> }) {
  const { lang } = useShareWords();
  if (errors.length === 0) return null;
  return (
    <div className="share-errors" role="alert" data-sharing-error="">
      <strong>{title}</strong>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>{e.message[lang]}</li>
        ))}
      </ul>
    </div>
  );
}

/** A list shown a part at a time: a province's differences run into the thousands. */
export function Capped<T>({ items, step = 100, children }: { items: readonly T[]; step?: number; children: (item: T, index: number) => ReactNode }) {
  const { s } = useShareWords();
  const [shown, setShown] = useState(step);
  return (
    <>
      {items.slice(0, shown).map((item, index) => children(item, index))}
      {items.length > shown && (
        <li className="share-more">
          <button type="button" onClick={() => setShown(items.length)}>{s('sv.showAll', { count: items.length })}</button>
        </li>
      )}
    </>
  );
}
