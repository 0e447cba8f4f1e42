// The list of the 示例 menu (loaded with the meeting parts, on idle).
import { EXAMPLES, type ExampleId, exampleText } from '../../app/examples';
import { message } from '../../i18n';
import { useActions, useT } from '../context';
import { useViewsText } from '../meeting/useViewsText';

export function ExamplesList({ onChosen }: { onChosen(): void }) {
  const { t } = useT();
  const { v } = useViewsText();
  const actions = useActions();
  const choose = async (id: ExampleId) => {
    onChosen();
    try {
      await actions.openText(await exampleText(id), v(`example.${id}`));
    } catch {
      actions.inform('error', message('examples.failed', {}));
    }
  };
  return (
    <ul className="menu-list" role="menu">
      {EXAMPLES.map((example) => (
        <li key={example.id} role="none">
          <button type="button" role="menuitem" data-example={example.id} onClick={() => void choose(example.id)}>
            <span className="menu-title">{v(`example.${example.id}`)}</span>
          </button>
        </li>
      ))}
      <li role="none" className="menu-note">{v('examples.hint')}</li>
    </ul>
  );
}
