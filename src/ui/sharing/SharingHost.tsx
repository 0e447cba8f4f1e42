// The dialog of working with another file that the app state asks for (app/sharing): the question
// about a file dropped, bringing proposals in, what differs, a merge. It loads with the other
// dialogs, after the first paint (see ../dialogs/DialogHost.tsx).
import './sharing.css';
import { useAppState } from '../context';
import { BringInDialog } from './BringInDialog';
import { DiffDialog } from './DiffDialog';
import { DroppedQuestion } from './DroppedQuestion';
import { MergeDialog } from './MergeDialog';

export function SharingHost() {
  const request = useAppState((s) => s.sharing);
  const file = useAppState((s) => s.file);
  const scenarioId = useAppState((s) => s.scenarioId);
  if (!request || !file) return null;
  switch (request.kind) {
    case 'dropped':
      return <DroppedQuestion other={request.other} />;
    case 'bringIn':
      return <BringInDialog key={request.other.token} other={request.other} file={file} />;
    case 'diff':
      return <DiffDialog other={request.other} file={file} scenarioId={scenarioId} />;
    case 'merge':
      return <MergeDialog theirs={request.theirs} ancestor={request.ancestor} />;
  }
}
