// Deleting an approved proposal asks first (undo still brings it back).
import type { Scenario } from '../../model';
import { useT } from '../context';
import { Modal } from '../dialogs/Modal';

export function DeleteApprovedDialog({ scenario, onDelete, onClose }: { scenario: Scenario; onDelete(): void; onClose(): void }) {
  const { t } = useT();
  return (
    <Modal title={t('status.deleteApprovedTitle', { name: scenario.name })} danger submitLabel={t('status.delete')} onClose={onClose} onSubmit={onDelete}>
      <p className="dialog-hint">{t('status.deleteApprovedBody')}</p>
    </Modal>
  );
}
