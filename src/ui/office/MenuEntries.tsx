// The Office entries of the File menu (import a table, the template) and of the Export menu (the
// proposals chosen as .xlsx, .pptx, .docx: SPEC §11, §12). The files are made off the page; the
// browser is handed them as downloads.
import { useState } from 'react';
import { defaultExportChoice, type OfficeFormat } from '../../app/officeExport';
import { useActions, useAppState } from '../context';
import { download, fileName } from '../export/download';
import { useOfficeWords } from './words';

const TABLE_TYPES = '.xlsx,.xlsm,.csv,.tsv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

const MIME: Record<OfficeFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const FORMATS = [
  ['xlsx', 'ov.exportXlsx'],
  ['pptx', 'ov.exportPptx'],
  ['docx', 'ov.exportDocx'],
] as const;

function saveBytes(name: string, bytes: Uint8Array, type: string): void {
  download(name, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}

export function TableMenuEntries({ onDone }: { onDone(): void }) {
  const { o } = useOfficeWords();
  const actions = useActions();
  const template = async () => {
    onDone();
    const bytes = await actions.office.tableTemplate();
    if (bytes) saveBytes(`${o('ov.templateName')}.xlsx`, bytes, MIME.xlsx);
  };
  return (
    <>
      <li role="none">
        <label className="menu-item file-item" role="menuitem">
          <span className="menu-title">{o('ov.importTable')}</span>
          <span className="menu-meta">{o('ov.importTableHint')}</span>
          <input
            type="file"
            accept={TABLE_TYPES}
            data-action="import-table"
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              event.target.value = '';
              onDone();
              if (chosen) void actions.office.importTable(chosen);
            }}
          />
        </label>
      </li>
      <li role="none">
        <button type="button" role="menuitem" data-action="table-template" onClick={() => void template()}>
          <span className="menu-title">{o('ov.template')}</span>
          <span className="menu-meta">{o('ov.templateHint')}</span>
        </button>
      </li>
    </>
  );
}

export function ExportMenuEntries({ onDone }: { onDone(): void }) {
  const { o } = useOfficeWords();
  const actions = useActions();
  const file = useAppState((s) => s.file);
  const scenarioId = useAppState((s) => s.scenarioId);
  const [chosen, setChosen] = useState<readonly string[]>(() => (file ? defaultExportChoice(file, scenarioId) : []));
  const [busy, setBusy] = useState<OfficeFormat>();
  if (!file) return null;
  const toggle = (id: string, on: boolean) => setChosen((now) => (on ? [...now, id] : now.filter((c) => c !== id)));
  const run = async (format: OfficeFormat) => {
    setBusy(format);
    const bytes = await actions.office.exportOffice(format, chosen);
    setBusy(undefined);
    if (!bytes) return;
    const names = file.scenarios.filter((s) => chosen.includes(s.id)).map((s) => s.name);
    saveBytes(`${fileName(file.title, ...(names.length === 1 ? names : [])) || 'zonereform'}.${format}`, bytes, MIME[format]);
    onDone();
  };
  return (
    <>
      <li role="none" className="export-choice">
        <span className="menu-meta">{file.scenarios.length > 0 ? o('ov.exportFor') : o('ov.noProposals')}</span>
        {file.scenarios.map((s) => (
          <label key={s.id} className="export-scenario">
            <input type="checkbox" data-export-scenario={s.id} checked={chosen.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
            <span>{s.name}</span>
          </label>
        ))}
      </li>
      {FORMATS.map(([format, label]) => (
        <li role="none" key={format}>
          <button type="button" role="menuitem" data-action={`export-${format}`} disabled={busy !== undefined} onClick={() => void run(format)}>
            <span className="menu-title">{o(label)}</span>
            {busy === format && <span className="menu-meta">{o('ov.exporting')}</span>}
          </button>
        </li>
      ))}
    </>
  );
}
