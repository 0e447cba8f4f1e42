// 示例: every example file that ships with the app, opened like a file the user chose (unsaved
// work goes to the recent files first). Each loads from the page's own origin when chosen.
import { useT } from '../context';
import { ExamplesList } from '../meeting/lazy';
import { usePopover } from '../meeting/useDismiss';

export function ExamplesMenu() {
  const { t } = useT();
  const { open, setOpen, close, ref } = usePopover<HTMLDivElement>();
  return (
    <div className="menu" ref={ref}>
      <button type="button" data-action="examples" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('examples.title')} ▾
      </button>
      {open && <ExamplesList onChosen={close} />}
    </div>
  );
}
