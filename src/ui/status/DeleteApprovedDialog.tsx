// Deleting an approved proposal asks first (undo still brings it back).
import type { Scenario } from '../../model';
import { Modal } from '../dialogs/Modal';
import { useReviewText } from './useReviewText';

export function DeleteApprovedDialog({ scenario, onDelete, onClose }: { scenario: Scenario; onDelete(): void; onClose(): void }) {
  const { r } = useReviewText();
  return (
    <Modal title={r('status.deleteApprovedTitle', { name: scenario.name })} danger submitLabel={r('status.delete')} onClose={onClose} onSubmit={onDelete}>
      <p className="dialog-hint">{r('status.deleteApprovedBody')}</p>
    </Modal>
  );
}
