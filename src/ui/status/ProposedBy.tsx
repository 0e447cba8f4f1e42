// Who proposed the changes to a bureau, under its documents in the adjustment table (调整对照表):
// "提出人：张三、李四". Names from a colleague's file are shown with unsafe characters as spaces.
import { nameShown } from '../../app/author';
import { useReviewText } from './useReviewText';

export function ProposedBy({ names }: { names: readonly string[] | undefined }) {
  const { r } = useReviewText();
  if (!names || names.length === 0) return null;
  return (
    <span className="cell-sub" data-adjustment-by={names.join('\n')}>
      {r('adjust.by', { names: names.map(nameShown).join(r('adjust.bySeparator')) })}
    </span>
  );
}
