// The table import and export of SPEC §11 on a seeded organisation of 10,000 bureaus, beside the
// time to open the same organisation as a JSON file. Part of `npm run bench` (bench.ts).
import { loadScenarioFile } from '../../src/engine';
import { generateProvince } from '../../src/generate/province';
import { serialiseScenarioFile } from '../../src/model';
import { importTable } from '../../src/office/tableImport';
import { exportWorkbook } from '../../src/office/workbookExport';
import { round, timeMs } from './measure';

export interface OfficeRow {
  bureaus: number;
  workbookBytes: number;
  /** the JSON text of the same organisation → a loaded file (parse, check, load) */
  openJsonMs: number;
  importXlsxMs: number;
  exportXlsxMs: number;
  importToOpenRatio: number;
  exportToOpenRatio: number;
}

export function measureOffice(size = 10_000): OfficeRow {
  const generated = generateProvince({ bureaus: size, seed: 20251126, scenarios: 0 });
  const file = { ...generated, scenarios: [] };
  const json = serialiseScenarioFile(file);
  const workbook = exportWorkbook(file);
  const check = importTable(workbook, { fileName: 'province.xlsx' });
  if (!check.ok) throw new Error(`the exported workbook does not import: ${check.errors.slice(0, 3).map((e) => e.message.en).join('; ')}`);
  if (check.file.bureaus.length !== file.bureaus.length) throw new Error('the import lost bureaus');
  const openJsonMs = timeMs(() => loadScenarioFile(json), 5, 1);
  const importXlsxMs = timeMs(() => importTable(workbook, { fileName: 'province.xlsx' }), 5, 1);
  const exportXlsxMs = timeMs(() => exportWorkbook(file), 5, 1);
  return {
    bureaus: file.bureaus.length,
    workbookBytes: workbook.length,
    openJsonMs: round(openJsonMs, 1),
    importXlsxMs: round(importXlsxMs, 1),
    exportXlsxMs: round(exportXlsxMs, 1),
    importToOpenRatio: round(importXlsxMs / openJsonMs, 2),
    exportToOpenRatio: round(exportXlsxMs / openJsonMs, 2),
  };
}

export function printOffice(row: OfficeRow): void {
  console.log(`tables (SPEC §11), ${row.bureaus} bureaus, workbook ${Math.round(row.workbookBytes / 1024)} KB`);
  console.log(`  open the JSON file                 ${row.openJsonMs} ms`);
  console.log(`  import the .xlsx                   ${row.importXlsxMs} ms (${row.importToOpenRatio} × the JSON; goal ≤ 2000 ms)`);
  console.log(`  export the .xlsx                   ${row.exportXlsxMs} ms (${row.exportToOpenRatio} × the JSON; goal ≤ 2000 ms)`);
}
