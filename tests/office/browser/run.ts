// What the browser test runs, on the page and in a module worker alike: import a workbook, export
// the example as .xlsx, .pptx and .docx, each part loaded with import() on first use.
import example from '../../../scenarios/xishan-1-plus-4.json';
import { parseScenarioFile } from '../../../src/model/parse';

export interface OfficeRun {
  xlsx?: number;
  pptx?: number;
  docx?: number;
  roundTrip?: boolean;
  error?: string;
}

export async function runOffice(): Promise<OfficeRun> {
  try {
    const parsed = parseScenarioFile(JSON.stringify(example));
    if (!parsed.ok) throw new Error('example did not parse');
    const tables = await import('../../../src/office/tables');
    const pack = tables.meetingPack(parsed.file, parsed.file.scenarios.map((s) => s.id), 'zh');
    if (!pack.ok) throw new Error('pack');
    const xlsx = tables.exportWorkbook(parsed.file, pack.pack);
    const imported = tables.importTable(xlsx, { fileName: 'xishan.xlsx' });
    const { exportDeck } = await import('../../../src/office/deck');
    const pptx = await exportDeck(pack.pack);
    const { exportDocument } = await import('../../../src/office/document');
    const docx = await exportDocument(pack.pack);
    const roundTrip = imported.ok && JSON.stringify(imported.file.bureaus) === JSON.stringify(parsed.file.bureaus);
    return { xlsx: xlsx.length, pptx: pptx.length, docx: docx.length, roundTrip };
  } catch (error) {
    return { error: String(error) };
  }
}
