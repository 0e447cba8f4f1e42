// The file's notes, opened from its title: region, how many proposals, whether the numbers are
// illustrative, and the notes in full.
import type { ScenarioFile } from '../../model';
import { useT } from '../context';
import { useViewsText } from './useViewsText';

export function FileNotes({ file, illustrative }: { file: ScenarioFile; illustrative: boolean }) {
  const { t, lang } = useT();
  const { v } = useViewsText();
  return (
    <div className="file-notes" role="dialog" aria-label={v('fileNotes.notesTitle')} data-file-notes="">
      <h2>{file.title}</h2>
      <p className="file-notes-meta">
        {file.region && <span>{v('fileNotes.region')}{lang === 'zh' ? '：' : ': '}{file.region}</span>}
        <span>{v('fileNotes.proposals', { n: file.scenarios.length })}</span>
      </p>
      {illustrative && <p className="illustrative-note">{t('fileInfo.illustrativeHint')}</p>}
      {file.notes ? <p className="file-notes-text">{file.notes}</p> : <p className="file-notes-text empty">{v('fileNotes.noNotes')}</p>}
    </div>
  );
}
