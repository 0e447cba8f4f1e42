// Imported by the views that load on demand: their texts join the catalogues when they arrive.
import { addCatalogue } from './index';
import { viewsEn } from './views-en';
import { viewsZh } from './views-zh';

addCatalogue(viewsZh, viewsEn);
