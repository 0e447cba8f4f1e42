// 草稿 / 送审 / 已批准 beside a proposal's name, wherever proposals are listed (tabs, compare
// columns, the slide chooser). A draft is marked quietly; submitted and approved stand out.
// The styles of every part of src/ui/status come with it: it is on the first page.
import './status.css';
import type { ScenarioStatus } from '../../model';
import { useT } from '../context';

export function StatusBadge({ status }: { status: ScenarioStatus | undefined }) {
  const { t } = useT();
  const shown = status ?? 'draft';
  return (
    <span className={`status-badge status-${shown}`} data-status={shown}>
      {t(`status.${shown}`)}
    </span>
  );
}
