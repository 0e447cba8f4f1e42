// The one way into "suggest a plan" (data-action="suggest-plan"), above the problem list: the
// dialog itself loads on first use.
import { useState } from 'react';
import type { FunctionDef, ScenarioFile } from '../../model';
import { useT } from '../context';
import { SuggestDialog } from './lazy';

export function SuggestButton({ file, functions }: { file: ScenarioFile; functions: ReadonlyMap<string, FunctionDef> }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="suggest-plan" data-action="suggest-plan" onClick={() => setOpen(true)}>
        {t('assistant.suggest')}
      </button>
      {open && <SuggestDialog file={file} functions={functions} onClose={() => setOpen(false)} />}
    </>
  );
}
