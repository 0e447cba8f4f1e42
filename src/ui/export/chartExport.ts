// The org chart's SVG/PNG drawing is needed only to export or print: a chunk of its own, fetched
// on idle after the first paint (see ../deferred).
import { deferred } from '../deferred';

export const chartExport = deferred(() => import('./exportOrgChart'));
