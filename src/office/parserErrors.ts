// The parser's errors on an imported organisation (JSON paths such as `$.units[3].parent`) put back
// at the cells they come from (`单位!G5（上级开发区）`), so the user fixes the table, not a JSON file.
import { officeText } from '../i18n/office';
import type { FileError } from '../model';
import type { BureausRead, OrgRows, UnitsRead } from './importRows';
import { Issues, RowReader, type TableError } from './tableRows';

const PATH = /^\$\.(units|bureaus|functions)\[(\d+)\](?:\.([A-Za-z]+)(?:\.([A-Za-z]+))?)?/;

/** Errors about a whole unit, and the field whose cell a user would change. */
const CODE_FIELDS: Record<string, string> = { 'unit.zoneGovernance': 'governance', 'unit.officeParent': 'parent' };

export function mapParserErrors(errors: readonly FileError[], units: UnitsRead, bureaus: BureausRead, rows: OrgRows): TableError[] {
  const issues = new Issues();
  for (const error of errors) {
    const match = PATH.exec(error.path);
    const place = match && placeOf(match, error.code, units, bureaus, rows);
    if (!place) {
      issues.errors.push({ path: rows.bureaus.name, code: error.code, message: error.message });
      continue;
    }
    const r = new RowReader(place.sheet, { row: place.row, cells: new Map() }, issues);
    const at = r.place(place.field);
    const header = r.header(place.field);
    issues.errors.push({
      path: at,
      code: error.code,
      message: {
        zh: officeText('zh', 'office.at', { at, header, detail: error.message.zh }),
        en: officeText('en', 'office.at', { at, header, detail: error.message.en }),
      },
    });
  }
  return issues.errors;
}

function placeOf(match: RegExpExecArray, code: string, units: UnitsRead, bureaus: BureausRead, rows: OrgRows) {
  const index = Number(match[2]);
  let field = match[4] ? `${match[3]}.${match[4]}` : (match[3] ?? CODE_FIELDS[code] ?? 'name');
  if (match[1] === 'bureaus') {
    const bureau = bureaus.list[index];
    return bureau && { sheet: rows.bureaus, row: bureau.row, field: field === 'staff' ? 'staff.admin' : field };
  }
  if (match[1] === 'units') {
    const unit = units.list[index];
    if (!unit) return undefined;
    // units named in a CSV: the error is shown at the first bureau row naming the unit
    if (units.fromBureaus) return { sheet: units.sheet, row: unit.row, field: 'unit' };
    if (!units.sheet.fieldColumns.has(field)) field = 'kind'; // the column is missing: the kind is what asks for it
    return { sheet: units.sheet, row: unit.row, field };
  }
  return undefined;
}
