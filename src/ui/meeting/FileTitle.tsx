// The file's title in the top bar, with its provenance: a file whose numbers are illustrative says
// so beside its title, and the file's notes are one click away (the title itself; the notes come
// with the meeting parts, loaded on idle).
import { isIllustrative } from '../../app/meeting';
import type { ScenarioFile } from '../../model';
import { useT } from '../context';
import { FileNotes } from './lazy';
import { usePopover } from './useDismiss';

export function FileTitle({ file, unsaved }: { file: ScenarioFile; unsaved: boolean }) {
  const { t } = useT();
  const { open, setOpen, ref } = usePopover<HTMLDivElement>();
  const illustrative = isIllustrative(file);
  return (
    <div className="file-title" ref={ref}>
      <button type="button" className="file-title-button" data-action="file-notes" aria-expanded={open} onClick={() => setOpen((o) => !o)} title={`${file.title}${file.region ? ` · ${file.region}` : ''}`}>
        <h1>{file.title}</h1>
        {file.region && <span className="region">{file.region}</span>}
        <span className="notes-mark" aria-hidden="true">ⓘ</span>
      </button>
      {illustrative && (
        <span className="illustrative-mark" data-illustrative="" title={t('fileInfo.illustrativeHint')}>{t('fileInfo.illustrative')}</span>
      )}
      {unsaved && <span className="unsaved" data-unsaved="" title={t('app.unsavedHint')}>{t('app.unsaved')}</span>}
      {open && <FileNotes file={file} illustrative={illustrative} />}
    </div>
  );
}
