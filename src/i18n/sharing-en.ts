// English: what the first page says of working with colleagues' files — the undo
// steps and the notice when done (its details are written by the engine, share-en.ts).
import type { sharingZh } from './sharing-zh';

export const sharingEn: typeof sharingZh = {
  'step.bringIn': () => 'Bring proposals in',
  'step.mergeCopies': () => 'Merge edited copies',
  'notice.sharingDone': () => 'Done; one undo takes it back:',
};
