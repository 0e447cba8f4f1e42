// Who proposed an operation and when, as people read it: "张三 · 11月29日 10:15".
import { madeText } from '../../app/madeText';
import type { OperationRecord } from '../../model';
import { useT } from '../context';

export function MadeBy({ record }: { record: Pick<OperationRecord, 'by' | 'at'> }) {
  const { lang } = useT();
  // the year is said only when it is not this one
  const text = madeText(record, lang, new Date().getFullYear());
  return text ? <span className="made-by" data-made-by={record.by ?? ''} data-made-at={record.at ?? ''}>{text}</span> : null;
}
