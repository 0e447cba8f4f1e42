// 示例: every example file that ships with the app, opened like a file the user chose (unsaved
// work goes to the recent files first). Each loads from the page's own origin when chosen.
import { useCallback, useRef, useState } from 'react';
import { EXAMPLES, exampleText } from '../../app/examples';
import { message } from '../../i18n';
import { useActions, useT } from '../context';
import { useDismiss } from '../meeting/useDismiss';

export function ExamplesMenu() {
  const { t } = useT();
  const actions = useActions();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(ref, open, close);
  const choose = async (id: (typeof EXAMPLES)[number]['id']) => {
    setOpen(false);
    try {
      await actions.openText(await exampleText(id), t(`example.${id}`));
    } catch {
      actions.inform('error', message('examples.failed', {}));
    }
  };
  return (
    <div className="menu" ref={ref}>
      <button type="button" data-action="examples" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('examples.title')} ▾
      </button>
      {open && (
        <ul className="menu-list" role="menu">
          {EXAMPLES.map((example) => (
            <li key={example.id} role="none">
              <button type="button" role="menuitem" data-example={example.id} onClick={() => void choose(example.id)}>
                <span className="menu-title">{t(`example.${example.id}`)}</span>
              </button>
            </li>
          ))}
          <li role="none" className="menu-note">{t('examples.hint')}</li>
        </ul>
      )}
    </div>
  );
}
