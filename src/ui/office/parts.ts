// The Office screens, one chunk loaded on first use (a menu opened, a table dropped): the File and
// Export menus' entries and the table import's preview.
import './office.css';

export { ExportMenuEntries, TableMenuEntries } from './MenuEntries';
export { TableImportDialog } from './TableImportDialog';
