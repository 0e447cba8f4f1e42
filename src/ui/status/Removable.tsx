// Beside a field of the unit dialog that the unit has now: its current value and a 移除 button
// that empties the field (saved as `null`: SPEC §5, v2); once emptied, "将移除" with 保留 to keep it.
import type { ReactNode } from 'react';
import { useReviewText } from './useReviewText';

interface Props {
  /** The field's name in the file (`bodyCap`, `jointWith` …), for tests to find it. */
  field: string;
  /** The value the unit has now, as the user reads it; undefined when it has none (nothing to remove). */
  current: string | undefined;
  /** The form now leaves the field empty. */
  emptied: boolean;
  onRemove(): void;
  onKeep(): void;
  children: ReactNode;
}

export function Removable({ field, current, emptied, onRemove, onKeep, children }: Props) {
  const { r } = useReviewText();
  return (
    <div className={`removable${current !== undefined && emptied ? ' removing' : ''}`} data-removable={field}>
      {children}
      {current !== undefined && (
        <div className="removable-line">
          {emptied ? (
            <>
              <span className="removable-state" data-removing={field}>{r('clear.removed')}：{current}</span>
              <button type="button" className="link-button" data-keep-field={field} onClick={onKeep}>{r('clear.undo')}</button>
            </>
          ) : (
            <>
              <span className="removable-state">{r('clear.current', { value: current })}</span>
              <button type="button" className="link-button danger" data-clear-field={field} onClick={onRemove}>{r('clear.remove')}</button>
            </>
          )}
        </div>
      )}
    </div>
  );
}
